package dev.hearth.platform.test;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class TestMongoTest {

    @Test
    void a_document_written_through_the_driver_is_read_back_by_id() {
        assertThat(TestMongo.connectionString()).matches("mongodb://localhost:\\d+");

        try (MongoClient client = MongoClients.create(TestMongo.connectionString())) {
            MongoCollection<Document> insights = client.getDatabase("hearth_mongo_test").getCollection("insights");
            insights.insertOne(new Document("_id", "couple-1").append("trust", 72));

            Document found = insights.find(eq("_id", "couple-1")).first();

            assertThat(found).isNotNull();
            assertThat(found.getInteger("trust")).isEqualTo(72);
        }
    }
}
