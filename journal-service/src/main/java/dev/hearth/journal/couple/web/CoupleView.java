package dev.hearth.journal.couple.web;

import dev.hearth.journal.couple.CoupleStatus;
import dev.hearth.journal.couple.view.CoupleDetails;
import java.util.List;

/** {@code GET /api/couples/{coupleId}}: the couple as its partners see it: current partners, and whether it is {@code ACTIVE} or {@code CLOSED}. */
record CoupleView(String coupleId, String timezone, List<String> partners, CoupleStatus status) {

    static CoupleView of(CoupleDetails details) {
        return new CoupleView(details.coupleId(), details.timezone(), details.partners(), details.status());
    }
}
