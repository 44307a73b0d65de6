package dev.hearth.commitment.promise;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import java.util.Objects;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.jspecify.annotations.Nullable;

/** Matches a {@link Rejection} of one catalogue type naming one field (or none). */
final class RejectionMatcher extends TypeSafeMatcher<Throwable> {

    private final ProblemType type;
    private final @Nullable String field;

    RejectionMatcher(ProblemType type, @Nullable String field) {
        this.type = type;
        this.field = field;
    }

    @Override
    protected boolean matchesSafely(Throwable item) {
        return item instanceof Rejection rejection && rejection.type() == type && Objects.equals(rejection.field(), field);
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a Rejection of type " + type + (field == null ? "" : " naming " + field));
    }

    @Override
    protected void describeMismatchSafely(Throwable item, Description mismatch) {
        mismatch.appendText(item instanceof Rejection rejection
                ? "a Rejection of type " + rejection.type() + " naming " + rejection.field() + ": " + rejection.getMessage()
                : item.toString());
    }
}
