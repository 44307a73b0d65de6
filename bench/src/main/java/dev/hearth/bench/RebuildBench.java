package dev.hearth.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * {@code ./hearth bench --rebuild}: times a rebuild of insights' views on the running platform. It
 * starts a second insights-service exactly as the running one was started (its command line and
 * environment, read from {@code /proc}), on a free port, with {@code HEARTH_VIEWS_GENERATION} set:
 * that process builds every view again from the topics' first records into side collections through
 * its own consumer groups, leaving the live views alone. Each view reports when it caught up and how
 * many records it read ({@code hearth_view_build_seconds}, {@code hearth_view_build_records}); the
 * process is then stopped and its collections, consumer groups and dead-letter topics removed.
 */
final class RebuildBench {

    /** Every Kafka-fed view of insights (each its own consumer group and side collection). */
    static final List<String> VIEWS = List.of("insights-couples", "insights-trust", "insights-commitment-weeks",
            "insights-journal-weeks", "insights-journal-state");
    private static final Duration LIMIT = Duration.ofMinutes(30);

    private final BenchOptions options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    RebuildBench(BenchOptions options) {
        this.options = options;
    }

    /**
     * One view's rebuild: all of it, as the view timed it, and its second half alone (timed here from
     * its progress gauge), when the rebuilding JVM's JIT compilers have mostly done their work: on two
     * cores they take about half the machine during the first seconds of a fresh JVM, which a short
     * rebuild pays in full and a long one hardly at all.
     */
    record ViewRebuild(String view, long records, double seconds, double secondHalfPerSecond) {
        double recordsPerSecond() {
            return seconds > 0 ? records / seconds : Double.NaN;
        }
    }

    /** A view's progress as scraped: when (this JVM's clock) and how many records it had read. */
    record Progress(long nanos, double read) {
    }

    /**
     * Records per second between the first scrape at or past half the records and the first scrape
     * after the view caught up; NaN when the scrapes are too few to tell.
     */
    static double secondHalfRate(List<Progress> progress, long records, long caughtUpNanos) {
        Progress half = progress.stream().filter(p -> p.read() >= records / 2.0).findFirst().orElse(null);
        if (half == null || caughtUpNanos <= half.nanos() || records - half.read() <= 0) {
            return Double.NaN;
        }
        return (records - half.read()) / ((caughtUpNanos - half.nanos()) / 1e9);
    }

    void run() throws Exception {
        Path run = options.home().resolve("run");
        long pid = Long.parseLong(Files.readString(run.resolve("insights-service.pid")).strip().split("\\s+")[0]);
        List<String> command = nulSeparated(Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"), StandardCharsets.ISO_8859_1));
        Map<String, String> environment = environment(Files.readString(Path.of("/proc", Long.toString(pid), "environ"), StandardCharsets.ISO_8859_1));
        String generation = "rebuild" + System.currentTimeMillis() / 1000;
        int port = freePort();
        command.add("--server.port=" + port);
        environment.put("HEARTH_VIEWS_GENERATION", generation);
        environment.put("INSIGHTS_PORT", Integer.toString(port));

        Path log = options.home().resolve("logs").resolve("insights-" + generation + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        System.out.printf("rebuild: a second insights-service (generation %s) on port %d, log %s%n", generation, port, log);
        Process process = builder.start();
        List<ViewRebuild> rebuilt;
        try {
            rebuilt = await(port, process);
        } finally {
            ChildProcesses.stop(process, Duration.ofSeconds(30));
            cleanUp(generation);
        }
        report(rebuilt);
    }

    private List<ViewRebuild> await(int port, Process process) throws Exception {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        URI metrics = URI.create("http://localhost:" + port + "/actuator/prometheus");
        Map<String, List<Progress>> progress = new LinkedHashMap<>();
        Map<String, Long> caughtUpAt = new LinkedHashMap<>();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the rebuilding insights-service exited with " + process.exitValue());
            }
            Optional<String> exposition = scrape(metrics);
            long scraped = System.nanoTime();
            if (exposition.isPresent()) {
                List<ViewRebuild> views = new ArrayList<>();
                for (String view : VIEWS) {
                    double seconds = value(exposition.get(), "hearth_view_build_seconds", view);
                    double records = value(exposition.get(), "hearth_view_build_records", view);
                    double read = value(exposition.get(), "hearth_view_build_records_read", view);
                    if (!Double.isNaN(read)) {
                        progress.computeIfAbsent(view, v -> new ArrayList<>()).add(new Progress(scraped, read));
                    }
                    if (!Double.isNaN(seconds) && !Double.isNaN(records)) {
                        long caughtUp = caughtUpAt.computeIfAbsent(view, v -> scraped);
                        views.add(new ViewRebuild(view, (long) records, seconds,
                                secondHalfRate(progress.getOrDefault(view, List.of()), (long) records, caughtUp)));
                    }
                }
                if (views.size() == VIEWS.size()) {
                    return views;
                }
            }
            // Often enough to time a second half of a few seconds within a few per cent.
            Thread.sleep(50);
        }
        throw new IllegalStateException("the views were not rebuilt within " + LIMIT);
    }

    private Optional<String> scrape(URI metrics) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static double value(String exposition, String metric, String view) {
        return Prometheus.samples(exposition, metric).stream()
                .filter(sample -> view.equals(sample.labels().get("view")))
                .mapToDouble(Prometheus.Sample::value).findFirst().orElse(Double.NaN);
    }

    private void cleanUp(String generation) {
        try (MongoClient mongo = MongoClients.create(options.mongoUri())) {
            MongoDatabase insights = mongo.getDatabase("hearth_insights");
            for (String name : insights.listCollectionNames()) {
                if (name.endsWith("_" + generation)) {
                    insights.getCollection(name).drop();
                }
            }
        } catch (RuntimeException e) {
            System.err.println("rebuild: could not drop the side collections: " + e);
        }
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, options.kafkaBootstrap());
        try (Admin kafka = Admin.create(admin)) {
            List<String> groups = kafka.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
                    .map(listing -> listing.groupId()).filter(group -> group.endsWith("-" + generation)).toList();
            if (!groups.isEmpty()) {
                kafka.deleteConsumerGroups(groups).all().get(30, TimeUnit.SECONDS);
            }
            List<String> topics = kafka.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(topic -> topic.contains("-" + generation + "-dlt")).toList();
            if (!topics.isEmpty()) {
                kafka.deleteTopics(topics).all().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            System.err.println("rebuild: could not remove the side consumer groups and dead-letter topics: " + e);
        }
    }

    private static void report(List<ViewRebuild> rebuilt) {
        System.out.println();
        System.out.println("| view | records read | seconds | records/s | records/s, second half |");
        System.out.println("|---|---|---|---|---|");
        long records = 0;
        double slowest = 0;
        for (ViewRebuild view : rebuilt) {
            System.out.printf("| %s | %d | %.2f | %.0f | %.0f |%n", view.view(), view.records(), view.seconds(),
                    view.recordsPerSecond(), view.secondHalfPerSecond());
            records += view.records();
            slowest = Math.max(slowest, view.seconds());
        }
        System.out.printf("| all views, side by side | %d | %.2f | %.0f | |%n", records, slowest,
                slowest > 0 ? records / slowest : Double.NaN);
        System.out.println();
        System.out.println("(Each view runs its own consumer; seconds count from its first partitions to having read"
                + " everything there was then. JVM start-up is not included; the JIT compilers' warm-up is, and it"
                + " weighs on a short rebuild: the second half (timed from the views' progress, scraped every 50 ms)"
                + " shows the rate once it has mostly passed. NaN: too few records to tell.)");
    }

    static List<String> nulSeparated(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split("\0")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    static Map<String, String> environment(String environ) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (String entry : nulSeparated(environ)) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                environment.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        return environment;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
