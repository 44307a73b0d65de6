package dev.hearth.platform.health;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * A health component that answers within a fixed time whatever its check does: the check runs on a
 * thread of its own, and one that has not answered in time is DOWN. A database that stalls (a
 * frozen server, a network that drops packets) would otherwise hold the readiness probe for as long
 * as its client waits — Boot's JDBC check waits without a limit — and the orchestrator would see a
 * hung pod instead of an unready one. At most one check per component runs at a time: while a stalled
 * one is still waiting, later probes wait on it too (up to the time) rather than starting more.
 */
public final class TimeBoundHealth implements HealthIndicator {

    private final String name;
    private final HealthIndicator check;
    private final Duration timeout;
    private final Executor executor;
    private @Nullable CompletableFuture<Health> running;

    public TimeBoundHealth(String name, HealthIndicator check, Duration timeout) {
        this.name = name;
        this.check = check;
        this.timeout = timeout;
        this.executor = runnable -> Thread.ofPlatform().daemon().name("health-" + name).start(runnable);
    }

    @Override
    public Health health(boolean includeDetails) {
        return answer(() -> check.health(includeDetails));
    }

    @Override
    public Health health() {
        return answer(check::health);
    }

    private Health answer(Supplier<Health> health) {
        CompletableFuture<Health> result = start(health);
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return Health.down().withDetail("error", name + " did not answer within " + timeout.toMillis() + " ms").build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted").build();
        }
    }

    private synchronized CompletableFuture<Health> start(Supplier<Health> health) {
        CompletableFuture<Health> current = running;
        if (current == null || current.isDone()) {
            current = CompletableFuture.supplyAsync(health, executor);
            running = current;
        }
        return current;
    }
}
