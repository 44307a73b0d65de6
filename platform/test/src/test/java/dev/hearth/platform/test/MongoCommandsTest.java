package dev.hearth.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;

/** The structural rule itself: which filters count as "by _id alone". */
class MongoCommandsTest {

    @Test
    void oneIdIsByIdForEveryCommand() {
        BsonDocument filter = BsonDocument.parse("{_id: 'c1'}");
        assertThat(command("find", filter).byIdAlone()).isTrue();
        assertThat(command("update", filter).byIdAlone()).isTrue();
        assertThat(command("delete", filter).byIdAlone()).isTrue();
    }

    @Test
    void aBoundedListOfIdsIsByIdForAReadOnly() {
        BsonDocument filter = BsonDocument.parse("{_id: {$in: ['c1', 'c2', 'c1:2026-W49']}}");
        assertThat(command("find", filter).byIdAlone()).isTrue();
        assertThat(command("update", filter).byIdAlone()).isFalse();
        assertThat(command("delete", filter).byIdAlone()).isFalse();
    }

    @Test
    void anUnboundedListOrAnyOtherFieldOrOperatorIsNot() {
        BsonArray tooMany = new BsonArray(IntStream.range(0, MongoCommands.IDS_PER_READ + 1)
                .mapToObj(n -> (org.bson.BsonValue) new BsonString("c" + n)).toList());
        assertThat(command("find", new BsonDocument("_id", new BsonDocument("$in", tooMany))).byIdAlone()).isFalse();
        assertThat(command("find", BsonDocument.parse("{_id: {$gt: 'c1'}}")).byIdAlone()).isFalse();
        assertThat(command("find", BsonDocument.parse("{_id: {$in: ['c1'], $nin: ['c2']}}")).byIdAlone()).isFalse();
        assertThat(command("find", BsonDocument.parse("{_id: {$in: [{a: 1}]}}")).byIdAlone()).isFalse();
        assertThat(command("find", BsonDocument.parse("{_id: 'c1', coupleId: 'c1'}")).byIdAlone()).isFalse();
        assertThat(command("find", BsonDocument.parse("{coupleId: {$in: ['c1']}}")).byIdAlone()).isFalse();
    }

    private static MongoCommands.Command command(String name, BsonDocument filter) {
        return new MongoCommands.Command(name, "db", "c", List.of(filter));
    }
}
