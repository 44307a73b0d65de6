package dev.hearth.launcher.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearth.platform.local.ProcessControl;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceWrapperTest {

    @Test
    void the_wrapped_command_ends_when_the_starter_closes_its_end_of_the_pipe() throws Exception {
        Process wrapper = new ProcessBuilder(ServiceWrapper.wrap("test", List.of("bash", "-c", "echo $$; exec sleep 300")))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        long child = Long.parseLong(new BufferedReader(new InputStreamReader(wrapper.getInputStream(), StandardCharsets.UTF_8))
                .readLine().trim());
        ProcessHandle command = ProcessHandle.of(child).orElseThrow();

        wrapper.getOutputStream().close();

        assertThat(ProcessControl.awaitExit(command, Duration.ofSeconds(10))).isTrue();
        assertThat(ProcessControl.awaitExit(wrapper.toHandle(), Duration.ofSeconds(10))).isTrue();
    }

    @Test
    void sigterm_to_the_wrapper_reaches_the_command() throws Exception {
        Process wrapper = new ProcessBuilder(ServiceWrapper.wrap("test", List.of("bash", "-c", "echo $$; exec sleep 300")))
                .start();
        long child = Long.parseLong(new BufferedReader(new InputStreamReader(wrapper.getInputStream(), StandardCharsets.UTF_8))
                .readLine().trim());
        ProcessHandle command = ProcessHandle.of(child).orElseThrow();

        wrapper.destroy();

        assertThat(ProcessControl.awaitExit(command, Duration.ofSeconds(10))).isTrue();
        wrapper.getOutputStream().close();
    }

    @Test
    void sigterm_while_the_command_is_starting_still_reaches_it() throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            // A duration no other process has: how the command is found once the wrapper is gone.
            String marker = "3000." + ProcessHandle.current().pid() + attempt;
            Process wrapper = new ProcessBuilder(ServiceWrapper.wrap("test", List.of("sleep", marker))).start();
            Thread.sleep(attempt % 5);

            wrapper.destroy();

            assertThat(ProcessControl.awaitExit(wrapper.toHandle(), Duration.ofSeconds(10))).isTrue();
            List<ProcessHandle> left = ProcessHandle.allProcesses()
                    .filter(process -> process.info().arguments().map(List::of).orElse(List.of()).contains(marker)).toList();
            for (ProcessHandle command : left) {
                assertThat(ProcessControl.awaitExit(command, Duration.ofSeconds(10))).as("sleep " + marker).isTrue();
            }
            wrapper.getOutputStream().close();
        }
    }
}
