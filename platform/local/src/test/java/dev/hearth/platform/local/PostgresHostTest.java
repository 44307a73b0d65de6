package dev.hearth.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The PostgreSQL host JVM: durable settings, data kept across restarts, nothing left after a stop. */
class PostgresHostTest extends HostJvmTest {

    private static final List<String> DATABASES = List.of("hearth_journal", "hearth_commitment");

    @AfterEach
    void stopEverything() {
        hosts.stopAll();
        Postmaster.stopLeftover(data(), Duration.ofSeconds(30));
    }

    @Test
    void the_server_is_durable_and_has_the_platforms_databases() throws Exception {
        start();

        try (Connection connection = connect("hearth_journal")) {
            assertThat(setting(connection, "fsync")).isEqualTo("on");
            assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(connection, "server_version")).startsWith("18.");
        }
        assertThat(PostgresProbe.ready(port, DATABASES)).isTrue();
    }

    @Test
    void sigterm_stops_the_host_and_its_server_and_the_data_survives_a_restart() throws Exception {
        Process first = start();
        createTableWithOneId("hearth_commitment", "promise", "kept");
        long server = Postmaster.recordedPid(data()).orElseThrow();

        ProcessControl.Stopped stopped = ProcessControl.stop(first.pid(), Duration.ofSeconds(60));

        assertThat(stopped).isEqualTo(ProcessControl.Stopped.TERMINATED);
        assertThat(ProcessControl.isAlive(server)).isFalse();
        assertThat(Tcp.answers(port)).isFalse();
        assertThat(data().resolve("postmaster.pid")).doesNotExist();

        start();
        assertThat(ids("hearth_commitment", "promise")).containsExactly("kept");
    }

    @Test
    void a_server_left_behind_by_a_killed_host_is_stopped_before_the_next_start() throws Exception {
        Process killed = start();
        createTableWithOneId("hearth_journal", "couple", "before the crash");
        long leftover = Postmaster.recordedPid(data()).orElseThrow();
        killed.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessControl.isAlive(leftover)).as("pg_ctl detaches the server from its JVM").isTrue();

        // The leftover answers at once: only its end tells that the new host took over.
        start(false, () -> !ProcessControl.isAlive(leftover));

        assertThat(ProcessControl.isAlive(leftover)).isFalse();
        OptionalLong server = Postmaster.runningPid(data());
        assertThat(server).isPresent();
        assertThat(server.getAsLong()).isNotEqualTo(leftover);
        assertThat(ids("hearth_journal", "couple")).containsExactly("before the crash");
    }

    @Test
    void the_host_stops_its_server_when_its_parent_goes_away() throws Exception {
        Process host = start(true);
        long server = Postmaster.recordedPid(data()).orElseThrow();

        host.getOutputStream().close();

        assertThat(host.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(server).map(handle -> ProcessControl.awaitExit(handle, Duration.ofSeconds(30)))
                .orElse(true)).isTrue();
        assertThat(Tcp.answers(port)).isFalse();
    }

    private Process start() throws Exception {
        return start(false, () -> true);
    }

    private Process start(boolean exitWithParent) throws Exception {
        return start(exitWithParent, () -> true);
    }

    private Process start(boolean exitWithParent, BooleanSupplier alsoReady) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("--data", data().toString(), "--port", Integer.toString(port)));
        DATABASES.forEach(database -> arguments.addAll(List.of("--database", database)));
        return hosts.startReady(PostgresMain.class, arguments, exitWithParent, home.resolve("postgres.log"),
                () -> alsoReady.getAsBoolean() && PostgresProbe.ready(port, DATABASES));
    }

    private Path data() {
        return home.resolve("postgres").resolve("data");
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(PostgresProbe.jdbcUrl(port, database), PostgresProbe.USER, PostgresProbe.PASSWORD);
    }

    /** A table {@code table} in {@code database} holding the one row {@code id}. */
    private void createTableWithOneId(String database, String table, String id) throws SQLException {
        try (Connection connection = connect(database); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE " + table + " (id text PRIMARY KEY)");
            sql.execute("INSERT INTO " + table + " VALUES ('" + id + "')");
        }
    }

    private List<String> ids(String database, String table) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = connect(database); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT id FROM " + table)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("SHOW " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
