package dev.hearth.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** The Mongo wire server's host JVM: speaks the protocol, keeps its store across a SIGTERM restart. */
class MongoHostTest extends HostJvmTest {

    @Test
    void a_document_written_before_sigterm_is_there_after_a_restart() throws Exception {
        Process first = start(false);
        try (MongoClient client = client()) {
            collection(client).insertOne(new Document("_id", "couple-1").append("trust", 66.7));
        }

        ProcessControl.Stopped stopped = ProcessControl.stop(first.pid(), Duration.ofSeconds(30));

        assertThat(stopped).isEqualTo(ProcessControl.Stopped.TERMINATED);
        assertThat(Tcp.answers(port)).isFalse();
        assertThat(home.resolve("mongo/hearth.mv")).exists();

        start(false);
        try (MongoClient client = client()) {
            Document couple = collection(client).find(new Document("_id", "couple-1")).first();
            assertThat(couple).isNotNull();
            assertThat(couple.getDouble("trust")).isEqualTo(66.7);
        }
    }

    @Test
    void the_server_exits_when_its_parent_goes_away() throws Exception {
        Process host = start(true);

        host.getOutputStream().close();

        assertThat(host.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Tcp.answers(port)).isFalse();
    }

    private Process start(boolean exitWithParent) throws Exception {
        return hosts.startReady(MongoMain.class, List.of("--file", home.resolve("mongo/hearth.mv").toString(),
                "--port", Integer.toString(port), "--cache-mb", "16"), exitWithParent, home.resolve("mongo.log"),
                () -> Tcp.answers(port));
    }

    private MongoClient client() {
        return MongoClients.create("mongodb://localhost:" + port);
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("hearth_insights").getCollection("summaries");
    }
}
