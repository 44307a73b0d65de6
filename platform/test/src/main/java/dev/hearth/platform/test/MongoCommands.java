package dev.hearth.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;

/**
 * Records every command a service sends to MongoDB (register it on the client, e.g. through a
 * {@code MongoClientSettingsBuilderCustomizer}) so a test can prove the rule of docs/architecture.md,
 * "Read models at constant cost": every update, delete, replace and read addresses one document by
 * {@code {_id: value}} alone, or a read a bounded list of them by {@code {_id: {$in: [...]}}}. Any other filter is a collection scan on the embedded server and an
 * index-dependent query on a real one.
 */
public final class MongoCommands implements CommandListener {

    /** Commands that only start-up, health checks and the drivers' own bookkeeping send. */
    private static final Set<String> HOUSEKEEPING = Set.of("ping", "hello", "isMaster", "ismaster", "buildInfo",
            "buildinfo", "listCollections", "drop", "create", "createIndexes", "endSessions", "killCursors", "getMore");

    /** The most ids one batched read may ask for (ViewCollection's chunk). */
    static final int IDS_PER_READ = 500;

    private final List<Command> commands = new CopyOnWriteArrayList<>();
    private final AtomicLong elapsedNanos = new AtomicLong();

    /** One command as sent: its name, the database and collection, and its filters (one per statement). */
    public record Command(String name, String database, String collection, List<BsonDocument> filters) {

        /**
         * True when every filter is exactly {@code {_id: <a plain value>}}, or, for a {@code find} (a
         * batch's read), {@code {_id: {$in: [plain values]}}} with at most {@value MongoCommands#IDS_PER_READ} ids:
         * the same index lookup for a bounded list of keys.
         */
        public boolean byIdAlone() {
            return filters.stream().allMatch(filter -> isIdAlone(filter) || ("find".equals(name) && isIdList(filter)));
        }

        private static boolean isIdAlone(BsonDocument filter) {
            if (filter.size() != 1 || !filter.containsKey("_id")) {
                return false;
            }
            BsonValue id = filter.get("_id");
            return !(id.isDocument() || id.isArray());
        }

        private static boolean isIdList(BsonDocument filter) {
            if (filter.size() != 1 || !filter.containsKey("_id") || !filter.get("_id").isDocument()) {
                return false;
            }
            BsonDocument condition = filter.getDocument("_id");
            if (condition.size() != 1 || !condition.containsKey("$in") || !condition.get("$in").isArray()) {
                return false;
            }
            BsonArray ids = condition.getArray("$in");
            return ids.size() <= IDS_PER_READ && ids.stream().noneMatch(id -> id.isDocument() || id.isArray());
        }
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        String name = event.getCommandName();
        if (HOUSEKEEPING.contains(name)) {
            return;
        }
        // The command's bytes are released after this call: keep copies.
        BsonDocument command = event.getCommand();
        String collection = command.containsKey(name) && command.get(name).isString() ? command.getString(name).getValue() : "";
        commands.add(new Command(name, event.getDatabaseName(), collection,
                filters(name, command).stream().map(BsonDocument::clone).toList()));
    }

    /** Adds up how long MongoDB took to answer: what a view's cost per event is made of (measured, never asserted). */
    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        if (!HOUSEKEEPING.contains(event.getCommandName())) {
            elapsedNanos.addAndGet(event.getElapsedTime(TimeUnit.NANOSECONDS));
        }
    }

    /** Time MongoDB spent answering the commands recorded since the last {@link #clear()}. */
    public Duration elapsed() {
        return Duration.ofNanos(elapsedNanos.get());
    }

    private static List<BsonDocument> filters(String name, BsonDocument command) {
        List<BsonDocument> filters = new ArrayList<>();
        switch (name) {
            case "find", "count", "distinct" -> filters.add(document(command, "filter", "query"));
            case "findAndModify", "findandmodify" -> filters.add(document(command, "query"));
            case "update" -> statements(command, "updates").forEach(u -> filters.add(document(u, "q")));
            case "delete" -> statements(command, "deletes").forEach(d -> filters.add(document(d, "q")));
            case "aggregate" -> filters.add(new BsonDocument("$aggregate", command.get("pipeline", new BsonArray())));
            default -> {
                // insert and the rest carry no filter.
            }
        }
        return filters;
    }

    private static List<BsonDocument> statements(BsonDocument command, String field) {
        List<BsonDocument> statements = new ArrayList<>();
        if (command.containsKey(field)) {
            command.getArray(field).forEach(value -> statements.add(value.asDocument()));
        }
        return statements;
    }

    private static BsonDocument document(BsonDocument command, String... fields) {
        for (String field : fields) {
            if (command.containsKey(field) && command.get(field).isDocument()) {
                return command.getDocument(field);
            }
        }
        return new BsonDocument();
    }

    public List<Command> commands() {
        return List.copyOf(commands);
    }

    /** Commands on one database, e.g. a test's own. */
    public List<Command> on(String database) {
        return commands.stream().filter(command -> command.database().equals(database)).toList();
    }

    /** Every command with a filter that is not {@code {_id}} alone: what the structural tests forbid. */
    public List<Command> notById(String database) {
        return on(database).stream().filter(command -> !command.filters().isEmpty() && !command.byIdAlone()).toList();
    }

    /** The rule itself: the service did use {@code database}, and every command there addressed documents by {@code _id} alone. */
    public void assertEveryCommandById(String database) {
        assertThat(on(database)).as("commands on " + database).isNotEmpty();
        assertThat(notById(database)).as("commands on " + database + " not by _id alone").isEmpty();
    }

    public void clear() {
        commands.clear();
        elapsedNanos.set(0);
    }
}
