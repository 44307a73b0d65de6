package dev.hearth.platform.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.hearth.platform.crypto.Aad;
import dev.hearth.platform.crypto.Sealed;
import dev.hearth.platform.crypto.SealedValueUnreadable;
import dev.hearth.platform.test.TestPostgres;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Couple keys in a real PostgreSQL: made with the transaction that needs them, once, and checked at start. */
class CoupleKeysOnPostgresTest {

    private static DataSource dataSource;
    private static JdbcTemplate jdbc;
    private static TransactionTemplate transactions;
    private static final ExecutorService THREADS = Executors.newFixedThreadPool(2);

    private final MasterKey master = MasterKey.fromBase64(MasterKey.generateBase64());

    @BeforeAll
    static void database() {
        dataSource = new DriverManagerDataSource(TestPostgres.jdbcUrl("platform_crypto"), TestPostgres.username(),
                TestPostgres.password());
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** The start-up check reads every key row: each test leaves none behind. */
    @AfterEach
    void forgetKeys() {
        jdbc.update("DELETE FROM couple_key");
    }

    @AfterAll
    static void stop() {
        THREADS.shutdownNow();
    }

    @Test
    void two_first_uses_racing_in_two_transactions_make_one_key_row_and_both_values_open() throws Exception {
        CoupleKeyVault vault = vault();
        String couple = UUID.randomUUID().toString();
        Aad one = new Aad(couple, UUID.randomUUID().toString(), "text");
        Aad two = new Aad(couple, UUID.randomUUID().toString(), "text");
        CountDownLatch firstSealed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        Future<Sealed> first = THREADS.submit(() -> transactions.execute(status -> {
            Sealed sealed = vault.seal(one, "first words");
            firstSealed.countDown();
            awaitQuietly(release);
            return sealed;
        }));
        assertThat(firstSealed.await(30, TimeUnit.SECONDS)).isTrue();
        Future<Sealed> second = THREADS.submit(() -> transactions.execute(status -> vault.seal(two, "second words")));
        // The second insert waits for the first transaction's row lock.
        await().atMost(Duration.ofSeconds(30)).until(() -> waitingOnLocks() > 0);
        release.countDown();

        Sealed firstValue = first.get(30, TimeUnit.SECONDS);
        Sealed secondValue = second.get(30, TimeUnit.SECONDS);
        assertThat(keyRows(couple)).isEqualTo(1);
        CoupleKeyVault fresh = vault();
        assertThat(fresh.open(one, firstValue)).isEqualTo("first words");
        assertThat(fresh.open(two, secondValue)).isEqualTo("second words");
    }

    @Test
    void shredding_deletes_every_key_row_of_the_couple_with_its_transaction_and_nothing_opens_any_more() {
        CoupleKeyVault vault = vault();
        Aad text = new Aad(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "text");
        Aad elsewhere = new Aad(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "text");
        Sealed[] sealed = transactions.execute(status -> new Sealed[] {vault.seal(text, "ours"),
                vault.sealForAuthor(text, "auth0|alice", "mine"), vault.seal(elsewhere, "another couple's")});
        assertThat(vault.open(text, sealed[0])).isEqualTo("ours");
        assertThat(keyRows(text.coupleId())).isEqualTo(2);

        transactions.executeWithoutResult(status -> {
            vault.shredder().shredCouple(text.coupleId());
            status.setRollbackOnly();
        });
        assertThat(keyRows(text.coupleId())).as("a rolled-back erasure shreds nothing").isEqualTo(2);

        transactions.executeWithoutResult(status -> vault.shredder().shredCouple(text.coupleId()));

        assertThat(keyRows(text.coupleId())).isZero();
        for (Sealed value : new Sealed[] {sealed[0], sealed[1]}) {
            assertThatThrownBy(() -> vault.open(text, value)).isInstanceOf(SealedValueUnreadable.class)
                    .satisfies(e -> assertThat(((SealedValueUnreadable) e).reason()).isEqualTo(SealedValueUnreadable.Reason.KEY_GONE));
        }
        assertThat(vault.open(elsewhere, sealed[2])).isEqualTo("another couple's");
    }

    @Test
    void shredding_an_author_deletes_only_that_authors_key() {
        CoupleKeyVault vault = vault();
        Aad text = new Aad(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "text");
        Sealed[] sealed = transactions.execute(status -> new Sealed[] {vault.seal(text, "ours"),
                vault.sealForAuthor(text, "alice", "mine"), vault.sealForAuthor(text, "bob", "his")});

        transactions.executeWithoutResult(status -> vault.shredder().shredAuthor(text.coupleId(), "alice"));

        assertThat(keyRows(text.coupleId())).isEqualTo(2);
        assertThatThrownBy(() -> vault.open(text, sealed[1])).isInstanceOf(SealedValueUnreadable.class);
        assertThat(vault.open(text, sealed[0])).isEqualTo("ours");
        assertThat(vault().open(text, sealed[2])).isEqualTo("his");
    }

    @Test
    void a_write_that_took_the_couple_lock_first_commits_and_is_then_shredded_with_the_rest() throws Exception {
        CoupleKeyVault vault = vault();
        Aad text = new Aad(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "text");
        transactions.execute(status -> vault.seal(text, "the couple's first words"));
        CountDownLatch sealed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        Future<Sealed> write = THREADS.submit(() -> transactions.execute(status -> {
            Sealed value = vault.sealForAuthor(text, "alice", "written while erasing");
            sealed.countDown();
            awaitQuietly(release);
            return value;
        }));
        assertThat(sealed.await(30, TimeUnit.SECONDS)).isTrue();
        Future<?> erase = THREADS.submit(() -> transactions.executeWithoutResult(status ->
                vault.shredder().shredCouple(text.coupleId())));
        // The erasure waits for the write's shared lock.
        await().atMost(Duration.ofSeconds(30)).until(() -> waitingOnLocks() > 0);
        release.countDown();

        Sealed written = write.get(30, TimeUnit.SECONDS);
        erase.get(30, TimeUnit.SECONDS);
        assertThat(keyRows(text.coupleId())).isZero();
        assertThatThrownBy(() -> vault().open(text, written)).isInstanceOf(SealedValueUnreadable.class);
        assertThatThrownBy(() -> vault.open(text, written)).isInstanceOf(SealedValueUnreadable.class);
    }

    @Test
    void a_write_that_waited_for_an_erasure_finds_no_key_and_may_not_make_one() throws Exception {
        jdbc.execute("CREATE TABLE IF NOT EXISTS erased_for_test (couple_id VARCHAR(36) PRIMARY KEY)");
        CoupleKeyVault vault = new CoupleKeyVault(master, new JdbcCoupleKeys(jdbc), couple -> jdbc.queryForObject(
                "SELECT count(*) FROM erased_for_test WHERE couple_id = ?", Integer.class, couple) == 0, 100,
                Duration.ofMinutes(1));
        Aad text = new Aad(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "text");
        // The key is in this instance's cache: the waiting write must not take it from there.
        Sealed before = transactions.execute(status -> vault.seal(text, "before"));
        assertThat(vault.open(text, before)).isEqualTo("before");
        CountDownLatch shredded = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);

        Future<?> erase = THREADS.submit(() -> transactions.executeWithoutResult(status -> {
            vault.shredder().shredCouple(text.coupleId());
            jdbc.update("INSERT INTO erased_for_test (couple_id) VALUES (?)", text.coupleId());
            shredded.countDown();
            awaitQuietly(release);
        }));
        assertThat(shredded.await(30, TimeUnit.SECONDS)).isTrue();
        Future<Sealed> write = THREADS.submit(() -> transactions.execute(status -> vault.seal(text, "too late")));
        await().atMost(Duration.ofSeconds(30)).until(() -> waitingOnLocks() > 0);
        release.countDown();

        erase.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> write.get(30, TimeUnit.SECONDS)).hasCauseInstanceOf(CoupleKeyRefused.class);
        assertThat(keyRows(text.coupleId())).isZero();
        assertThatThrownBy(() -> vault.open(text, before)).isInstanceOf(SealedValueUnreadable.class);
    }

    @Test
    void a_command_that_rolls_back_leaves_no_key_row_and_no_key_in_memory() {
        CoupleKeyVault vault = vault();
        Aad text = new Aad(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "text");

        Sealed sealed = transactions.execute(status -> {
            Sealed value = vault.seal(text, "never written");
            status.setRollbackOnly();
            return value;
        });

        assertThat(keyRows(text.coupleId())).isZero();
        assertThatThrownBy(() -> vault.open(text, sealed)).isInstanceOf(SealedValueUnreadable.class);
        // The next command makes the couple's key afresh, and its values open.
        Sealed kept = transactions.execute(status -> vault.seal(text, "written"));
        assertThat(keyRows(text.coupleId())).isEqualTo(1);
        assertThat(vault.open(text, kept)).isEqualTo("written");
    }

    @Test
    void a_couple_key_is_only_made_inside_a_transaction() {
        CoupleKeyVault vault = vault();

        assertThatThrownBy(() -> vault.seal(new Aad(UUID.randomUUID().toString(), "a", "text"), "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("transaction");
    }

    @Test
    void the_service_refuses_to_start_without_a_well_formed_master_key_naming_the_variable() {
        ApplicationContextRunner runner = runner();

        runner.run(context -> assertThat(deepest(context.getStartupFailure()))
                .hasMessageContaining("HEARTH_MASTER_KEY").hasMessageContaining("missing"));
        runner.withPropertyValues("hearth.crypto.master-key=c2VjcmV0LWJ1dC1zaG9ydA==").run(context ->
                assertThat(deepest(context.getStartupFailure())).hasMessageContaining("HEARTH_MASTER_KEY")
                        .hasMessageNotContaining("c2VjcmV0"));
        runner.withPropertyValues("hearth.crypto.master-key=" + MasterKey.generateBase64()).run(context ->
                assertThat(context).hasNotFailed().hasSingleBean(CoupleKeyVault.class)
                        // With the servlet edge on the classpath, a refused key is answered as couple-not-found.
                        .hasSingleBean(RefusedKeys.class));
    }

    @Test
    void the_service_refuses_to_start_with_another_master_key_than_the_one_that_wrapped_the_stored_keys() {
        String original = MasterKey.generateBase64();
        Aad text = new Aad(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "text");
        CoupleKeyVault vault = new CoupleKeyVault(MasterKey.fromBase64(original), new JdbcCoupleKeys(jdbc), 10,
                Duration.ofMinutes(1));
        transactions.execute(status -> vault.seal(text, "written with the original key"));

        runner().withPropertyValues("hearth.crypto.master-key=" + MasterKey.generateBase64()).run(context ->
                assertThat(deepest(context.getStartupFailure())).hasMessageContaining("HEARTH_MASTER_KEY")
                        .hasMessageContaining("not the master key"));
        runner().withPropertyValues("hearth.crypto.master-key=" + original).run(context ->
                assertThat(context).hasNotFailed());
    }

    private static Throwable deepest(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withBean(DataSource.class, () -> dataSource)
                .withConfiguration(AutoConfigurations.of(HearthCryptoAutoConfiguration.class));
    }

    private CoupleKeyVault vault() {
        return new CoupleKeyVault(master, new JdbcCoupleKeys(jdbc), 100, Duration.ofMinutes(1));
    }

    private static int keyRows(String coupleId) {
        Integer rows = jdbc.queryForObject("SELECT count(*) FROM couple_key WHERE couple_id = ?", Integer.class, coupleId);
        return rows == null ? 0 : rows;
    }

    private static int waitingOnLocks() {
        Integer waiting = jdbc.queryForObject("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'",
                Integer.class);
        return waiting == null ? 0 : waiting;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
