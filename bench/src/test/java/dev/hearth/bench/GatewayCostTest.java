package dev.hearth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hearth.bench.cpu.CpuSampler;
import dev.hearth.bench.cpu.ProcFs;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gateway-cost steps against three real HTTP servers standing in for the gateway, insights-service
 * and commitment-service: each request reaches the server its step names, with or without the token,
 * every answer is counted, and the CPU figures come from {@code /proc} (this JVM plays every process).
 */
class GatewayCostTest {

    private static final double RATE = 100;
    private static final Duration STEP = Duration.ofMillis(500);
    private static final long SENDS_PER_STEP = 50; // 100 requests/s for 0.5 s

    private final List<HttpServer> servers = new ArrayList<>();
    /** "server METHOD path token|anonymous" → requests. */
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Set<String> makeBodies = ConcurrentHashMap.newKeySet();
    private volatile int healthStatus = 200;
    private URI gateway;
    private URI insights;
    private URI commitment;
    private URI bare;

    @BeforeEach
    void startServers() throws IOException {
        gateway = start("gateway", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/actuator/health")) {
                return healthStatus;
            }
            if (!signedIn(exchange)) {
                return 401;
            }
            return path.endsWith("/promises") ? 201 : 200;
        });
        insights = start("insights", exchange -> signedIn(exchange) ? 200 : 401);
        commitment = start("commitment", exchange -> signedIn(exchange) ? 201 : 401);
        bare = start("bare", exchange -> 401);
    }

    @AfterEach
    void stopServers() {
        servers.forEach(server -> server.stop(0));
    }

    private interface Answer {
        int status(HttpExchange exchange) throws IOException;
    }

    private URI start(String name, Answer answer) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!body.isEmpty()) {
                makeBodies.add(name + " " + body);
            }
            requests.computeIfAbsent(name + " " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + (signedIn(exchange) ? "token" : "anonymous"), key -> new AtomicInteger()).incrementAndGet();
            byte[] bytes = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(exchange), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        servers.add(server);
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static boolean signedIn(HttpExchange exchange) {
        return "Bearer token-a1".equals(exchange.getRequestHeaders().getFirst("Authorization"));
    }

    private int count(String key) {
        AtomicInteger count = requests.get(key);
        return count == null ? 0 : count.get();
    }

    private GatewayCost cost(Warnings warnings) {
        long self = ProcessHandle.current().pid();
        CpuSampler cpu = new CpuSampler(ProcFs.SYSTEM,
                () -> Map.of("gateway", Set.of(self), "insights-service", Set.of(self), "commitment-service", Set.of(self),
                        GatewayCost.BARE_NETTY, Set.of(self)),
                self, System::nanoTime);
        List<GatewayCost.Step> steps = GatewayCost.steps(new HearthApi(gateway, 0), new HearthApi(insights, 0), new HearthApi(commitment, 0),
                new HearthApi(bare, 0));
        Couple couple = new Couple("c-1", "a1", "token-a1", "b1", "token-b1", new AtomicLong(), ConcurrentHashMap.newKeySet());
        return new GatewayCost(steps, List.of(couple), cpu, Facts.clockTicksPerSecond(), 0.2, warnings, Duration.ZERO);
    }

    @Test
    void each_step_sends_its_requests_where_it_says_with_or_without_the_token_and_counts_every_answer() {
        Warnings warnings = new Warnings();
        GatewayCost cost = cost(warnings);

        List<GatewayCost.StepResult> results = cost.measure(RATE, STEP, STEP, 2);

        List<String> names = List.of("insights through the gateway", "insights straight", "make through the gateway", "make straight",
                "401 at the gateway", "the gateway's health", "401 from bare Reactor Netty");
        // Even rounds send each pair straight first.
        List<String> secondRound = List.of("insights straight", "insights through the gateway", "make straight", "make through the gateway",
                "401 at the gateway", "the gateway's health", "401 from bare Reactor Netty");
        assertThat(results).extracting(GatewayCost.StepResult::step)
                .containsExactlyElementsOf(Stream.concat(names.stream(), secondRound.stream()).toList());
        assertThat(results).extracting(GatewayCost.StepResult::round).containsExactly(1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2);
        assertThat(results).allSatisfy(result -> {
            assertThat(result.sent()).isEqualTo(SENDS_PER_STEP);
            assertThat(result.expected()).isEqualTo(SENDS_PER_STEP);
            assertThat(result.outcomes()).containsExactly(Map.entry(Integer.toString(result.expectedStatus()), SENDS_PER_STEP));
            assertThat(result.latencyMs().count()).isEqualTo((int) SENDS_PER_STEP);
            assertThat(result.gatewayMsPerRequest()).isFinite().isGreaterThanOrEqualTo(0);
            assertThat(result.serviceMsPerRequest()).isFinite().isGreaterThanOrEqualTo(0);
        });
        assertThat(warnings.all()).noneMatch(warning -> warning.contains("not answered"));

        // The warm-up and two rounds: three times each step's sends, at the server the step names.
        int each = (int) (3 * SENDS_PER_STEP);
        assertThat(count("gateway GET /api/couples/c-1/insights token")).isEqualTo(each);
        assertThat(count("insights GET /api/couples/c-1/insights token")).isEqualTo(each);
        assertThat(count("gateway POST /api/couples/c-1/promises token")).isEqualTo(each);
        assertThat(count("commitment POST /api/couples/c-1/promises token")).isEqualTo(each);
        assertThat(count("gateway GET /api/couples/c-1/insights anonymous")).isEqualTo(each);
        assertThat(count("gateway GET /actuator/health anonymous")).isEqualTo(each);
        assertThat(count("bare GET /api/couples/c-1/insights anonymous")).isEqualTo(each);
        assertThat(requests).hasSize(7);
        // Every make is alice's promise to bob under its own id, straight or through the gateway.
        assertThat(makeBodies).hasSize(6 * (int) SENDS_PER_STEP).allMatch(body -> body.contains("\"promiseeId\":\"b1\""));

        List<GatewayCost.StepMedian> medians = cost.medians(results);
        assertThat(medians).extracting(GatewayCost.StepMedian::step).containsExactlyElementsOf(names);
        assertThat(medians).extracting(GatewayCost.StepMedian::service).containsExactly("insights-service", "insights-service",
                "commitment-service", "commitment-service", "gateway", "gateway", GatewayCost.BARE_NETTY);
        String report = GatewayCost.markdown(new GatewayCost.Result(ZonedDateTime.now().toString(), "test machine", 2,
                LoadCheck.of("0.1 0.2 0.3 1/100 1", 2, 1.5), Map.of(), RATE, STEP, STEP, 2, results, medians, warnings.all()));
        assertThat(report).contains("| insights through the gateway |", "| make straight |", "| 2 | the gateway's health | 50 | 50 | none |")
                .contains("- insights: the gateway ", "- make: the gateway ", "the hop costs", "- the floor: the same 401 costs bare Reactor Netty ");
    }

    @Test
    void answers_other_than_the_expected_status_are_counted_by_status_and_warned_of() {
        healthStatus = 503;
        Warnings warnings = new Warnings();

        List<GatewayCost.StepResult> results = cost(warnings).measure(RATE, Duration.ZERO, STEP, 1);

        GatewayCost.StepResult health = results.get(5);
        assertThat(health.step()).isEqualTo("the gateway's health");
        assertThat(health.expected()).isZero();
        assertThat(health.outcomes()).containsExactly(Map.entry("503", SENDS_PER_STEP));
        assertThat(warnings.all()).containsExactly("the gateway's health: 50 of 50 requests not answered 200: {503=50}");
        assertThat(GatewayCost.markdown(new GatewayCost.Result("now", "test machine", 2, LoadCheck.of("0 0 0", 2, 1.5), Map.of(), RATE,
                STEP, Duration.ZERO, 1, results, List.of(), warnings.all()))).contains("| 1 | the gateway's health | 50 | 0 | {503=50} |");
    }

    @Test
    void odd_rounds_send_each_pair_through_the_gateway_first_and_even_rounds_straight_first() {
        List<GatewayCost.Step> steps = GatewayCost.steps(new HearthApi(gateway, 0), new HearthApi(insights, 0), new HearthApi(commitment, 0),
                new HearthApi(bare, 0));

        assertThat(GatewayCost.inRound(steps, 1)).isEqualTo(steps);
        assertThat(GatewayCost.inRound(steps, 3)).isEqualTo(steps);
        assertThat(GatewayCost.inRound(steps, 2)).containsExactly(steps.get(1), steps.get(0), steps.get(3), steps.get(2), steps.get(4),
                steps.get(5), steps.get(6));
        assertThat(GatewayCost.inRound(steps, 4)).isEqualTo(GatewayCost.inRound(steps, 2));
    }

    @Test
    void the_median_of_the_rounds_is_a_measured_value_and_ignores_figures_not_available() {
        GatewayCost.StepResult a = round(0.5);
        GatewayCost.StepResult b = round(0.3);
        GatewayCost.StepResult c = round(Double.NaN);
        GatewayCost.StepResult d = round(0.4);

        assertThat(GatewayCost.median(List.of(a, b, c, d), GatewayCost.StepResult::gatewayMsPerRequest)).isEqualTo(0.4);
        assertThat(GatewayCost.median(List.of(a, b), GatewayCost.StepResult::gatewayMsPerRequest)).isEqualTo(0.3);
        assertThat(GatewayCost.median(List.of(c), GatewayCost.StepResult::gatewayMsPerRequest)).isNaN();
    }

    private static GatewayCost.StepResult round(double gatewayMs) {
        return new GatewayCost.StepResult("s", 1, 1, 200, 1, Map.of("200", 1L), Percentiles.EMPTY, gatewayMs, 1, 1,
                OtherWork.of(null, 0.2));
    }
}
