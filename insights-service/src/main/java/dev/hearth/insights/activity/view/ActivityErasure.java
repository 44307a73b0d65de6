package dev.hearth.insights.activity.view;

import com.mongodb.client.MongoDatabase;
import dev.hearth.insights.activity.Bucket;
import dev.hearth.insights.activity.LocalWeeks;
import dev.hearth.platform.consumer.view.MembershipFoldView;
import dev.hearth.platform.mongo.ViewCollection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Deletes everything the activity views hold of an erased couple, each document by {@code _id}: the
 * week buckets its indexes list (the span of days they cover), the indexes themselves, and its open
 * conflicts. No collection scan, whatever the couple's history.
 */
@Component
public class ActivityErasure implements MembershipFoldView.CoupleEnding {

    private final List<ViewCollection> weeks;
    private final ViewCollection state;

    public ActivityErasure(@Qualifier("readModelDatabase") MongoDatabase database) {
        this.weeks = List.of(ViewCollection.named(database, JournalWeeksView.LAYOUT.collectionName()),
                ViewCollection.named(database, CommitmentWeeksView.LAYOUT.collectionName()));
        this.state = ViewCollection.named(database, JournalStateView.LAYOUT.collectionName());
    }

    @Override
    public void erased(String coupleId) {
        for (ViewCollection collection : weeks) {
            collection.find(Bucket.indexId(coupleId)).ifPresent(index -> collection.deleteAll(documents(coupleId, index)));
        }
        state.deleteAll(List.of(coupleId));
    }

    /** The couple's week buckets between the index's first and last days, then the index. */
    static List<String> documents(String coupleId, Document index) {
        List<String> ids = new ArrayList<>();
        if (index.containsKey("first")) {
            ids.addAll(LocalWeeks.bucketIds(coupleId, LocalDate.parse(index.getString("first")),
                    LocalDate.parse(index.getString("last"))));
        }
        ids.add(Bucket.indexId(coupleId));
        return ids;
    }
}
