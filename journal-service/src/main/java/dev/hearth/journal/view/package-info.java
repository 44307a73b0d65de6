/**
 * The journal view's storage, shared by the entry, conflict and check-in lists: one Axon view
 * ({@code journal-view}, processor {@code journal-view-v1}) whose handlers live in each feature's
 * {@code view} package, its collections and the layout of their {@code _id}s.
 */
@NullMarked
package dev.hearth.journal.view;

import org.jspecify.annotations.NullMarked;
