package dev.hearth.commitment.promise.web;

import dev.hearth.commitment.promise.view.PromiseDetails;
import java.time.Instant;
import java.util.List;

/**
 * A partner's export of their commitments, {@value #FORMAT}: every promise they made or received, each
 * as {@code GET …/promises/{promiseId}} shows it (decrypted). Written streamed, one promise at a time;
 * this record only documents its shape.
 */
record CommitmentsExport(String format, Instant exportedAt, String coupleId, String userId, List<PromiseDetails> promises) {

    static final String FORMAT = "hearth-export.v1";
}
