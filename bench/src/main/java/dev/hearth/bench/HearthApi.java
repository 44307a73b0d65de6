package dev.hearth.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The few gateway calls the bench makes, asynchronous, over HTTP/1.1 (a connection per request in flight). */
final class HearthApi {

    /** Far enough ahead that no bench run sees its deadlines fire. */
    private static final Duration DUE_IN = Duration.ofDays(30);

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final URI gateway;
    private final double dueShare;
    private final AtomicLong made = new AtomicLong();

    HearthApi(URI gateway, ExecutorService executor, double dueShare) {
        this.gateway = gateway;
        this.dueShare = dueShare;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(executor).build();
    }

    CompletableFuture<HttpResponse<String>> post(String path, String token, String json) {
        return http.sendAsync(request(path, token).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    CompletableFuture<HttpResponse<String>> get(String path, String token) {
        return http.sendAsync(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Alice promises bob something, under a fresh promise id. */
    CompletableFuture<HttpResponse<String>> makePromise(Couple couple) {
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
    CompletableFuture<HttpResponse<String>> keep(Couple couple, String promiseId) {
        return post("/api/couples/" + couple.id() + "/promises/" + promiseId + "/keep", couple.bobToken(), "{}");
    }

    /** The couple's insights summary, as alice reads it. */
    CompletableFuture<HttpResponse<String>> insights(Couple couple) {
        return get("/api/couples/" + couple.id() + "/insights", couple.aliceToken());
    }

    /** A page of the couple's promise list (newest first, 100 at most), as alice reads it; {@code cursor} from the last page's {@code next}. */
    CompletableFuture<HttpResponse<String>> promisePage(Couple couple, @Nullable String cursor) {
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

    /** A plain GET of any URL (a service's Prometheus endpoint); a status other than 200 is a failure. */
    String fetch(URI uri, Duration timeout) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        return response.body();
    }

    private HttpRequest.Builder request(String path, String token) {
        return HttpRequest.newBuilder(gateway.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    /** The outcome of a call as the error table names it: the status, or the kind of failure. */
    static String outcome(HttpResponse<String> response, Throwable failure) {
        if (failure == null) {
            return String.valueOf(response.statusCode());
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof HttpTimeoutException ? "timeout" : cause.getClass().getSimpleName();
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
