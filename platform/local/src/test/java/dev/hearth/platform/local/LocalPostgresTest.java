package dev.hearth.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The in-process server as tests use it; the durable host is {@link PostgresHostTest}'s. */
class LocalPostgresTest {

    @Test
    void a_temporary_server_creates_databases_once_and_leaves_nothing_behind_when_stopped() throws Exception {
        LocalPostgres postgres = LocalPostgres.temporary().start();
        Path data = postgres.dataDirectory();
        long server = postgres.serverPid().orElseThrow();
        try {
            assertThat(postgres.createDatabaseIfMissing("hearth_local_test")).isTrue();
            assertThat(postgres.createDatabaseIfMissing("hearth_local_test")).isFalse();
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("hearth_local_test"),
                    PostgresProbe.USER, PostgresProbe.PASSWORD);
                 Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("SHOW fsync")) {
                rows.next();
                assertThat(rows.getString(1)).as("the fast test settings").isEqualTo("off");
            }
            assertThat(postgres.leftover()).isEqualTo(Postmaster.Leftover.NONE);
        } finally {
            assertThat(postgres.stop()).isTrue();
        }

        assertThat(ProcessControl.isAlive(server)).isFalse();
        assertThat(Tcp.answers(postgres.port())).isFalse();
        assertThat(data).doesNotExist();
    }

    @Test
    void a_database_name_that_is_not_plain_is_refused() {
        assertThatThrownBy(() -> LocalPostgres.databaseName("Hearth-Journal")).isInstanceOf(IllegalArgumentException.class);
        assertThat(LocalPostgres.databaseName("hearth_journal")).isEqualTo("hearth_journal");
    }
}
