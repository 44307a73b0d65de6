package dev.hearth.journal.couple.web;

import dev.hearth.journal.couple.CoupleStatus;

/** {@code POST /api/couples/{coupleId}/leave}: {@code CLOSED}, or {@code ERASED} when the caller was the last partner. */
record CoupleLeft(String coupleId, CoupleStatus status) {
}
