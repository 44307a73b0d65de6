package dev.hearth.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalMongoTest {

    @TempDir
    Path home;

    @Test
    void an_in_memory_server_listens_on_a_port_of_its_own_and_speaks_the_wire_protocol() {
        try (LocalMongo server = LocalMongo.inMemory(); MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase("hearth_test").getCollection("couples").insertOne(new Document("_id", "couple-1"));

            assertThat(server.port()).isPositive();
            assertThat(client.getDatabase("hearth_test").getCollection("couples").countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void a_file_server_whose_port_is_taken_fails_and_leaves_its_store_free_for_the_next_try() throws Exception {
        Path file = home.resolve("mongo/hearth.mv");
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> LocalMongo.inFile(file, 16, taken.getLocalPort())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("localhost:" + taken.getLocalPort());
        }

        try (LocalMongo server = LocalMongo.inFile(file, 16, 0)) {
            assertThat(Tcp.answers(server.port())).isTrue();
        }
    }

    @Test
    void a_cache_of_nothing_is_refused() {
        assertThatThrownBy(() -> LocalMongo.inFile(home.resolve("hearth.mv"), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
