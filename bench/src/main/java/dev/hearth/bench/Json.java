package dev.hearth.bench;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The whole result as JSON for {@code --json FILE}: records become objects (their components in
 * order), maps objects, collections arrays; a duration is written in seconds, a path or URI as
 * text, and a number that is not one (NaN, infinite: a figure not available) as null.
 */
final class Json {

    private Json() {
    }

    static String write(@Nullable Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, @Nullable Object value, int depth) {
        switch (value) {
            case null -> out.append("null");
            case String text -> string(out, text);
            case Boolean bool -> out.append(bool);
            case Double number -> number(out, number);
            case Float number -> number(out, number.doubleValue());
            case Number number -> out.append(number);
            case Duration duration -> number(out, duration.toNanos() / 1e9);
            case Path path -> string(out, path.toString());
            case URI uri -> string(out, uri.toString());
            case Enum<?> constant -> string(out, constant.name());
            case Optional<?> optional -> write(out, optional.orElse(null), depth);
            case OptionalLong optional -> write(out, optional.isPresent() ? optional.getAsLong() : null, depth);
            case OptionalDouble optional -> write(out, optional.isPresent() ? optional.getAsDouble() : null, depth);
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    separator(out, first, depth + 1);
                    first = false;
                    string(out, String.valueOf(entry.getKey()));
                    out.append(": ");
                    write(out, entry.getValue(), depth + 1);
                }
                close(out, first, depth, '}');
            }
            case Collection<?> items -> {
                out.append('[');
                boolean first = true;
                for (Object item : items) {
                    separator(out, first, depth + 1);
                    first = false;
                    write(out, item, depth + 1);
                }
                close(out, first, depth, ']');
            }
            case Record record -> {
                out.append('{');
                boolean first = true;
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    separator(out, first, depth + 1);
                    first = false;
                    string(out, component.getName());
                    out.append(": ");
                    write(out, read(record, component), depth + 1);
                }
                close(out, first, depth, '}');
            }
            default -> string(out, value.toString());
        }
    }

    private static @Nullable Object read(Record record, RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass().getSimpleName(), e);
        }
    }

    private static void number(StringBuilder out, double number) {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            out.append("null");
        } else if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            out.append((long) number);
        } else {
            out.append(number);
        }
    }

    private static void separator(StringBuilder out, boolean first, int depth) {
        if (!first) {
            out.append(',');
        }
        out.append('\n').append("  ".repeat(depth));
    }

    private static void close(StringBuilder out, boolean empty, int depth, char bracket) {
        if (!empty) {
            out.append('\n').append("  ".repeat(depth));
        }
        out.append(bracket);
    }

    static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
