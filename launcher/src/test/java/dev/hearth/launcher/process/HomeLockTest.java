package dev.hearth.launcher.process;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HomeLockTest {

    @TempDir
    Path home;

    @Test
    void a_second_up_or_down_on_the_same_home_is_refused_while_the_first_runs() {
        try (HomeLock ignored = HomeLock.acquire(home, "up")) {
            assertThatThrownBy(() -> HomeLock.acquire(home, "down"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("another ./hearth up or down")
                    .hasMessageContaining("up by pid " + ProcessHandle.current().pid());
        }
    }

    @Test
    void the_lock_is_free_again_once_released() {
        HomeLock.acquire(home, "up").close();

        assertThatCode(() -> HomeLock.acquire(home, "down").close()).doesNotThrowAnyException();
    }
}
