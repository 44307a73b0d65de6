package dev.hearth.journal.couple.web;

import dev.hearth.journal.couple.view.CoupleDetails;
import java.util.List;

/** {@code GET /api/couples/{coupleId}}: the couple as its partners see it. */
record CoupleView(String coupleId, String timezone, List<String> partners) {

    static CoupleView of(CoupleDetails details) {
        return new CoupleView(details.coupleId(), details.timezone(), details.partners());
    }
}
