package dev.hearth.platform.test.authorization;

import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One line of the matrix: a request and what each actor gets from it, in the order {@link Actor}
 * lists them (the system test plays a row's actors in that order, so a row may expect the first
 * write of a partner to change what the next one gets).
 *
 * @param service      the service that answers it, e.g. {@code journal-service}
 * @param pathTemplate with placeholders in braces the players fill in per actor: {@code {coupleId}}
 *                     (the couple under test), {@code {ownCoupleId}} (the actor's own couple),
 *                     {@code {partnerId}} (the actor's partner), and the shared fixtures
 *                     ({@code {entryId}}, {@code {privateEntryId}}, {@code {conflictId}},
 *                     {@code {promiseId}}, {@code {promiseToBreakId}}, {@code {promiseToReleaseId}},
 *                     {@code {promiseToWithdrawId}}, {@code {promiseToRenegotiateId}}, {@code {code}})
 * @param body         JSON with the same placeholders, or null for no body
 */
public record Row(String service, String method, String pathTemplate, @Nullable String body,
                  Map<Actor, Expectation> expected) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}/]*}");

    public Row {
        expected = Map.copyOf(expected);
    }

    /** The path with every placeholder as {@code {}}: what a request mapping is compared with. */
    public String pathShape() {
        return shape(pathTemplate);
    }

    /** {@code /api/couples/{coupleId}/entries/{entryId}} → {@code /api/couples/{}/entries/{}}. */
    public static String shape(String path) {
        String shaped = PLACEHOLDER.matcher(path).replaceAll("{}");
        return shaped.length() > 1 && shaped.endsWith("/") ? shaped.substring(0, shaped.length() - 1) : shaped;
    }

    @Override
    public String toString() {
        return method + " " + pathTemplate + (body == null ? "" : " " + body);
    }
}
