package dev.hearth.systemtest.owasp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.test.ApiClient;
import dev.hearth.platform.test.ApiResponse;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.TestReporter;

/**
 * The requests one test of the suite sent and every answer that was wrong, collected so that a run
 * reports all its findings at once. Whatever else a test expects, no answer is a 5xx, and no error
 * answer is anything but problem+json or holds anything of the server's insides.
 */
final class Ledger {

    /** What an error body must never hold: exceptions, stack frames, class or package names, SQL, Mongo. */
    static final List<String> INSIDES = List.of("Exception", "\tat ", "Caused by", "dev.hearth.", "java.lang", "java.util",
            "java.io", "org.springframework", "org.apache", "com.mongodb", "org.bson", "org.postgresql", "org.axonframework",
            "tools.jackson", "com.fasterxml", "reactor.", "io.netty", "SELECT ", "INSERT INTO", "DELETE FROM", "SQLState",
            "ERROR: ", "duplicate key", "E11000", "$set", "ObjectId(");

    private final String name;
    private final long began = System.nanoTime();
    private final List<String> wrong = new ArrayList<>();
    private int requests;

    Ledger(String name) {
        this.name = name;
    }

    /** Sends a request ({@code body} JSON text, a publisher, or none) with the token (none when null), checking what every answer must be. */
    ApiResponse send(ApiClient api, String method, String path, @Nullable String token, @Nullable Object body) {
        return send(api, method, path, ApiClient.bearer(token), body);
    }

    ApiResponse send(ApiClient api, String method, String path, Map<String, String> headers, @Nullable Object body) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (body != null && !(body instanceof HttpRequest.BodyPublisher)) {
            all.putIfAbsent("Content-Type", "application/json");
        }
        ApiResponse answer = api.send(method, path, all, body);
        requests++;
        if (answer.status() >= 500) {
            wrong.add("a " + answer.status() + ": " + abbreviated(answer));
        }
        if (answer.status() >= 400) {
            // The gateway's HTTP codec refuses a request line or headers it cannot hold (414, 431) before any
            // code of ours runs, with no body at all: nothing shown, so nothing leaked.
            boolean bareCodecRefusal = (answer.status() == 414 || answer.status() == 431) && answer.body().isEmpty();
            if (!bareCodecRefusal && !answer.contentType().startsWith("application/problem+json")) {
                wrong.add("an error that is not problem+json: " + abbreviated(answer));
            }
            INSIDES.stream().filter(answer.body()::contains).findFirst()
                    .ifPresent(inside -> wrong.add("an error body holding \"" + inside + "\": " + abbreviated(answer)));
        }
        return answer;
    }

    /** Records {@code what} when the answer is not the problem with this status and type. */
    void expectProblem(ApiResponse answer, int status, String type, String what) {
        expect(answer, isProblem(status, type), what + ": expected " + status + " " + type);
    }

    void expect(ApiResponse answer, Predicate<ApiResponse> right, String what) {
        if (!right.test(answer)) {
            wrong.add(what + ", got " + abbreviated(answer));
        }
    }

    void add(String finding) {
        wrong.add(finding);
    }

    static Predicate<ApiResponse> isProblem(int status, String type) {
        return answer -> answer.status() == status && answer.contentType().startsWith("application/problem+json")
                && answer.problemType().equals(type);
    }

    int requests() {
        return requests;
    }

    /** Fails naming every wrong answer; reports how many requests were sent in how long. */
    void assertNothingWrong(TestReporter reporter, String context) {
        String summary = String.format(Locale.ROOT, "%s: %d requests in %.1f s", name, requests,
                (System.nanoTime() - began) / 1e9);
        System.out.println("[owasp] " + summary);
        reporter.publishEntry("owasp", summary);
        assertThat(wrong).as("%s%s: %d wrong answers of %d", context, name, wrong.size(), requests).isEmpty();
    }

    private static String abbreviated(ApiResponse answer) {
        return answer.method() + " " + abbreviated(answer.path(), 160) + " -> " + answer.status() + " " + answer.contentType()
                + " " + abbreviated(answer.body(), 500);
    }

    private static String abbreviated(String text, int length) {
        return text.length() > length ? text.substring(0, length) + "…(" + text.length() + " chars)" : text;
    }
}
