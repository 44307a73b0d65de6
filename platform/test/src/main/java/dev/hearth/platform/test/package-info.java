/** Test support for Hearth: real servers from Maven jars or containers, tokens, topics, the HTTP client, the rejection matcher and stored-event samples. */
@NullMarked
package dev.hearth.platform.test;

import org.jspecify.annotations.NullMarked;
