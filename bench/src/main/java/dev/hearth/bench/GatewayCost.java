package dev.hearth.bench;

import dev.hearth.bench.cpu.CpuAccount;
import dev.hearth.bench.cpu.CpuSample;
import dev.hearth.bench.cpu.CpuSampler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * {@code ./hearth bench --gateway-cost}: what the gateway itself costs per request, through it and
 * straight to the service behind it in the same run. Each round sends the same requests step after
 * step, each step an open loop at one rate: a couple's insights and a make, each once through the
 * gateway and once straight to its service (which checks the token itself), then two the gateway
 * answers alone (a 401 and its own health), and last the same 401 from a bare Reactor Netty server
 * ({@link BareNetty}): what a request costs on the gateway's transport with nothing of Spring. A
 * step's CPU per request comes from {@code /proc}: the gateway's process, the service's, and the
 * machine's less the bench's own. The gateway's CPU per
 * request in a "through" step is its cost per proxied request; the machine's "through" less its
 * "straight" is what the hop costs in all (the gateway and the kernel's loopback work on both sides).
 */
final class GatewayCost {

    /** Between steps, unmeasured: a make's asynchronous work (the views, the publisher) ends within it. */
    static final Duration SETTLE = Duration.ofSeconds(2);
    private static final Duration ANSWERS_LIMIT = Duration.ofSeconds(60);

    /** One kind of request: where it goes, which service answers it, and the status that means success. */
    record Step(String name, String service, int expectedStatus, Function<Couple, CompletableFuture<HearthApi.Response>> request) {
    }

    /**
     * A step of one round: requests sent and answered with the expected status, every outcome by status
     * or failure, latency (ms, from the scheduled send), and CPU-ms per request of the gateway, of the
     * service and of the whole machine less the bench.
     */
    record StepResult(String step, int round, long sent, int expectedStatus, long expected, Map<String, Long> outcomes, Percentiles latencyMs,
                      double gatewayMsPerRequest, double serviceMsPerRequest, double machineMsPerRequest, OtherWork otherWork) {
    }

    /** A step's medians over the rounds (the measure to read; the rounds' spread is in {@code steps}). */
    record StepMedian(String step, String service, double gatewayMsPerRequest, double serviceMsPerRequest,
                      double machineMsPerRequest, double p50Ms, double p99Ms) {
    }

    /** The whole result, as {@code --json} writes it. */
    record Result(String date, String machine, int cores, LoadCheck loadAtStart, Map<String, String> jvmFlags,
                  double requestsPerSecond, Duration stepDuration, Duration stepWarmup, int rounds, List<StepResult> steps,
                  List<StepMedian> medians, List<String> warnings) {
    }

    private final List<Step> steps;
    private final List<Couple> couples;
    private final CpuSampler cpu;
    private final long clockTicks;
    private final double otherWorkLimit;
    private final Warnings warnings;
    private final Duration settle;

    GatewayCost(List<Step> steps, List<Couple> couples, CpuSampler cpu, long clockTicks, double otherWorkLimit, Warnings warnings,
                Duration settle) {
        this.steps = List.copyOf(steps);
        this.couples = List.copyOf(couples);
        this.cpu = cpu;
        this.clockTicks = clockTicks;
        this.otherWorkLimit = otherWorkLimit;
        this.warnings = warnings;
        this.settle = settle;
    }

    /** How many through-and-straight pairs open {@link #steps}: insights, then a make. */
    static final int PAIRS = 2;

    /** The component name of {@link BareNetty}'s child JVM in the CPU samples. */
    static final String BARE_NETTY = "bare-netty";

    /**
     * The seven steps, over the gateway's API, the two services' own, and a bare Reactor Netty server
     * ({@link BareNetty}): the machine's floor for a request on the gateway's transport.
     */
    static List<Step> steps(HearthApi gateway, HearthApi insights, HearthApi commitment, HearthApi bareNetty) {
        return List.of(
                new Step("insights through the gateway", "insights-service", 200, gateway::insights),
                new Step("insights straight", "insights-service", 200, insights::insights),
                new Step("make through the gateway", "commitment-service", 201, gateway::makePromise),
                new Step("make straight", "commitment-service", 201, commitment::makePromise),
                new Step("401 at the gateway", "gateway", 401, couple -> gateway.getAnonymously("/api/couples/" + couple.id() + "/insights")),
                new Step("the gateway's health", "gateway", 200, couple -> gateway.getAnonymously("/actuator/health")),
                new Step("401 from bare Reactor Netty", BARE_NETTY, 401,
                        couple -> bareNetty.getAnonymously("/api/couples/" + couple.id() + "/insights")));
    }

    /**
     * First every step for {@code warmup}, unmeasured (the JIT), then {@code rounds} rounds of every step
     * for {@code duration} each, at {@code requestsPerSecond}.
     */
    List<StepResult> measure(double requestsPerSecond, Duration warmup, Duration duration, int rounds) {
        if (!warmup.isZero()) {
            for (Step step : steps) {
                send(step, requestsPerSecond, warmup, false);
                Threads.sleep(settle);
            }
            System.out.printf("  warm-up: every step for %.0f s%n", warmup.toMillis() / 1e3);
        }
        List<StepResult> results = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (Step step : inRound(steps, round)) {
                CpuSample start = cpu.sample();
                Sent sent = send(step, requestsPerSecond, duration, true);
                CpuSample end = cpu.sample();
                StepResult result = result(step, round, sent, CpuAccount.between(start, end, sent.expected(), clockTicks));
                if (result.otherWork().busy()) {
                    warnings.warn("round " + round + ", " + step.name() + ": " + result.otherWork().describe());
                }
                System.out.println(line(result));
                results.add(result);
                Threads.sleep(settle);
            }
        }
        return results;
    }

    /**
     * The steps in the order of a round. The first {@link #PAIRS} pairs of {@link #steps} are the same
     * request through the gateway and straight; even rounds send each pair straight first, so that
     * neither side always runs right after the other (whatever a JVM still compiles, or a make's work
     * that outlasts the pause, then lands on both sides alike: with a fixed order it always fell on the
     * first, the gateway's).
     */
    static List<Step> inRound(List<Step> steps, int round) {
        List<Step> ordered = new ArrayList<>(steps);
        if (round % 2 == 0) {
            for (int pair = 0; pair < PAIRS && 2 * pair + 1 < ordered.size(); pair++) {
                Collections.swap(ordered, 2 * pair, 2 * pair + 1);
            }
        }
        return ordered;
    }

    /** What a step's requests came to: how many were sent, answered as expected, every outcome, every latency. */
    private record Sent(long sent, long expected, Map<String, Long> outcomes, Percentiles latencyMs) {
    }

    private Sent send(Step step, double requestsPerSecond, Duration duration, boolean measured) {
        OpenLoop loop = new OpenLoop(requestsPerSecond, OpenLoop.SYSTEM);
        Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        List<CompletableFuture<?>> calls = new ArrayList<>();
        AtomicLong sent = new AtomicLong();
        loop.run(loop.now(), duration, due -> {
            Couple couple = couples.get((int) (sent.getAndIncrement() % couples.size()));
            calls.add(step.request().apply(couple).whenComplete((response, failure) -> {
                latencies.add(OpenLoop.latencyNanos(due, System.nanoTime()) / 1e6);
                outcomes.computeIfAbsent(HearthApi.outcome(response, failure), outcome -> new AtomicLong()).incrementAndGet();
            }));
        });
        try {
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).handle((ok, failure) -> null)
                    .get(ANSWERS_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            warnings.warn(step.name() + ": not every answer came within " + ANSWERS_LIMIT.toSeconds() + " s");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        outcomes.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> counts.put(entry.getKey(), entry.getValue().get()));
        long expected = counts.getOrDefault(Integer.toString(step.expectedStatus()), 0L);
        if (measured && expected < sent.get()) {
            warnings.warn(step.name() + ": " + (sent.get() - expected) + " of " + sent.get() + " requests not answered "
                    + step.expectedStatus() + ": " + counts);
        }
        synchronized (latencies) {
            return new Sent(sent.get(), expected, counts, Percentiles.of(latencies));
        }
    }

    private StepResult result(Step step, int round, Sent sent, CpuAccount account) {
        return new StepResult(step.name(), round, sent.sent(), step.expectedStatus(), sent.expected(), sent.outcomes(), sent.latencyMs(),
                perRequest(account, "gateway"), perRequest(account, step.service()), account.msPerCommand(),
                OtherWork.of(account, otherWorkLimit));
    }

    private static double perRequest(CpuAccount account, String component) {
        return account.processes().stream().filter(process -> process.name().equals(component))
                .mapToDouble(CpuAccount.ProcessCpu::msPerCommand).findFirst().orElse(Double.NaN);
    }

    /** Each step's medians over its rounds, in the order of the steps. */
    List<StepMedian> medians(List<StepResult> results) {
        List<StepMedian> medians = new ArrayList<>();
        for (Step step : steps) {
            List<StepResult> rounds = results.stream().filter(result -> result.step().equals(step.name())).toList();
            if (rounds.isEmpty()) {
                continue;
            }
            medians.add(new StepMedian(step.name(), step.service(),
                    median(rounds, StepResult::gatewayMsPerRequest), median(rounds, StepResult::serviceMsPerRequest),
                    median(rounds, StepResult::machineMsPerRequest), median(rounds, result -> result.latencyMs().p50()),
                    median(rounds, result -> result.latencyMs().p99())));
        }
        return medians;
    }

    /**
     * The median of a figure over rounds by nearest rank, as {@link Percentiles} reads p50 (the lower
     * middle of an even count: a value that was measured).
     */
    static double median(List<StepResult> rounds, ToDoubleFunction<StepResult> figure) {
        double[] values = rounds.stream().mapToDouble(figure).filter(value -> !Double.isNaN(value)).sorted().toArray();
        return values.length == 0 ? Double.NaN : Percentiles.rank(values, 0.50);
    }

    static String line(StepResult result) {
        return String.format(Locale.ROOT, "  round %d, %-28s %6d sent, %6d as expected, p50/p99 %s/%s ms;"
                        + " CPU-ms per request: gateway %s, service %s, machine %s; %s",
                result.round(), result.step(), result.sent(), result.expected(), Report.number(result.latencyMs().p50()),
                Report.number(result.latencyMs().p99()), ms(result.gatewayMsPerRequest()), ms(result.serviceMsPerRequest()),
                ms(result.machineMsPerRequest()), result.otherWork().describe());
    }

    /** The Markdown table of docs/benchmarks.md: each step's medians, then the spread of every round. */
    static String markdown(Result result) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "### Hearth bench, the gateway's cost, %s%n%n", result.date()));
        out.append(String.format(Locale.ROOT, "Each step %s requests/s open loop for %s s, %d rounds after %s s of every step unmeasured;"
                        + " CPU-ms per request answered as expected, from `/proc`.%n%n", Report.number(result.requestsPerSecond()),
                Report.number(result.stepDuration().toMillis() / 1e3), result.rounds(), Report.number(result.stepWarmup().toMillis() / 1e3)));
        out.append("- Machine: ").append(result.machine()).append('\n');
        out.append("- Load at the start: ").append(result.loadAtStart().describe()).append('\n');
        result.jvmFlags().forEach((component, flags) -> out.append("- ").append(component).append(" JVM: `").append(flags).append("`\n"));
        if (!result.warnings().isEmpty()) {
            out.append("\n**Warnings:**\n");
            result.warnings().forEach(warning -> out.append("- ").append(warning).append('\n'));
        }
        out.append("\n| step (median of the rounds) | gateway, CPU-ms per request | its service | service, CPU-ms per request"
                + " | machine less bench, CPU-ms per request | p50 / p99, ms |\n|---|---|---|---|---|---|\n");
        for (StepMedian median : result.medians()) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s / %s |%n", median.step(), ms(median.gatewayMsPerRequest()),
                    median.service(), median.service().equals("gateway") ? "—" : ms(median.serviceMsPerRequest()),
                    ms(median.machineMsPerRequest()), Report.number(median.p50Ms()), Report.number(median.p99Ms())));
        }
        for (String request : List.of("insights", "make")) {
            StepMedian through = find(result.medians(), request + " through the gateway");
            StepMedian straight = find(result.medians(), request + " straight");
            if (through != null && straight != null) {
                out.append(String.format(Locale.ROOT, "%n- %s: the gateway %s CPU-ms per proxied request; the machine %s through it,"
                                + " %s straight: the hop costs %s in all.", request, ms(through.gatewayMsPerRequest()),
                        ms(through.machineMsPerRequest()), ms(straight.machineMsPerRequest()),
                        ms(through.machineMsPerRequest() - straight.machineMsPerRequest())));
            }
        }
        StepMedian gateway401 = find(result.medians(), "401 at the gateway");
        StepMedian bare401 = find(result.medians(), "401 from bare Reactor Netty");
        if (gateway401 != null && bare401 != null) {
            out.append(String.format(Locale.ROOT, "%n- the floor: the same 401 costs bare Reactor Netty %s CPU-ms, the gateway %s.",
                    ms(bare401.serviceMsPerRequest()), ms(gateway401.gatewayMsPerRequest())));
        }
        out.append("\n\n| round | step | sent | as expected | other outcomes | p50 / p99, ms | gateway | service | machine less bench |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (StepResult step : result.steps()) {
            Map<String, Long> others = new LinkedHashMap<>(step.outcomes());
            others.remove(Integer.toString(step.expectedStatus()));
            out.append(String.format(Locale.ROOT, "| %d | %s | %d | %d | %s | %s / %s | %s | %s | %s |%n", step.round(), step.step(),
                    step.sent(), step.expected(), others.isEmpty() ? "none" : others.toString(),
                    Report.number(step.latencyMs().p50()), Report.number(step.latencyMs().p99()), ms(step.gatewayMsPerRequest()),
                    ms(step.serviceMsPerRequest()), ms(step.machineMsPerRequest())));
        }
        return out.toString();
    }

    private static @Nullable StepMedian find(List<StepMedian> medians, String step) {
        return medians.stream().filter(median -> median.step().equals(step)).findFirst().orElse(null);
    }

    /** CPU-ms per request to the microsecond: the gateway's figures are fractions of a millisecond. */
    static String ms(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
    }
}
