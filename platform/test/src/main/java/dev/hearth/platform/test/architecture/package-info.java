/** The shared ArchUnit rules every service, the gateway and the contracts are held to. */
@NullMarked
package dev.hearth.platform.test.architecture;

import org.jspecify.annotations.NullMarked;
