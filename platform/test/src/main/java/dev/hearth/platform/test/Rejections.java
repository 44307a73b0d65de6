package dev.hearth.platform.test;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import java.util.Objects;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.jspecify.annotations.Nullable;

/**
 * Matches the {@link Rejection} an aggregate throws, for Axon's given/when/then fixtures:
 * {@code .expectException(rejectedWith(ProblemType.PROMISE_CLOSED))}.
 */
public final class Rejections {

    private Rejections() {
    }

    /** A rejection of this catalogue type that names no field. */
    public static Matcher<Throwable> rejectedWith(ProblemType type) {
        return rejectedWith(type, null);
    }

    /** A rejection of this catalogue type naming exactly this field (or none, when null). */
    public static Matcher<Throwable> rejectedWith(ProblemType type, @Nullable String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof Rejection rejection && rejection.type() == type
                        && Objects.equals(rejection.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rejection " + type + (field == null ? "" : " naming " + field));
            }

            @Override
            protected void describeMismatchSafely(Throwable item, Description mismatch) {
                mismatch.appendText(item instanceof Rejection rejection
                        ? "a rejection " + rejection.type() + " naming " + rejection.field() + ": " + rejection.detail()
                        : item.toString());
            }
        };
    }
}
