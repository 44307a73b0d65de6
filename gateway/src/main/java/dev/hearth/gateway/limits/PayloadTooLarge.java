package dev.hearth.gateway.limits;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A streamed request body went past the limit while it was being passed on. */
public final class PayloadTooLarge extends ResponseStatusException {

    private final long limit;

    PayloadTooLarge(long limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, "request body larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
