/** The conflicts HTTP API: membership first (the platform's check), then validation, then a command. */
@NullMarked
package dev.hearth.journal.conflict.web;

import org.jspecify.annotations.NullMarked;
