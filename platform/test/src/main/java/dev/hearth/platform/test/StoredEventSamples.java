package dev.hearth.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.DynamicNode;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;

/**
 * Golden samples of the events a service keeps in its event store. Replay reads them for ever, by
 * class name and {@code @Revision}, so each one's stored JSON is frozen in
 * {@code src/test/resources/golden/<class name>.r<revision>.json} and checked strictly both ways, as
 * contracts does for the public events. A change that would leave stored events unreadable (a field
 * renamed, a class moved, the serializer reconfigured) fails here and needs an upcaster instead.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> stored_promise_events_are_pinned() {
 *     return StoredEventSamples.pin(PromiseEvent.class, HearthSerializer.forEvents(), made, kept, broken);
 * }
 * }</pre>
 */
public final class StoredEventSamples {

    private static final String FOLDER = "golden";

    private StoredEventSamples() {
    }

    /**
     * One writing and one reading test per sample, and two tests that keep the set complete: every
     * type permitted by the sealed {@code events} interface has a sample, and every golden file of
     * its package has a sample.
     */
    public static Stream<DynamicNode> pin(Class<?> events, Serializer serializer, Object... samples) {
        List<DynamicNode> tests = new ArrayList<>();
        for (Object sample : samples) {
            tests.add(dynamicContainer(sample.getClass().getSimpleName(), Stream.of(
                    dynamicTest("writing it gives exactly its golden JSON", () -> assertWrites(serializer, sample)),
                    dynamicTest("reading its golden JSON gives it back", () -> assertReads(serializer, sample)))));
        }
        tests.add(dynamicTest("every stored event type has a sample", () -> {
            assertThat(events.isSealed()).as("%s is sealed", events.getName()).isTrue();
            assertThat(Arrays.stream(samples).map(Object::getClass).toList())
                    .containsExactlyInAnyOrder(events.getPermittedSubclasses());
        }));
        tests.add(dynamicTest("every golden file of the package has a sample", () -> {
            List<String> expected = Arrays.stream(samples).map(sample -> fileName(serializer, sample.getClass())).toList();
            assertThat(goldenFiles(events.getPackageName())).containsExactlyInAnyOrderElementsOf(expected);
        }));
        return tests.stream();
    }

    private static void assertWrites(Serializer serializer, Object sample) throws Exception {
        SerializedObject<String> written = serializer.serialize(sample, String.class);

        assertThat(written.getType().getName()).isEqualTo(sample.getClass().getName());
        JSONAssert.assertEquals(golden(serializer, sample.getClass()), written.getData(), JSONCompareMode.STRICT);
    }

    private static void assertReads(Serializer serializer, Object sample) {
        SerializedType type = type(serializer, sample.getClass());
        String golden = golden(serializer, sample.getClass());

        Object read = serializer.deserialize(new SimpleSerializedObject<>(golden, String.class, type));

        assertThat(read).isEqualTo(sample);
    }

    private static SerializedType type(Serializer serializer, Class<?> eventType) {
        SerializedType type = serializer.typeForClass(eventType);
        assertThat(type.getRevision()).as("the @Revision of stored event %s", eventType.getName()).isNotBlank();
        return type;
    }

    private static String fileName(Serializer serializer, Class<?> eventType) {
        return eventType.getName() + ".r" + type(serializer, eventType).getRevision() + ".json";
    }

    private static String golden(Serializer serializer, Class<?> eventType) {
        String resource = FOLDER + "/" + fileName(serializer, eventType);
        try (InputStream in = StoredEventSamples.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("golden sample %s", resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // A renamed or re-revisioned event must not leave its old sample behind, untested.
    private static List<String> goldenFiles(String packageName) throws IOException, URISyntaxException {
        URL folder = StoredEventSamples.class.getClassLoader().getResource(FOLDER);
        assertThat(folder).as("the folder of golden samples, %s", FOLDER).isNotNull();
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith(packageName + ".")
                            && Character.isUpperCase(name.charAt(packageName.length() + 1)))
                    .toList();
        }
    }
}
