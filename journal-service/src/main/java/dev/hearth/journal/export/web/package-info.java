/** {@code GET /api/couples/{coupleId}/export/journal}: the export as an attachment. */
@NullMarked
package dev.hearth.journal.export.web;

import org.jspecify.annotations.NullMarked;
