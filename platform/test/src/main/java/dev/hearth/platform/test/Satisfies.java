package dev.hearth.platform.test;

import java.util.function.Consumer;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * A Hamcrest matcher made of AssertJ (or any) assertions, for Axon fixtures whose expectations cannot
 * be written out in advance (sealed values with random nonces): the assertions' failure is the mismatch.
 * {@code .expectResultMessagePayloadMatching(Satisfies.that(result -> assertThat(...)))}
 */
public final class Satisfies {

    private Satisfies() {
    }

    /** Matches when {@code assertions} pass on the value. */
    public static <T> Matcher<T> that(Consumer<T> assertions) {
        return new TypeSafeMatcher<>(Object.class) {
            private AssertionError failure;

            @Override
            @SuppressWarnings("unchecked")
            protected boolean matchesSafely(Object value) {
                try {
                    assertions.accept((T) value);
                    return true;
                } catch (AssertionError | ClassCastException e) {
                    failure = e instanceof AssertionError assertion ? assertion : new AssertionError(e.getMessage());
                    return false;
                }
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a value satisfying the assertions");
            }

            @Override
            protected void describeMismatchSafely(Object value, Description mismatch) {
                mismatch.appendText(failure == null ? "no failure recorded" : failure.getMessage());
            }
        };
    }
}
