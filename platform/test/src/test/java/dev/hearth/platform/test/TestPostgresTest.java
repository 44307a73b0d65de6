package dev.hearth.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestPostgresTest {

    @Test
    void two_databases_are_created_on_first_use_and_keep_their_tables_apart() throws SQLException {
        String first = TestPostgres.jdbcUrl("hearth_postgres_test_a");
        String second = TestPostgres.jdbcUrl("hearth_postgres_test_b");

        try (Connection a = connect(first); Statement sql = a.createStatement()) {
            sql.execute("CREATE TABLE promise (id TEXT PRIMARY KEY)");
            sql.execute("INSERT INTO promise VALUES ('p-1')");
            try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM promise")) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(1);
            }
        }
        try (Connection b = connect(second); Statement sql = b.createStatement();
                ResultSet rows = sql.executeQuery("SELECT to_regclass('promise') IS NULL, current_setting('server_version_num')::int")) {
            rows.next();
            assertThat(rows.getBoolean(1)).as("table of the other database is invisible").isTrue();
            assertThat(rows.getInt(2)).as("PostgreSQL 18").isBetween(180000, 189999);
        }
    }

    @Test
    void asking_again_for_a_database_gives_the_same_url() {
        assertThat(TestPostgres.jdbcUrl("hearth_postgres_test_c")).isEqualTo(TestPostgres.jdbcUrl("hearth_postgres_test_c"));
    }

    @Test
    void a_database_name_that_is_not_plain_is_refused() {
        assertThatThrownBy(() -> TestPostgres.jdbcUrl("x\"; DROP DATABASE postgres; --"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, TestPostgres.username(), TestPostgres.password());
    }
}
