package dev.hearth.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.launcher.process.JvmFlags;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmProfileTest {

    @Test
    void the_start_up_profile_stops_at_c1_everywhere_it_can() {
        assertThat(JvmProfile.START_UP.services().options()).contains("-XX:TieredStopAtLevel=1");
        assertThat(JvmProfile.START_UP.kafka().options()).contains("-XX:TieredStopAtLevel=1");
        assertThat(Platform.DEFAULT_SERVICE_JAVA_OPTIONS).isEqualTo(JvmProfile.START_UP.serviceOptions());
    }

    @Test
    void the_tuned_profile_gives_every_jvm_the_full_jit_and_a_fixed_heap() {
        for (List<String> options : List.of(JvmProfile.TUNED.services().options(), JvmProfile.TUNED.kafka().options(),
                JvmProfile.TUNED.mongo(256).options())) {
            assertThat(options).noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"));
            String xms = options.stream().filter(option -> option.startsWith("-Xms")).findFirst().orElseThrow();
            assertThat(options).contains("-Xmx" + xms.substring("-Xms".length()));
        }
    }

    @Test
    void the_mongo_heap_holds_its_page_cache_and_room_beside_it() {
        assertThat(JvmProfile.TUNED.mongo(256).options()).contains("-Xmx1024m");
        assertThat(JvmProfile.START_UP.mongo(1024).options()).contains("-Xmx1280m");
    }

    @Test
    void the_services_own_flags_are_the_custom_profile() {
        Settings settings = Platform.builder().home(Path.of("never-started")).serviceJavaOptions(List.of("-Xmx1g"))
                .build().settings();

        assertThat(settings.serviceJvm()).isEqualTo(new JvmFlags("custom", List.of("-Xmx1g")));
        assertThat(settings.kafkaJvm()).isEqualTo(JvmProfile.START_UP.kafka());
    }
}
