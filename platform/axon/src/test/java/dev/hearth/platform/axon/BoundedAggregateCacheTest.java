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

    /**
     * The command path's pattern: an aggregate is made, and its next command (a keep) follows soon.
     * A frequency-based admission (Caffeine's W-TinyLFU) refuses a new aggregate once the cache is
     * full of ones used more often, so that keep went to the store; the least recently used go first.
     */
    @Test
    void a_new_aggregate_is_kept_over_older_ones_used_more_often() {
        BoundedAggregateCache cache = new BoundedAggregateCache(1_000);
        for (int old = 0; old < 1_000; old++) {
            cache.put("old-" + old, old);
            cache.get("old-" + old);
            cache.put("old-" + old, old);
        }

        for (int made = 0; made < 500; made++) {
            cache.put("new-" + made, made);
        }

        for (int made = 0; made < 500; made++) {
            assertThat(cache.containsKey("new-" + made)).as("new-" + made).isTrue();
        }
        assertThat(cache.containsKey("old-0")).isFalse();
        assertThat(cache.containsKey("old-999")).isTrue();
        assertThat(cache.size()).isEqualTo(1_000);
    }

    @Test
    void reading_an_aggregate_keeps_it_over_ones_put_after_it() {
        BoundedAggregateCache cache = new BoundedAggregateCache(3);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.put("c", 3);

        cache.get("a");
        cache.put("d", 4);

        assertThat(cache.containsKey("a")).isTrue();
        assertThat(cache.containsKey("b")).isFalse();
    }
}
