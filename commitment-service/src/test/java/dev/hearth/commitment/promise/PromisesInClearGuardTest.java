package dev.hearth.commitment.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.platform.test.TestPostgres;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The guard migration (V100__no_promises_in_clear.sql) on a real PostgreSQL: a store holding any
 * promise event of revision 1 (description and notes in clear) stops the migration, and with it the
 * service, with the exact step; a store of sealed promises, or none, migrates.
 */
class PromisesInClearGuardTest {

    private static final String GUARD = "100";

    @Test
    void a_revision_1_promise_event_stops_the_migration_naming_the_step_and_nothing_is_applied() {
        DataSource database = migratedUpToTheGuard();
        storeEvent(database, "dev.hearth.commitment.promise.PromiseMade", "2");
        storeEvent(database, "dev.hearth.commitment.promise.PromiseKept", "1");

        assertThatThrownBy(() -> flyway(database, null).migrate())
                .isInstanceOf(FlywayException.class)
                .hasMessageContaining("revision-1 promise events")
                .hasMessageContaining("./hearth down --wipe")
                .hasMessageContaining("docker compose down -v");
        assertThat(appliedVersions(database)).doesNotContain(GUARD);
    }

    @Test
    void sealed_promises_and_other_events_of_revision_1_pass_the_guard() {
        DataSource database = migratedUpToTheGuard();
        storeEvent(database, "dev.hearth.commitment.promise.PromiseMade", "2");
        storeEvent(database, "dev.hearth.commitment.promise.PromiseBroken", "2");
        storeEvent(database, "dev.hearth.commitment.membership.SomethingElse", "1");

        flyway(database, null).migrate();

        assertThat(appliedVersions(database)).contains(GUARD);
    }

    @Test
    void an_empty_store_passes_the_guard() {
        DataSource database = migratedUpToTheGuard();

        flyway(database, null).migrate();

        assertThat(appliedVersions(database)).contains(GUARD);
    }

    // A database of its own per test, migrated as a home of the last version was (platform migrations V1–V3).
    private static DataSource migratedUpToTheGuard() {
        String name = "guard_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DataSource database = new DriverManagerDataSource(TestPostgres.jdbcUrl(name), TestPostgres.username(), TestPostgres.password());
        flyway(database, "3").migrate();
        return database;
    }

    private static Flyway flyway(DataSource database, String target) {
        var configuration = Flyway.configure().dataSource(database).locations("classpath:db/migration");
        return (target == null ? configuration : configuration.target(target)).load();
    }

    private static void storeEvent(DataSource database, String payloadType, String revision) {
        String id = UUID.randomUUID().toString();
        new JdbcTemplate(database).update("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, payload,
                                              payloadrevision, payloadtype, timestamp)
                VALUES (?, 0, 'Promise', ?, ?, ?, ?, '2026-01-01T00:00:00Z')""",
                id, id, "{}".getBytes(), revision, payloadType);
    }

    private static java.util.List<String> appliedVersions(DataSource database) {
        return new JdbcTemplate(database).queryForList(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL", String.class);
    }
}
