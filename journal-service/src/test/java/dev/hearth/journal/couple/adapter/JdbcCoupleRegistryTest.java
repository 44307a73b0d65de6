package dev.hearth.journal.couple.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearth.platform.crypto.Aad;
import dev.hearth.platform.crypto.Sealed;
import dev.hearth.platform.crypto.SealedValueUnreadable;
import dev.hearth.platform.crypto.keys.CoupleKeyRefused;
import dev.hearth.platform.crypto.keys.CoupleKeyShredder;
import dev.hearth.platform.crypto.keys.CoupleKeyVault;
import dev.hearth.platform.crypto.keys.JdbcCoupleKeys;
import dev.hearth.platform.crypto.keys.MasterKey;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import dev.hearth.platform.test.TestPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** The registry against a real PostgreSQL, including two transactions racing for one user. */
class JdbcCoupleRegistryTest {

    /** Threads of their own: the common pool may have a single worker on two cores, which would serialize the race. */
    private static final ExecutorService CONCURRENTLY = Executors.newCachedThreadPool();

    private static JdbcTemplate jdbc;
    private static TransactionTemplate transactions;
    private static JdbcCoupleRegistry registry;
    private static CoupleKeyVault vault;

    private final String user = "user-" + UUID.randomUUID();

    @BeforeAll
    static void database() {
        var dataSource = new DriverManagerDataSource(
                TestPostgres.jdbcUrl("journal_registry_test"), TestPostgres.username(), TestPostgres.password());
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        // The vault asks a registry as its guard, which needs no shredder; the registry under test shreds with the vault.
        vault = new CoupleKeyVault(MasterKey.fromBase64(MasterKey.generateBase64()), new JdbcCoupleKeys(jdbc),
                new JdbcCoupleRegistry(jdbc, new StaticListableBeanFactory().getBeanProvider(CoupleKeyShredder.class)), 100,
                Duration.ofMinutes(1));
        registry = new JdbcCoupleRegistry(jdbc, new StaticListableBeanFactory(Map.of("keys", vault.shredder()))
                .getBeanProvider(CoupleKeyShredder.class));
    }

    @Test
    void leaving_and_erasing_change_the_rows_with_their_transaction_or_not_at_all() {
        String couple = UUID.randomUUID().toString();
        String partner = "partner-" + UUID.randomUUID();
        Aad text = new Aad(couple, "entry", "text");
        Sealed[] sealed = transactions.execute(status -> {
            registry.enrol(user, couple);
            registry.enrol(partner, couple);
            registry.recordInvite("%064x".formatted(UUID.randomUUID().getLeastSignificantBits() & Long.MAX_VALUE), couple,
                    Instant.parse("2026-03-08T10:00:00Z"));
            return new Sealed[] {vault.seal(text, "ours"), vault.sealForAuthor(text, user, "mine")};
        });

        transactions.executeWithoutResult(status -> {
            registry.leave(couple, user);
            status.setRollbackOnly();
        });
        assertThat(rows(couple)).containsExactly(2, 2, 1, 2, 0);

        transactions.executeWithoutResult(status -> registry.leave(couple, user));
        assertThat(rows(couple)).as("members, partners, invites, keys, departed").containsExactly(0, 2, 0, 1, 1);
        assertThat(registry.isMember(couple, user)).isFalse();
        assertThat(registry.isMember(couple, partner)).isTrue();
        assertThat(registry.isClosed(couple)).isTrue();
        assertThat(registry.mayCreateKey(couple)).isFalse();
        assertThatThrownBy(() -> vault.open(text, sealed[1])).isInstanceOf(SealedValueUnreadable.class);
        assertThat(vault.open(text, sealed[0])).isEqualTo("ours");

        transactions.executeWithoutResult(status -> registry.erase(couple));
        assertThat(rows(couple)).containsExactly(0, 0, 0, 0, 0);
        assertThat(registry.isMember(couple, partner)).isFalse();
        assertThatThrownBy(() -> vault.open(text, sealed[0])).isInstanceOf(SealedValueUnreadable.class);
        // A write that comes after finds no key and may not make one.
        assertThatThrownBy(() -> transactions.execute(status -> vault.seal(text, "too late")))
                .isInstanceOf(CoupleKeyRefused.class);
    }

    @Test
    void an_entry_write_racing_an_erasure_commits_first_and_is_shredded_or_waits_and_is_refused() throws Exception {
        for (boolean writeFirst : List.of(true, false)) {
            String couple = UUID.randomUUID().toString();
            String author = "author-" + UUID.randomUUID();
            Aad text = new Aad(couple, "entry", "text");
            transactions.executeWithoutResult(status -> {
                registry.enrol(author, couple);
                vault.seal(text, "the couple's key exists");
            });
            var first = new CountDownLatch(1);
            var release = new CountDownLatch(1);
            CompletableFuture<Sealed> write;
            CompletableFuture<Void> erase;
            if (writeFirst) {
                write = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
                    Sealed sealed = vault.sealForAuthor(text, author, "written while erasing");
                    first.countDown();
                    await(release);
                    return sealed;
                }), CONCURRENTLY);
                assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
                erase = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> registry.erase(couple)),
                        CONCURRENTLY);
            } else {
                erase = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
                    registry.erase(couple);
                    first.countDown();
                    await(release);
                }), CONCURRENTLY);
                assertThat(first.await(10, TimeUnit.SECONDS)).isTrue();
                write = CompletableFuture.supplyAsync(() -> transactions.execute(status ->
                        vault.sealForAuthor(text, author, "written while erasing")), CONCURRENTLY);
            }
            awaitSomeoneBlockedOn("SELECT pg_advisory_xact_lock");
            release.countDown();

            erase.get(10, TimeUnit.SECONDS);
            if (writeFirst) {
                Sealed written = write.get(10, TimeUnit.SECONDS);
                assertThatThrownBy(() -> vault.open(text, written)).isInstanceOf(SealedValueUnreadable.class);
            } else {
                assertThat(write).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(Exception.class)
                        .havingRootCause().isInstanceOf(CoupleKeyRefused.class);
            }
            assertThat(rows(couple)).as("write first: %s", writeFirst).containsExactly(0, 0, 0, 0, 0);
        }
    }

    private static List<Integer> rows(String couple) {
        return Stream.of("SELECT count(*) FROM couple_member WHERE couple_id = ?",
                        "SELECT count(*) FROM couple_partner WHERE couple_id = ?",
                        "SELECT count(*) FROM couple_invite WHERE couple_id = ?",
                        "SELECT count(*) FROM couple_key WHERE couple_id = ?",
                        "SELECT count(*) FROM couple_partner WHERE couple_id = ? AND left_at IS NOT NULL")
                .map(sql -> jdbc.queryForObject(sql, Integer.class, couple)).toList();
    }

    @Test
    void a_user_enrolled_in_one_couple_cannot_be_enrolled_in_another() {
        registry.enrol(user, "couple-1");

        assertThatThrownBy(() -> registry.enrol(user, "couple-2"))
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.type()).isEqualTo(ProblemType.ALREADY_IN_COUPLE));
        assertThat(coupleOf(user)).isEqualTo("couple-1");
    }

    @Test
    void an_enrolment_rolled_back_with_its_command_leaves_the_user_free() {
        transactions.executeWithoutResult(status -> {
            registry.enrol(user, "couple-1");
            status.setRollbackOnly();
        });

        registry.enrol(user, "couple-2");

        assertThat(coupleOf(user)).isEqualTo("couple-2");
    }

    @Test
    void of_two_transactions_racing_to_enrol_one_user_the_second_waits_and_is_rejected() throws Exception {
        var firstEnrolled = new CountDownLatch(1);
        var commitFirst = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
            registry.enrol(user, "couple-1");
            firstEnrolled.countDown();
            await(commitFirst);
        }), CONCURRENTLY);
        assertThat(firstEnrolled.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> second = CompletableFuture.runAsync(
                () -> transactions.executeWithoutResult(status -> registry.enrol(user, "couple-2")), CONCURRENTLY);
        awaitSomeoneBlockedOnALock();
        commitFirst.countDown();

        first.get(10, TimeUnit.SECONDS);
        assertThat(second).failsWithin(Duration.ofSeconds(10)).withThrowableOfType(Exception.class)
                .havingRootCause()
                .isInstanceOfSatisfying(Rejection.class, r -> assertThat(r.type()).isEqualTo(ProblemType.ALREADY_IN_COUPLE));
        assertThat(coupleOf(user)).isEqualTo("couple-1");
    }

    @Test
    void an_invite_is_found_by_the_hash_of_its_code() {
        String hash = "%064x".formatted(UUID.randomUUID().getMostSignificantBits() & Long.MAX_VALUE);

        registry.recordInvite(hash, "couple-1", Instant.parse("2026-03-08T10:00:00Z"));

        assertThat(registry.coupleOfInvite(hash)).contains("couple-1");
        assertThat(registry.coupleOfInvite("0".repeat(64))).isEmpty();
    }

    private static String coupleOf(String user) {
        return jdbc.queryForObject("SELECT couple_id FROM couple_member WHERE user_id = ?", String.class, user);
    }

    /** The second insert must really be waiting on the first one's uncommitted row, not merely scheduled. */
    private static void awaitSomeoneBlockedOnALock() throws InterruptedException {
        awaitSomeoneBlockedOn("INSERT INTO couple_member");
    }

    /** A statement starting so really waits on a lock of another transaction. */
    private static void awaitSomeoneBlockedOn(String statement) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Integer waiting = jdbc.queryForObject(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE ?",
                    Integer.class, statement + "%");
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second transaction never waited for the first");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
