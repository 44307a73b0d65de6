package dev.hearth.platform.web;

import dev.hearth.platform.problem.ProblemType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps request bodies at {@code HEARTH_MAX_REQUEST_SIZE} (64KB): a service is reachable without the
 * gateway, so it guards itself the same way. A declared {@code Content-Length} over the limit is
 * answered 413 {@code payload-too-large} at once, before security and before a byte is read; a body
 * without one (chunked) is counted as it is read and fails with {@link BodyTooLarge}, which
 * {@link HearthProblems} answers with the same 413.
 */
public final class RequestSizeLimit extends OncePerRequestFilter {

    /** The property, with the environment variable and the default behind it. */
    public static final String PROPERTY = "${hearth.max-request-size:${HEARTH_MAX_REQUEST_SIZE:64KB}}";

    private final long limit;

    public RequestSizeLimit(long limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            ProblemResponses.write(request, response, ProblemType.PAYLOAD_TOO_LARGE, detail(limit));
            return;
        }
        // With neither Content-Length nor Transfer-Encoding there is no body (RFC 9112, 6.3).
        if (declared >= 0 || request.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new Counted(request, limit), response);
    }

    static String detail(long limit) {
        return "The request body is larger than the limit of " + limit + " bytes.";
    }

    /** A body went past the limit while it was read. */
    public static final class BodyTooLarge extends IOException {

        private final long limit;

        BodyTooLarge(long limit) {
            super("request body larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private static final class Counted extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable ServletInputStream counted;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream stream = counted;
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
                counted = stream;
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream body;
        private final long limit;
        private long seen;

        CountingStream(ServletInputStream body, long limit) {
            this.body = body;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = body.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = body.read(buffer, offset, length);
            if (read > 0) {
                count(read);
            }
            return read;
        }

        private void count(int bytes) throws BodyTooLarge {
            seen += bytes;
            if (seen > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
