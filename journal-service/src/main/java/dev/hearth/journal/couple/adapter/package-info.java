/** Couple infrastructure: the PostgreSQL lookups behind CoupleRegistry and the membership check, and the public-event mapping. */
@NullMarked
package dev.hearth.journal.couple.adapter;

import org.jspecify.annotations.NullMarked;
