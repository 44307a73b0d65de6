/** Read side of check-ins: each partner's own list in the journal view, opened for that partner only. */
@NullMarked
package dev.hearth.journal.checkin.view;

import org.jspecify.annotations.NullMarked;
