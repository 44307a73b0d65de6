package dev.hearth.journal.couple.web;

/** Body of {@code POST /api/invites/{code}/accept}: empty, the caller is the one who joins. */
record AcceptInviteRequest() {
}
