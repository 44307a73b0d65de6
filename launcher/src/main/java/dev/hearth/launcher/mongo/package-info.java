/** The MongoDB wire-protocol server (mongo-java-server, H2 file store) as a local process. */
@NullMarked
package dev.hearth.launcher.mongo;

import org.jspecify.annotations.NullMarked;
