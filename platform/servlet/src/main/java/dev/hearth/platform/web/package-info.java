/** The error catalogue and its mapping to RFC 9457 problem details, shared by every servlet service. */
@NullMarked
package dev.hearth.platform.web;

import org.jspecify.annotations.NullMarked;
