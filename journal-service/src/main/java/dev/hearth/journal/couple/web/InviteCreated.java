package dev.hearth.journal.couple.web;

import java.time.Instant;

/** The only place the invite code ever appears: the inviter passes it on to the partner. */
record InviteCreated(String code, Instant expiresAt) {
}
