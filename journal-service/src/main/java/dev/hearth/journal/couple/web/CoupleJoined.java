package dev.hearth.journal.couple.web;

record CoupleJoined(String coupleId) {
}
