/** The edge: Spring Cloud Gateway routes to journal, commitment and insights services. */
@NullMarked
package dev.hearth.gateway;

import org.jspecify.annotations.NullMarked;
