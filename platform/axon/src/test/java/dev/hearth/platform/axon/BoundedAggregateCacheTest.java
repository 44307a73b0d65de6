package dev.hearth.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoundedAggregateCacheTest {

    @Test
    void it_never_holds_more_aggregates_than_its_size() {
        BoundedAggregateCache cache = new BoundedAggregateCache(100);

        for (int aggregate = 0; aggregate < 10_000; aggregate++) {
            cache.put("aggregate-" + aggregate, new Object());
        }

        assertThat(cache.size()).isLessThanOrEqualTo(100);
    }

    @Test
    void it_behaves_as_axon_expects_of_a_cache() {
        BoundedAggregateCache cache = new BoundedAggregateCache(10);

        assertThat(cache.putIfAbsent("a", 1)).isTrue();
        assertThat(cache.putIfAbsent("a", 2)).isFalse();
        cache.computeIfPresent("a", (Integer value) -> value + 10);
        assertThat((Integer) cache.get("a")).isEqualTo(11);
        assertThat(cache.<Integer>computeIfAbsent("b", () -> 5)).isEqualTo(5);
        assertThat(cache.containsKey("b")).isTrue();
        assertThat(cache.remove("b")).isTrue();
        assertThat(cache.remove("b")).isFalse();
    }
}
