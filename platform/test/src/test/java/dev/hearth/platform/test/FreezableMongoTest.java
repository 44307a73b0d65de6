package dev.hearth.platform.test;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** A frozen server keeps its port and answers nothing; thawed, it answers as before. */
class FreezableMongoTest {

    @Test
    void a_frozen_server_answers_nothing_until_it_is_thawed() {
        try (FreezableMongo mongo = FreezableMongo.start();
             MongoClient client = MongoClients.create(mongo.connectionString()
                     + "/?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000&socketTimeoutMS=1000")) {
            MongoCollection<Document> couples = client.getDatabase("hearth_freeze").getCollection("couples");
            couples.insertOne(new Document("_id", "couple-1"));

            mongo.freeze();
            assertThatThrownBy(() -> couples.find(eq("_id", "couple-1")).first()).isInstanceOf(MongoException.class);

            mongo.thaw();
            assertThat(couples.find(eq("_id", "couple-1")).first()).isNotNull();
        }
    }
}
