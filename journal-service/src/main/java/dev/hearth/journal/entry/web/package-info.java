/** The entries HTTP API: membership first (the platform's check), then validation, then a command; reads opened for the caller. */
@NullMarked
package dev.hearth.journal.entry.web;

import org.jspecify.annotations.NullMarked;
