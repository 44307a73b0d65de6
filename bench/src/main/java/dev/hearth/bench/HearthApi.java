package dev.hearth.bench;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufMono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientResponse;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * The few gateway calls the bench makes, asynchronous, over HTTP/1.1 with kept-alive connections on
 * Reactor Netty's client and one event loop thread. The bench shares the machine it measures, so its
 * own CPU matters: the JDK's {@code HttpClient} cost it 0.73–0.87 CPU-ms per command at 400 commands/s
 * (a selector thread, a hand-off of every answer to a pool, its own compiler time in a short run),
 * about a sixth of the two cores; answers now complete on the loop thread that read them.
 */
final class HearthApi {

    /** Far enough ahead that no bench run sees its deadlines fire. */
    private static final Duration DUE_IN = Duration.ofDays(30);

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    /**
     * Connections to the gateway at most; an open loop whose answers fall behind waits for one
     * beyond that (its latency counted from the scheduled time), rather than opening thousands.
     */
    private static final int MAX_CONNECTIONS = 1_000;

    /** An answer: its status and its body as text (empty when it had none). */
    record Response(int statusCode, String body) {
    }

    private final HttpClient http;
    private final URI gateway;
    private final double dueShare;
    private final AtomicLong made = new AtomicLong();

    HearthApi(URI gateway, double dueShare) {
        this(gateway, dueShare, REQUEST_TIMEOUT);
    }

    HearthApi(URI gateway, double dueShare, Duration requestTimeout) {
        this.gateway = gateway;
        this.dueShare = dueShare;
        ConnectionProvider connections = ConnectionProvider.builder("bench")
                .maxConnections(MAX_CONNECTIONS)
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(requestTimeout)
                .build();
        this.http = HttpClient.create(connections)
                .runOn(LoopResources.create("bench-http", 1, true))
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
                .responseTimeout(requestTimeout);
    }

    CompletableFuture<Response> post(String path, String token, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return http.headers(authorized(token).andThen(headers -> headers
                        .set(HttpHeaderNames.CONTENT_TYPE, "application/json")
                        .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)))
                .post().uri(gateway.resolve(path))
                .send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body)))
                .responseSingle(HearthApi::read).toFuture();
    }

    CompletableFuture<Response> get(String path, String token) {
        return http.headers(authorized(token)).get().uri(gateway.resolve(path)).responseSingle(HearthApi::read).toFuture();
    }

    /** A GET without a token, as a caller not signed in sends it. */
    CompletableFuture<Response> getAnonymously(String path) {
        return http.headers(headers -> headers.set(HttpHeaderNames.ACCEPT, "application/json")).get().uri(gateway.resolve(path))
                .responseSingle(HearthApi::read).toFuture();
    }

    private static Consumer<HttpHeaders> authorized(String token) {
        return headers -> headers.set(HttpHeaderNames.AUTHORIZATION, "Bearer " + token).set(HttpHeaderNames.ACCEPT, "application/json");
    }

    private static Mono<Response> read(HttpClientResponse response, ByteBufMono body) {
        return body.asString(StandardCharsets.UTF_8).defaultIfEmpty("").map(text -> new Response(response.status().code(), text));
    }

    /** Alice promises bob something, under a fresh promise id. */
    CompletableFuture<Response> makePromise(Couple couple) {
        String due = withDueTime(made.incrementAndGet(), dueShare)
                ? ",\"dueAt\":\"" + Instant.now().plus(DUE_IN).truncatedTo(ChronoUnit.SECONDS) + "\"" : "";
        return post("/api/couples/" + couple.id() + "/promises", couple.aliceToken(), "{\"promiseId\":\"" + UUID.randomUUID()
                + "\",\"promiseeId\":\"" + couple.bob() + "\",\"description\":\"bench: water the plants\"" + due + "}");
    }

    /**
     * Whether the {@code n}th make (from 1) carries a due time, so that {@code share} of them do, spread
     * evenly: each such promise is scheduled a deadline on make and has it cancelled on keep.
     */
    static boolean withDueTime(long n, double share) {
        return Math.floor(n * share) > Math.floor((n - 1) * share);
    }

    /** Bob records the promise kept. */
    CompletableFuture<Response> keep(Couple couple, String promiseId) {
        return post("/api/couples/" + couple.id() + "/promises/" + promiseId + "/keep", couple.bobToken(), "{}");
    }

    /** The couple's insights summary, as alice reads it. */
    CompletableFuture<Response> insights(Couple couple) {
        return get("/api/couples/" + couple.id() + "/insights", couple.aliceToken());
    }

    /** A page of the couple's promise list (newest first, 100 at most), as alice reads it; {@code cursor} from the last page's {@code next}. */
    CompletableFuture<Response> promisePage(Couple couple, @Nullable String cursor) {
        return get("/api/couples/" + couple.id() + "/promises?limit=100"
                + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8)), couple.aliceToken());
    }

    private static final Pattern LISTED = Pattern.compile("\"promiseId\"\\s*:\\s*\"([^\"]+)\"[^{}]*?\"status\"\\s*:\\s*\"([A-Z]+)\"");

    /** The promises of a promise-list page that it shows as {@code status}. */
    static List<String> listed(String pageJson, String status) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = LISTED.matcher(pageJson);
        while (matcher.find()) {
            if (matcher.group(2).equals(status)) {
                ids.add(matcher.group(1));
            }
        }
        return ids;
    }

    /**
     * A plain GET of any URL (a service's Prometheus endpoint), waiting for the answer; a status other
     * than 200 is a failure. Never from the loop thread: it blocks.
     */
    String fetch(URI uri, Duration timeout) {
        Response response = http.get().uri(uri).responseSingle(HearthApi::read).block(timeout);
        if (response == null || response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + (response == null ? "nothing" : response.statusCode()));
        }
        return response.body();
    }

    /** The outcome of a call as the error table names it: the status, or the kind of failure. */
    static String outcome(@Nullable Response response, @Nullable Throwable failure) {
        if (failure == null && response != null) {
            return String.valueOf(response.statusCode());
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return isTimeout(cause) ? "timeout" : cause == null ? "no answer" : cause.getClass().getSimpleName();
    }

    /**
     * No answer in time: Netty's response and connect timeouts, or the pool's for a free connection
     * (a {@link TimeoutException}).
     */
    static boolean isTimeout(@Nullable Throwable cause) {
        return cause instanceof io.netty.handler.timeout.TimeoutException || cause instanceof ConnectTimeoutException
                || cause instanceof TimeoutException;
    }

    /** A string field of a flat JSON answer, e.g. {@code "promiseId"}. */
    static Optional<String> field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static final Pattern KEPT = Pattern.compile("\"kept\"\\s*:\\s*(\\d+)");

    /**
     * The couple's kept count in an insights summary: the first {@code kept}, which is the couple's
     * own {@code trust.outcomes} (it precedes the per-partner ones).
     */
    static long keptCount(String insightsJson) {
        Matcher matcher = KEPT.matcher(insightsJson);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }
}
