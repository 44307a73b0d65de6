package dev.hearth.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * The public contract frozen in files: any change to an event's JSON — a field added, renamed,
 * removed or retyped — fails here, and must be made deliberately (see docs/events.md, versioning).
 */
class GoldenSamplesTest {

    @ParameterizedTest
    @EnumSource(EventType.class)
    void writing_the_sample_gives_exactly_the_golden_json(EventType type) throws Exception {
        // given
        PublicEvent sample = GoldenSamples.of(type);

        // when
        String written = new String(HearthEventJson.write(sample), StandardCharsets.UTF_8);

        // then
        JSONAssert.assertEquals(golden(type), written, JSONCompareMode.STRICT);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void reading_the_golden_json_gives_the_sample_back(EventType type) {
        // given
        byte[] golden = golden(type).getBytes(StandardCharsets.UTF_8);

        // when
        PublicEvent read = HearthEventJson.read(type, golden);

        // then
        assertThat(read).isInstanceOf(type.recordType()).isEqualTo(GoldenSamples.of(type));
    }

    @Test
    void every_event_type_has_a_golden_file() {
        assertThat(EventType.values())
                .allSatisfy(type -> assertThat(GoldenSamplesTest.class.getClassLoader().getResource(GoldenSamples.resource(type)))
                        .as("golden sample %s", GoldenSamples.resource(type))
                        .isNotNull());
    }

    @Test
    void every_golden_file_belongs_to_an_event_type() throws IOException, URISyntaxException {
        // A renamed or re-versioned type must not leave its old sample behind, untested.
        URL folder = GoldenSamplesTest.class.getClassLoader().getResource("golden");
        assertThat(folder).isNotNull();
        List<String> expected = Arrays.stream(EventType.values()).map(type -> type.ceType() + ".json").toList();

        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static String golden(EventType type) {
        try (InputStream in = GoldenSamplesTest.class.getClassLoader().getResourceAsStream(GoldenSamples.resource(type))) {
            assertThat(in).as("golden sample %s", GoldenSamples.resource(type)).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
