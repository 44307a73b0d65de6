package dev.hearth.journal.couple.web;

import java.time.Instant;

/** {@code DELETE /api/couples/{coupleId}}: the couple and when it was erased. */
record CoupleErasure(String coupleId, Instant erasedAt) {
}
