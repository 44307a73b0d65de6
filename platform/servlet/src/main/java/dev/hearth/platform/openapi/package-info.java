/** The API document of every servlet service: bearer auth, problem answers per operation, bounded dates. */
@NullMarked
package dev.hearth.platform.openapi;

import org.jspecify.annotations.NullMarked;
