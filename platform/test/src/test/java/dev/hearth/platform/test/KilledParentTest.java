package dev.hearth.platform.test;

import dev.hearth.platform.local.KafkaBrokerProcess;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A test JVM killed with SIGKILL must not leave a broker or a database server running. */
class KilledParentTest {

    private static final String PID_LINE = "server pid ";

    @Test
    void the_broker_exits_when_the_jvm_that_started_it_is_killed(@TempDir Path directory) throws Exception {
        Process parent = startJvm(BrokerParent.class, directory.toString());
        ProcessHandle broker = ProcessHandle.of(serverPid(parent)).orElseThrow();

        parent.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        broker.onExit().get(40, TimeUnit.SECONDS);
        assertThat(broker.isAlive()).isFalse();
    }

    @Test
    void postgres_stops_when_the_jvm_that_started_it_is_killed() throws Exception {
        Process parent = startJvm(PostgresParent.class);
        ProcessHandle postgres = ProcessHandle.of(serverPid(parent)).orElseThrow();

        parent.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        postgres.onExit().get(40, TimeUnit.SECONDS);
        assertThat(postgres.isAlive()).isFalse();
    }

    private static Process startJvm(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static long serverPid(Process parent) throws IOException {
        // The parent's logging shares stdout; the pid line is the one we wait for.
        BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(PID_LINE)) {
                return Long.parseLong(line.substring(PID_LINE.length()));
            }
        }
        throw new AssertionError("the parent JVM ended without starting its server");
    }

    private static void announceAndWait(long pid) throws InterruptedException {
        System.out.println(PID_LINE + pid);
        System.out.flush();
        Thread.sleep(TimeUnit.MINUTES.toMillis(5));
    }

    /** Starts a broker, tells its pid, and waits to be killed. */
    public static final class BrokerParent {

        public static void main(String[] args) throws Exception {
            KafkaBrokerProcess broker = KafkaBrokerProcess.builder(Path.of(args[0]).resolve("kafka")).build().start();
            announceAndWait(broker.pid());
        }
    }

    /** Starts PostgreSQL, tells the postmaster's pid, and waits to be killed. */
    public static final class PostgresParent {

        public static void main(String[] args) throws Exception {
            TestPostgres.jdbcUrl("hearth_killed_parent");
            announceAndWait(TestPostgres.serverPid());
        }
    }
}
