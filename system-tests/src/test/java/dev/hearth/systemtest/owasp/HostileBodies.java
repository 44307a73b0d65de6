package dev.hearth.systemtest.owasp;

import dev.hearth.platform.test.openapi.ApiOperation;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies for one operation, read from its request schema in the committed API document:
 * valid ones at the edges of every bound (lengths, enums, numbers, dates), and violations (wrong
 * types, nulls, huge numbers, duplicate keys, deep nesting, bodies just under and over the 64 KB
 * limit, NUL, lone surrogates, RTL overrides, impossible and out-of-range dates). At most
 * {@value #PER_OPERATION} per operation, chosen by a seeded random: the same seed and documents give
 * the same bodies ({@code -D}{@value #SEED_PROPERTY}{@code =} replays a printed seed).
 */
final class HostileBodies {

    static final String SEED_PROPERTY = "hearth.fuzz.seed";
    static final int PER_OPERATION = 30;

    /** The gateway's and each service's body limit (64 KB). */
    private static final int BODY_LIMIT = 64 * 1024;
    private static final int NESTING = 33;
    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-";
    private static final String USER_ID_PATTERN = "[A-Za-z0-9._:@|-]{1,128}";
    private static final Pattern DAYS_AHEAD = Pattern.compile("at most (\\d+) days ahead");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * Valid values the documents cannot say (a time-zone id is a string of at most 64 characters there):
     * these fields get this value, and their other "valid" strings may be refused.
     */
    private static final Map<String, String> KNOWN_VALID = Map.of("timezone", "Europe/Paris");

    /** What the platform must answer to a body. */
    enum Expect {
        /** The operation's success. */
        VALID,
        /** 400 {@code invalid-request}, naming the field when there is one. */
        INVALID,
        /** Either the success or a 400 naming a field: what the schema allows that a service may still refuse. */
        EITHER,
        /** 413 {@code payload-too-large}. */
        TOO_LARGE
    }

    /** One body, what it tries, and the field a 400 must name (null: the body as a whole). */
    record Body(String json, Expect expect, @Nullable String field, String what) {

        @Override
        public String toString() {
            String shown = json.length() > 300 ? json.substring(0, 300) + "…(" + json.length() + " chars)" : json;
            return what + " [" + expect + "] " + shown;
        }
    }

    /** {@code -Dhearth.fuzz.seed=}, or a fresh seed (printed on failure, so the run can be replayed). */
    static long seed() {
        Long given = Long.getLong(SEED_PROPERTY);
        return given != null ? given : new Random().nextLong();
    }

    private final Random random;
    private final String partnerId;
    private final List<Body> bodies = new ArrayList<>();
    /** The ids the valid body supplies ({@code entryId}): each body that may succeed gets its own. */
    private final List<String> ids = new ArrayList<>();

    private HostileBodies(long seed, String operation, String partnerId) {
        // Each operation's bodies depend on the seed and its own name only: documents may gain operations.
        this.random = new Random(seed ^ operation.hashCode());
        this.partnerId = partnerId;
    }

    /**
     * The bodies for {@code operation} (none when it takes no body), the first one the valid body
     * with every simple field set.
     *
     * @param partnerId the valid value of fields in the user-id format ({@code promiseeId}): the caller's partner
     */
    static List<Body> of(ApiOperation operation, long seed, String partnerId) {
        JsonNode schema = operation.requestSchema();
        if (schema == null) {
            return List.of();
        }
        HostileBodies generator = new HostileBodies(seed, operation.name(), partnerId);
        generator.generate(schema);
        return generator.chosen();
    }

    /** A fresh valid body of the schema (new ids), for a test that needs one that succeeds. */
    static String valid(ApiOperation operation, String partnerId) {
        JsonNode schema = operation.requestSchema();
        return schema == null ? "{}"
                : JSON.writeValueAsString(new HostileBodies(new Random().nextLong(), operation.name(), partnerId).base(schema));
    }

    private List<Body> chosen() {
        List<Body> rest = new ArrayList<>(bodies.subList(1, bodies.size()));
        Collections.shuffle(rest, random);
        List<Body> chosen = new ArrayList<>();
        chosen.add(bodies.get(0));
        chosen.addAll(rest.subList(0, Math.min(rest.size(), PER_OPERATION - 1)));
        // A client-supplied id used again with other content is a 409 id-conflict: new ids for bodies that may succeed.
        return chosen.stream().map(body -> body.expect() == Expect.VALID || body.expect() == Expect.EITHER ? withNewIds(body) : body)
                .toList();
    }

    private Body withNewIds(Body body) {
        String json = body.json();
        for (String id : ids) {
            json = json.replace(id, uuid());
        }
        return new Body(json, body.expect(), body.field(), body.what());
    }

    /** A UUID-shaped id from the seeded random, so that a replay sends the same bodies. */
    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private void generate(JsonNode schema) {
        ObjectNode base = base(schema);
        bodies.add(new Body(JSON.writeValueAsString(base), Expect.VALID, null, "valid"));
        bodyLevel(schema, base);
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            boolean required = isRequired(schema, property.getKey());
            field(base, property.getKey(), property.getKey(), property.getValue(), required);
            JsonNode nested = property.getValue();
            if (nested.has("properties")) {
                // One level down (a recurrence): its fields with the object otherwise valid.
                for (Map.Entry<String, JsonNode> inner : nested.path("properties").properties()) {
                    ObjectNode withObject = base.deepCopy();
                    withObject.set(property.getKey(), base(nested));
                    field(withObject, property.getKey() + "." + inner.getKey(), inner.getKey(), inner.getValue(),
                            isRequired(nested, inner.getKey()));
                }
            }
        }
    }

    /**
     * The valid body: every field with a simple valid value, but optional objects and optional user ids
     * left out (their rules span fields: only an appreciation names the partner appreciated).
     */
    private ObjectNode base(JsonNode schema) {
        ObjectNode body = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            if (!isRequired(schema, property.getKey())
                    && property.getValue().path("pattern").asString("").equals(USER_ID_PATTERN)) {
                continue;
            }
            JsonNode value = validValue(property.getKey(), property.getValue());
            if (value != null) {
                body.set(property.getKey(), value);
            }
        }
        return body;
    }

    private @Nullable JsonNode validValue(String name, JsonNode schema) {
        if (KNOWN_VALID.containsKey(name)) {
            return JSON.getNodeFactory().stringNode(KNOWN_VALID.get(name));
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asString("");
        String format = schema.path("format").asString("");
        String pattern = schema.path("pattern").asString("");
        if (type.equals("string")) {
            if (format.equals("date-time")) {
                return JSON.getNodeFactory().stringNode(inFuture(Duration.ofHours(6)));
            }
            if (format.equals("time-local")) {
                return JSON.getNodeFactory().stringNode("08:30");
            }
            if (pattern.startsWith(UUID_PATTERN)) {
                String id = uuid();
                ids.add(id);
                return JSON.getNodeFactory().stringNode(id);
            }
            if (pattern.equals(USER_ID_PATTERN)) {
                return JSON.getNodeFactory().stringNode(partnerId);
            }
            return JSON.getNodeFactory().stringNode("hostile bodies " + Long.toHexString(random.nextLong()));
        }
        if (type.equals("number") || type.equals("integer")) {
            return schema.has("minimum") ? schema.get("minimum") : null;
        }
        return null;
    }

    private void bodyLevel(JsonNode schema, ObjectNode base) {
        // A JSON null is no body: refused only where the body has required fields.
        bodies.add(new Body("null", schema.path("required").isEmpty() ? Expect.EITHER : Expect.INVALID, null,
                "a JSON null for the body"));
        invalid("[]", null, "an array for the body");
        invalid("\"text\"", null, "a string for the body");
        invalid("{\"", null, "truncated JSON");
        invalid("{} {}", null, "two documents");
        String first = base.properties().stream().map(Map.Entry::getKey).findFirst().orElse("x");
        invalid("{\"" + first + "\":" + "[".repeat(NESTING) + "]".repeat(NESTING) + "}", null, NESTING + " levels of nesting");
        if (base.has(first)) {
            String json = JSON.writeValueAsString(base);
            invalid(json.substring(0, json.length() - 1) + ",\"" + first + "\":" + JSON.writeValueAsString(base.get(first)) + "}",
                    null, "a duplicate key");
        }
        schema.path("properties").properties().stream()
                .filter(property -> property.getValue().path("type").asString("").equals("string")
                        && property.getValue().has("maxLength"))
                .findFirst().ifPresent(text -> {
                    bodies.add(sized(base, text.getKey(), BODY_LIMIT - 200, Expect.INVALID, "a body just under 64 KB"));
                    bodies.add(sized(base, text.getKey(), BODY_LIMIT + 200, Expect.TOO_LARGE, "a body just over 64 KB"));
                });
    }

    private Body sized(ObjectNode base, String field, int bytes, Expect expect, String what) {
        ObjectNode body = base.deepCopy();
        body.put(field, "");
        int rest = JSON.writeValueAsString(body).length();
        body.put(field, "x".repeat(bytes - rest));
        return new Body(JSON.writeValueAsString(body), expect, expect == Expect.INVALID ? field : null, what);
    }

    private void field(ObjectNode base, String path, String name, JsonNode schema, boolean required) {
        ObjectNode container = path.contains(".") ? (ObjectNode) base.get(path.substring(0, path.indexOf('.'))) : base;
        if (required) {
            with(base, container, name, path, "null", Expect.INVALID, "null for a required field");
            ObjectNode without = base.deepCopy();
            (path.contains(".") ? (ObjectNode) without.get(path.substring(0, path.indexOf('.'))) : without).remove(name);
            bodies.add(new Body(JSON.writeValueAsString(without), Expect.INVALID, path, "a required field left out"));
        }
        with(base, container, name, path, "{\"a\":1}", Expect.INVALID, "an object for a " + typeOf(schema));
        String type = schema.path("type").asString("");
        String format = schema.path("format").asString("");
        String pattern = schema.path("pattern").asString("");
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            String value = values.get(random.nextInt(values.size())).asString();
            // Another constant may need another field (an APPRECIATION names the partner): a 400 naming one is right too.
            with(base, container, name, path, quoted(value), Expect.EITHER, "the enum value " + value);
            with(base, container, name, path, quoted("NOT_" + value), Expect.INVALID, "an unknown enum value");
            with(base, container, name, path, "7", Expect.INVALID, "a number for an enum");
        } else if (type.equals("array")) {
            with(base, container, name, path, "\"MONDAY\"", Expect.INVALID, "a string for a list");
            with(base, container, name, path, "[null]", Expect.INVALID, "a null in a list");
        } else if (type.equals("string") && format.equals("date-time")) {
            Matcher ahead = DAYS_AHEAD.matcher(schema.path("description").asString(""));
            int cap = ahead.find() ? Integer.parseInt(ahead.group(1)) : 3650;
            with(base, container, name, path, quoted(inFuture(Duration.ofDays(cap - 1))), Expect.VALID, "a date just inside the cap");
            with(base, container, name, path, quoted(inFuture(Duration.ofDays(cap + 1))), Expect.INVALID, "a date beyond the cap");
            with(base, container, name, path, quoted("2001-01-01T00:00:00Z"), Expect.INVALID, "a date in the past");
            for (String date : List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "+300000000-01-01T00:00:00Z",
                    "2026-02-30T10:00:00Z", "2031-01-01T10:00:00", "2030-12-31T23:59:60Z", "tomorrow")) {
                with(base, container, name, path, quoted(date), Expect.INVALID, "the date " + date);
            }
        } else if (type.equals("string") && format.equals("time-local")) {
            with(base, container, name, path, "\"23:59\"", Expect.VALID, "the last minute of a day");
            with(base, container, name, path, "\"23:59:60\"", Expect.INVALID, "a leap second");
            with(base, container, name, path, "\"24:00\"", Expect.INVALID, "24:00");
        } else if (type.equals("string")) {
            with(base, container, name, path, "12345", Expect.INVALID, "a number for a string");
            int max = schema.path("maxLength").asInt(0);
            int min = Math.max(1, schema.path("minLength").asInt(0));
            if (pattern.startsWith(UUID_PATTERN)) {
                with(base, container, name, path, "\"not-a-uuid\"", Expect.INVALID, "an id that is not a UUID");
                with(base, container, name, path, quoted(uuid() + "\\u0000"), Expect.INVALID, "a UUID and a NUL");
            } else if (pattern.equals(USER_ID_PATTERN)) {
                with(base, container, name, path, "\"eve smith\"", Expect.INVALID, "a user id with a space");
                with(base, container, name, path, quoted("e".repeat(129)), Expect.INVALID, "a user id of 129 characters");
                with(base, container, name, path, "\"\\u202Eeve\"", Expect.INVALID, "a user id with an RTL override");
            } else if (max > 0) {
                with(base, container, name, path, quoted("x".repeat(max)), Expect.VALID, "a text of exactly " + max);
                with(base, container, name, path, quoted("x".repeat(max + 1)), Expect.INVALID, "a text of " + (max + 1));
                with(base, container, name, path, quoted("x".repeat(min)), Expect.VALID, "a text of " + min);
                with(base, container, name, path, quoted("💛".repeat(Math.min(max / 2, 40))), Expect.VALID, "emoji");
                with(base, container, name, path, "\"\\u202Egnirts desrever\"", Expect.EITHER, "an RTL override");
                with(base, container, name, path, "\"before\\u0000after\"", Expect.EITHER, "a NUL");
                with(base, container, name, path, "\"lone \\ud800 surrogate\"", Expect.EITHER, "a lone surrogate");
                with(base, container, name, path, "\"   \"", Expect.EITHER, "only spaces");
            }
        } else if (type.equals("number") || type.equals("integer")) {
            with(base, container, name, path, "\"three\"", Expect.INVALID, "a string for a number");
            with(base, container, name, path, "1e400", Expect.INVALID, "1e400");
            with(base, container, name, path, "99999999999999999999999", Expect.INVALID, "a number beyond 64 bits");
            with(base, container, name, path, "-99999999999999999999999", Expect.INVALID, "a number below -2^63");
            if (schema.has("maximum")) {
                String maximum = schema.get("maximum").toString();
                with(base, container, name, path, maximum, Expect.VALID, "the maximum");
                with(base, container, name, path, String.valueOf(schema.get("maximum").asLong() + 1), Expect.INVALID, "above the maximum");
            }
            if (schema.has("minimum")) {
                with(base, container, name, path, String.valueOf(schema.get("minimum").asLong() - 1), Expect.INVALID, "below the minimum");
            }
        }
    }

    /** The base body with one field's value replaced by raw JSON text (which Jackson would not write: lone surrogates, huge numbers). */
    private void with(ObjectNode base, ObjectNode container, String name, String path, String rawValue, Expect expect, String what) {
        String marker = "@@" + UUID.randomUUID() + "@@";
        JsonNode before = container.get(name);
        container.put(name, marker);
        String json = JSON.writeValueAsString(base).replace(quoted(marker), rawValue);
        if (before == null) {
            container.remove(name);
        } else {
            container.set(name, before);
        }
        // A nested object's fields have rules across them (a weekly recurrence names its days), a known field its
        // own format: valid by the schema alone is not enough.
        Expect expected = expect == Expect.VALID && (path.contains(".") || KNOWN_VALID.containsKey(name)) ? Expect.EITHER : expect;
        bodies.add(new Body(json, expected, expected == Expect.VALID ? null : path, path + ": " + what));
    }

    private void invalid(String json, @Nullable String field, String what) {
        bodies.add(new Body(json, Expect.INVALID, field, what));
    }

    private static boolean isRequired(JsonNode schema, String property) {
        for (JsonNode required : schema.path("required")) {
            if (required.asString().equals(property)) {
                return true;
            }
        }
        return false;
    }

    private static String typeOf(JsonNode schema) {
        return schema.has("enum") ? "enum" : schema.path("type").asString("value");
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    /** Always with its seconds: an {@code OffsetDateTime}'s text drops them on the minute, which the API refuses. */
    private static String inFuture(Duration ahead) {
        return Instant.now().plus(ahead).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
