package dev.hearth.platform.web;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A tiny service with one endpoint per way a request can fail. It shares its module with the resource
 * server, which these tests are not about: security is left out, as in a service without it.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
        "dev.hearth.platform.security.HearthSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@Import({ProblemsTestApplication.FailingController.class, ProblemsTestApplication.Notes.class})
class ProblemsTestApplication {

    static final String SECRET = "secret internals at db.internal:5432";

    enum Frequency { DAILY, WEEKLY }

    enum Status { OPEN, KEPT }

    record Recurrence(Frequency frequency, List<DayOfWeek> daysOfWeek, @Nullable Integer count) {
    }

    record MakePromise(@Nullable UUID promiseId, @NotBlank String promiseeId, @NotBlank String description,
            @Nullable OffsetDateTime dueAt, @Nullable Recurrence recurrence) {
    }

    /** A body with a date that schedules something, checked against {@link #NOW}. */
    record Plan(@ScheduledTime @Nullable OffsetDateTime at) {
    }

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    /** A stopped clock: the scheduling bound must follow the service's clock, not the wall clock. */
    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /** A body that checks itself, as domain value records do. */
    record Note(String text) {
        Note {
            if (text.length() > 5) {
                throw Rejection.invalid("text", "text must be at most 5 characters");
            }
        }
    }

    /** Stands for a framework exception a platform module knows how to translate. */
    static class LostRace extends RuntimeException {
        LostRace() {
            super("version 7 expected, found 8 in table domainevententry");
        }
    }

    /** Stands for a database client that gave up waiting for its server. */
    static class DatabaseAway extends RuntimeException {
        DatabaseAway() {
            super("Timed out after 2000 ms while waiting for db.internal:27017");
        }
    }

    @Bean
    ProblemTranslator databaseAwayTranslator() {
        return exception -> exception instanceof DatabaseAway
                ? Optional.of(new Rejection(ProblemType.SERVICE_UNAVAILABLE, "The database did not answer in time; retry later"))
                : Optional.empty();
    }

    @Bean
    ProblemTranslator lostRaceTranslator() {
        return exception -> exception instanceof LostRace
                ? Optional.of(new Rejection(ProblemType.CONCURRENT_CHANGE, "Someone else changed this promise; retry"))
                : Optional.empty();
    }

    @Bean
    FilterRegistrationBean<Filter> failingFilter() {
        return FailingFilters.throwingAt("/test/filter-failure", SECRET);
    }

    @Validated
    @Component
    static class Notes {
        String write(@NotBlank String text) {
            return text;
        }
    }

    @RestController
    @RequestMapping("/test")
    static class FailingController {

        private final Notes notes;

        FailingController(Notes notes) {
            this.notes = notes;
        }

        @PostMapping("/promises")
        @ResponseStatus(HttpStatus.CREATED)
        Map<String, String> make(@Valid @RequestBody MakePromise body) {
            return Map.of("description", body.description());
        }

        @GetMapping("/promises")
        Map<String, Object> list(@RequestParam(name = "status", required = false) @Nullable Status status,
                @RequestParam(defaultValue = "20") @Max(100) int limit) {
            return Map.of("limit", limit);
        }

        @GetMapping("/trends")
        Map<String, String> trends(@RequestParam String metric) {
            return Map.of("metric", metric);
        }

        @PostMapping("/notes")
        Map<String, String> note(@RequestBody Note note) {
            return Map.of("text", note.text());
        }

        @PostMapping("/notes/plain")
        Map<String, String> plainNote(@RequestParam String text) {
            return Map.of("text", notes.write(text));
        }

        @PostMapping("/promises/{promiseId}/keep")
        void keep(@PathVariable UUID promiseId) {
            throw new Rejection(ProblemType.PROMISE_CLOSED, "Promise " + promiseId + " is already kept");
        }

        @PostMapping("/couples")
        void startCouple(@RequestBody Map<String, String> body) {
            throw Rejection.invalid("timezone", "timezone must be an IANA zone such as Europe/Paris");
        }

        @GetMapping("/boom")
        void boom() {
            throw new IllegalStateException(SECRET);
        }

        @GetMapping("/race")
        void race() {
            throw new LostRace();
        }

        @GetMapping("/database-away")
        void databaseAway() {
            throw new IllegalStateException("query failed", new DatabaseAway());
        }

        @GetMapping("/wrapped")
        void wrapped() {
            throw new CompletionException(new Rejection(ProblemType.COUPLE_NOT_FOUND, "No such couple"));
        }

        @GetMapping("/correlation")
        Map<String, String> correlation() {
            return Map.of("correlationId", CorrelationId.current().orElse("none"));
        }

        @GetMapping("/unavailable")
        void unavailable(HttpServletResponse response) throws IOException {
            response.sendError(503);
        }

        @PostMapping("/plans")
        @ResponseStatus(HttpStatus.CREATED)
        Map<String, String> plan(@RequestHeader(name = IdempotencyKey.HEADER, required = false) @IdempotencyKey @Nullable String key,
                @Valid @RequestBody Plan plan) {
            return Map.of("key", String.valueOf(key));
        }

        @PostMapping("/uploads")
        Map<String, Long> upload(@RequestPart("file") MultipartFile file) {
            return Map.of("size", file.getSize());
        }
    }
}
