package dev.hearth.platform.test;

import org.axonframework.test.aggregate.AggregateTestFixture;

/** The given/when/then fixture an aggregate test starts from. */
public final class AggregateFixtures {

    private AggregateFixtures() {
    }

    /**
     * A fixture for {@code aggregate} whose handlers may take each of {@code resources} (the couple-key
     * vault, say) as a parameter, as the running service injects them.
     */
    public static <T> AggregateTestFixture<T> of(Class<T> aggregate, Object... resources) {
        AggregateTestFixture<T> fixture = new AggregateTestFixture<>(aggregate);
        for (Object resource : resources) {
            fixture.registerInjectableResource(resource);
        }
        return fixture;
    }
}
