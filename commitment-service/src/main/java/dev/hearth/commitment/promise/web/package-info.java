/** The promises HTTP API: membership first (the platform's check), then validation, then a command; errors as problem+json. */
@NullMarked
package dev.hearth.commitment.promise.web;

import org.jspecify.annotations.NullMarked;
