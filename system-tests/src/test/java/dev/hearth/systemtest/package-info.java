/** Black-box tests of the whole platform through the gateway: what a client sees, nothing else. */
@NullMarked
package dev.hearth.systemtest;

import org.jspecify.annotations.NullMarked;
