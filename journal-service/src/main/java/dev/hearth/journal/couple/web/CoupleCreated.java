package dev.hearth.journal.couple.web;

record CoupleCreated(String coupleId) {
}
