package dev.hearth.bench.stages;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * Appends to a copy of Axon's event table in a scratch database on the platform's PostgreSQL: one
 * insert per transaction with synchronous commit on (what a command's append costs), and batches
 * of inserts per transaction (what a replay or a bulk import costs). The scratch database is
 * dropped afterwards.
 */
public final class PostgresAppendStage {

    /** {@code domainevententry} as {@code platform/axon}'s V1__axon_storage.sql creates it. */
    static final String EVENT_TABLE = """
            CREATE TABLE domainevententry (
                globalindex         BIGSERIAL    NOT NULL,
                aggregateidentifier VARCHAR(255) NOT NULL,
                sequencenumber      BIGINT       NOT NULL,
                type                VARCHAR(255),
                eventidentifier     VARCHAR(255) NOT NULL,
                metadata            BYTEA,
                payload             BYTEA        NOT NULL,
                payloadrevision     VARCHAR(255),
                payloadtype         VARCHAR(255) NOT NULL,
                timestamp           VARCHAR(255) NOT NULL,
                PRIMARY KEY (globalindex),
                UNIQUE (aggregateidentifier, sequencenumber),
                UNIQUE (eventidentifier)
            )""";

    /** The columns Axon's JDBC storage engine writes on an append. */
    private static final String INSERT = "INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber,"
            + " type, timestamp, payloadtype, payloadrevision, payload, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Sizes of an event when the store has none to sample (a made promise as stored today). */
    private static final int DEFAULT_PAYLOAD_BYTES = 300;
    private static final int DEFAULT_METADATA_BYTES = 150;

    private final String host;
    private final int port;
    private final Properties credentials = new Properties();
    private final String scratch;
    private final Cleanups cleanups;

    public PostgresAppendStage(String host, int port, String user, String password, String runId, Cleanups cleanups) {
        this.host = host;
        this.port = port;
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        credentials.setProperty("connectTimeout", "5");
        credentials.setProperty("socketTimeout", "60");
        this.scratch = "hearth_bench_scratch_" + runId.replaceAll("[^a-z0-9]", "");
        this.cleanups = cleanups;
    }

    /** @param sampleDatabase a write service's database whose newest events give the payload sizes */
    public List<StageResult> run(Duration each, int concurrency, int batch, String sampleDatabase) {
        String single = "PostgreSQL append, 1 insert/tx";
        String batched = "PostgreSQL append, " + batch + " inserts/tx";
        Runnable drop;
        String settings;
        int[] sizes;
        try {
            sizes = eventSizes(sampleDatabase);
            try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + scratch);
            }
            drop = cleanups.register("the scratch database " + scratch, () -> {
                try (Connection admin = connect("postgres"); Statement statement = admin.createStatement()) {
                    statement.execute("DROP DATABASE IF EXISTS " + scratch + " WITH (FORCE)");
                }
            });
            try (Connection connection = connect(scratch); Statement statement = connection.createStatement()) {
                statement.execute(EVENT_TABLE);
                settings = "fsync=" + show(statement, "fsync") + ", synchronous_commit=" + show(statement, "synchronous_commit");
            }
        } catch (SQLException e) {
            return List.of(StageResult.failed(single, "insert", true, concurrency, "scratch database " + scratch, e),
                    StageResult.failed(batched, "insert", false, concurrency, "scratch database " + scratch, e));
        }
        String note = String.format(Locale.ROOT, "scratch database %s; %s; payload %d B, metadata %d B", scratch, settings,
                sizes[0], sizes[1]);
        List<StageResult> results = new ArrayList<>();
        try {
            results.add(measure(single, true, concurrency, each, 1, sizes, note));
            results.add(measure(batched, false, concurrency, each, batch, sizes, note));
        } finally {
            drop.run();
        }
        return results;
    }

    private StageResult measure(String name, boolean pipeline, int concurrency, Duration duration, int batch, int[] sizes, String note) {
        try {
            TimedLoop.Outcome outcome = TimedLoop.run(concurrency, duration, index -> new Appender(connect(scratch), batch, sizes));
            return new StageResult(name, batch == 1 ? "insert (own transaction)" : "insert (in a batch)", pipeline, concurrency,
                    outcome.ops(), outcome.seconds(), outcome.ops() / outcome.seconds(), outcome.stepMillis().p50(),
                    outcome.stepMillis().p99(), note + (batch == 1 ? "" : "; latency is per batch"), null);
        } catch (Exception e) {
            return StageResult.failed(name, "insert", pipeline, concurrency, note, e);
        }
    }

    /** One connection appending events of fresh aggregates, two events each (a make and its keep). */
    private static final class Appender implements TimedLoop.Worker {
        private final Connection connection;
        private final PreparedStatement insert;
        private final int batch;
        private final byte[] payload;
        private final byte[] metadata;
        private String aggregate = UUID.randomUUID().toString();
        private long sequence;

        Appender(Connection connection, int batch, int[] sizes) throws SQLException {
            this.connection = connection;
            this.batch = batch;
            this.payload = filler(sizes[0]);
            this.metadata = filler(sizes[1]);
            try (Statement statement = connection.createStatement()) {
                // The server's setting already; said here so the stage means what it claims.
                statement.execute("SET synchronous_commit = on");
            }
            connection.setAutoCommit(batch == 1);
            this.insert = connection.prepareStatement(INSERT);
        }

        @Override
        public int step() throws SQLException {
            for (int i = 0; i < batch; i++) {
                if (sequence == 2) {
                    aggregate = UUID.randomUUID().toString();
                    sequence = 0;
                }
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, aggregate);
                insert.setLong(3, sequence++);
                insert.setString(4, "Promise");
                insert.setString(5, Instant.now().toString());
                insert.setString(6, "dev.hearth.commitment.promise.PromiseMade");
                insert.setString(7, "1");
                insert.setBytes(8, payload);
                insert.setBytes(9, metadata);
                if (batch == 1) {
                    insert.executeUpdate();
                } else {
                    insert.addBatch();
                }
            }
            if (batch > 1) {
                insert.executeBatch();
                connection.commit();
            }
            return batch;
        }

        @Override
        public void close() throws SQLException {
            connection.close();
        }
    }

    /** The average payload and metadata sizes of the newest 1,000 events of a service's store. */
    private int[] eventSizes(String database) {
        String query = "SELECT count(*), coalesce(avg(octet_length(payload)), 0), coalesce(avg(octet_length(metadata)), 0)"
                + " FROM (SELECT payload, metadata FROM domainevententry ORDER BY globalindex DESC LIMIT 1000) newest";
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            row.next();
            if (row.getLong(1) > 0) {
                return new int[] {(int) Math.round(row.getDouble(2)), (int) Math.round(row.getDouble(3))};
            }
        } catch (SQLException e) {
            // No store to sample: the defaults stand in.
        }
        return new int[] {DEFAULT_PAYLOAD_BYTES, DEFAULT_METADATA_BYTES};
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, credentials);
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet row = statement.executeQuery("SHOW " + setting)) {
            row.next();
            return row.getString(1);
        }
    }

    static byte[] filler(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }
}
