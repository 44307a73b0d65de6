package dev.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class JsonTest {

    record Inner(String name, double value) {
    }

    record Outer(int count, List<Inner> items, Map<String, Double> byName, @Nullable String missing, Duration window, Path file,
                 URI url, Optional<String> maybe, boolean flag) {
    }

    @Test
    void records_become_objects_in_component_order_and_numbers_that_are_not_numbers_become_null() {
        Map<String, Double> byName = new LinkedHashMap<>();
        byName.put("a", 1.5);
        byName.put("b", Double.NaN);
        Outer outer = new Outer(2, List.of(new Inner("x", 3.0), new Inner("y", Double.POSITIVE_INFINITY)), byName, null,
                Duration.ofMillis(1500), Path.of("/tmp/r.json"), URI.create("http://localhost:8080"), Optional.empty(), true);

        String json = Json.write(outer).replaceAll("\\s+", "");

        assertThat(json).isEqualTo("{\"count\":2,\"items\":[{\"name\":\"x\",\"value\":3},{\"name\":\"y\",\"value\":null}],"
                + "\"byName\":{\"a\":1.5,\"b\":null},\"missing\":null,\"window\":1.5,\"file\":\"/tmp/r.json\","
                + "\"url\":\"http://localhost:8080\",\"maybe\":null,\"flag\":true}");
    }

    @Test
    void strings_are_escaped() {
        assertThat(Json.write("a \"b\" \\ c\nd\u0001")).isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\\u0001\"\n");
    }

    @Test
    void empty_collections_stay_on_one_line() {
        assertThat(Json.write(Map.of("l", List.of())).replaceAll("\\s+", "")).isEqualTo("{\"l\":[]}");
    }
}
