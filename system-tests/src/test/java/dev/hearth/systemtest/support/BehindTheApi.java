package dev.hearth.systemtest.support;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import dev.hearth.contracts.Topic;
import dev.hearth.launcher.Endpoints;
import dev.hearth.platform.local.PostgresProbe;
import dev.hearth.platform.test.TopicReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;

/**
 * What rests behind the API of the running platform, read the way an attacker with the disks would:
 * the write services' event stores, every read-model database, the topics and the logs. Scans are
 * fine here; the platform itself never does one.
 */
public final class BehindTheApi {

    public static final List<String> EVENT_STORES = List.of("hearth_journal", "hearth_commitment");
    private static final List<String> STORED_PAYLOADS = List.of("domainevententry", "snapshotevententry");

    private final Endpoints endpoints;

    public BehindTheApi(PlatformUnderTest platform) {
        this.endpoints = platform.endpoints();
    }

    /** Every payload of the event and snapshot tables of both write services, as text. */
    public List<String> storedPayloads() {
        List<String> payloads = new ArrayList<>();
        for (String database : EVENT_STORES) {
            payloads.addAll(storedPayloads(database));
        }
        return payloads;
    }

    /** Every payload of one write service's event and snapshot tables, as text. */
    public List<String> storedPayloads(String database) {
        List<String> payloads = new ArrayList<>();
        for (String table : STORED_PAYLOADS) {
            payloads.addAll(query(database, "SELECT convert_from(payload, 'UTF8') FROM " + table));
        }
        return payloads;
    }

    /** Events in both stores whose payload names the couple. */
    public long eventsOf(String coupleId) {
        return storedPayloads().stream().filter(payload -> payload.contains(coupleId)).count();
    }

    /** Every document of every read-model database, by {@code database.collection:_id}, as JSON. */
    public Map<String, String> viewDocuments(Predicate<String> idMatches) {
        Map<String, String> documents = new TreeMap<>();
        try (MongoClient client = MongoClients.create(endpoints.mongoUri())) {
            for (String name : client.listDatabaseNames()) {
                if (!name.startsWith("hearth_")) {
                    continue;
                }
                MongoDatabase database = client.getDatabase(name);
                for (String collection : database.listCollectionNames()) {
                    for (Document document : database.getCollection(collection).find()) {
                        String id = String.valueOf(document.get("_id"));
                        if (idMatches.test(id)) {
                            documents.put(name + "." + collection + ":" + id, document.toJson());
                        }
                    }
                }
            }
        }
        return documents;
    }

    /** Every record of a topic now, keyed by the couple or not. */
    public List<ConsumerRecord<String, byte[]>> records(Topic topic) {
        return TopicReader.readAll(endpoints.kafkaBootstrapServers(), topic.topicName(), Duration.ofSeconds(30));
    }

    /** Reads a topic until the condition holds on its records (or 30 s passed), and answers them. */
    public List<ConsumerRecord<String, byte[]>> recordsUntil(Topic topic,
                                                            Predicate<? super List<ConsumerRecord<String, byte[]>>> until) {
        return TopicReader.readUntil(endpoints.kafkaBootstrapServers(), topic.topicName(), Duration.ofSeconds(30), until);
    }

    /** A record's value and headers, as text. */
    public static String text(ConsumerRecord<String, byte[]> record) {
        return new String(record.value(), StandardCharsets.UTF_8) + " " + TopicReader.headers(record);
    }

    /** Every log file of the platform (services, servers and the broker), as text. */
    public Map<Path, String> logs() {
        Map<Path, String> logs = new TreeMap<>();
        List<Path> directories = List.of(endpoints.logsDirectory(), endpoints.home().kafkaDirectory());
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.filter(Files::isRegularFile).filter(path -> path.toString().endsWith(".log")).toList()) {
                    logs.put(file, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the logs under " + directory, e);
            }
        }
        return logs;
    }

    private List<String> query(String database, String sql) {
        try (Connection connection = DriverManager.getConnection(endpoints.jdbcUrl(database), PostgresProbe.USER,
                PostgresProbe.PASSWORD);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + database + ": " + e.getMessage(), e);
        }
    }
}
