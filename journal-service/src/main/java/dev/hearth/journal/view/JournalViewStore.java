package dev.hearth.journal.view;

import com.mongodb.client.MongoDatabase;
import dev.hearth.platform.axon.view.AxonView;
import dev.hearth.platform.axon.view.ParkedEvents;
import dev.hearth.platform.axon.view.Timeline;
import dev.hearth.platform.axon.view.Timeline.Stream;
import dev.hearth.platform.axon.view.ViewBatch;
import dev.hearth.platform.mongo.ViewCollection;
import dev.hearth.platform.mongo.ViewLayouts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;

/**
 * The journal view (layout version {@value #VERSION}): sealed values plus metadata, opened on read.
 * Every document is read and written by {@code _id} alone and belongs to one couple, so the couple's
 * segment of {@value #PROCESSOR} is its one writer:
 * <ul>
 *   <li>{@code entries_v1}: SHARED entries in {@code <coupleId>/<yyyy-MM>/<part>} and each author's
 *       PRIVATE ones in {@code <coupleId>/<authorId>/private/<yyyy-MM>/<part>}, at most 100 a part,
 *       by month written (UTC);</li>
 *   <li>{@code conflicts_v1}: conflicts in {@code <coupleId>/<yyyy-MM>/<part>} by month opened, and
 *       {@code <coupleId>/open-conflicts}, the open ones by reference, newest first;</li>
 *   <li>{@code check_ins_v1}: each partner's own in {@code <coupleId>/<userId>/<yyyy-MM>/<part>};</li>
 *   <li>{@code journal_heads_v1}: one head per list ({@code <coupleId>/entries},
 *       {@code <coupleId>/<authorId>/private}, {@code <coupleId>/conflicts},
 *       {@code <coupleId>/<userId>/check-ins}) naming its newest part;</li>
 *   <li>{@code journal_locators_v1}: where each entry, conflict and check-in was filed, by its id;</li>
 *   <li>in {@code journal_heads_v1} too, per couple: {@code <coupleId>/streams}, the heads of its
 *       lists (its index, so erasing it reads nothing but by {@code _id}), and once it was erased its
 *       tombstone {@code {_id: <coupleId>, erased: true, erasedAt}}, kept for ever: no event, late or
 *       replayed, files anything of an erased couple again.</li>
 * </ul>
 * See {@link Timeline} for how parts, heads and locators stay consistent and idempotent.
 */
@Component
public class JournalViewStore {

    public static final String NAME = "journal-view";
    public static final int VERSION = 1;
    public static final String PROCESSOR = "journal-view-v1";
    public static final AxonView VIEW = new AxonView(NAME, VERSION);

    static final String ENTRIES = "entries";
    static final String CONFLICTS = "conflicts";
    static final String CHECK_INS = "check_ins";
    static final String HEADS = "journal_heads";
    static final String LOCATORS = "journal_locators";

    /** The stage {@link Timeline} writes heads at: the index and tombstones go with them. */
    private static final int HEAD_STAGE = 2;

    private final ViewCollection heads;
    private final ViewCollection conflictParts;
    private final Timeline entries;
    private final Timeline conflicts;
    private final Timeline checkIns;
    private final ParkedEvents parked;

    public JournalViewStore(@Qualifier("readModelDatabase") MongoDatabase database, DataSource dataSource) {
        this.heads = ViewLayouts.prepare(database, HEADS, VERSION, false);
        ViewCollection locators = ViewLayouts.prepare(database, LOCATORS, VERSION, false);
        this.conflictParts = ViewLayouts.prepare(database, CONFLICTS, VERSION, false);
        this.entries = new Timeline(ViewLayouts.prepare(database, ENTRIES, VERSION, false), locators, heads);
        this.conflicts = new Timeline(conflictParts, locators, heads);
        this.checkIns = new Timeline(ViewLayouts.prepare(database, CHECK_INS, VERSION, false), locators, heads);
        this.parked = new ParkedEvents(dataSource, PROCESSOR);
    }

    @Bean
    static AxonView journalAxonView() {
        return VIEW;
    }

    public Timeline entries() {
        return entries;
    }

    public Timeline conflicts() {
        return conflicts;
    }

    public Timeline checkIns() {
        return checkIns;
    }

    /** Whether the couple was erased: then its events file nothing (checked by {@code _id} before every write). */
    boolean isErased(String coupleId) {
        return ViewBatch.of(heads, HEAD_STAGE).find(coupleId).map(tombstone -> tombstone.getBoolean("erased", false))
                .orElse(false);
    }

    /**
     * Files an item of the couple in one of its lists, noting the list in the couple's index; nothing of
     * an erased couple, whose events may come late or again.
     *
     * @return false when nothing was filed: the item was filed before, or the couple was erased
     */
    public boolean file(Timeline timeline, String coupleId, Stream stream, String itemId, String period, Document item,
                        long sequence) {
        if (isErased(coupleId)) {
            return false;
        }
        ViewBatch batch = ViewBatch.of(heads, HEAD_STAGE);
        String id = index(coupleId);
        Document index = batch.find(id).orElseGet(() -> new Document("_id", id).append("heads", List.of()));
        List<String> known = index.getList("heads", String.class, List.of());
        if (!known.contains(stream.head())) {
            List<String> more = new ArrayList<>(known);
            more.add(stream.head());
            batch.put(new Document(index).append("heads", more));
        }
        return timeline.file(stream, itemId, period, item, sequence);
    }

    /** Changes an item the couple filed; nothing of an erased couple. @return false when nothing changed */
    public boolean update(Timeline timeline, String coupleId, String itemId, long sequence, UnaryOperator<Document> change) {
        return !isErased(coupleId) && timeline.update(itemId, sequence, change);
    }

    /**
     * Erases the couple from the view: its tombstone first (at once), then every list its index
     * names, its open-conflicts document and its index, each by {@code _id}; last its parked events.
     */
    public void erase(String coupleId, Instant erasedAt) {
        Document tombstone = new Document("_id", coupleId).append("erased", true).append("erasedAt", erasedAt.toString());
        heads.replace(tombstone);
        ViewBatch batch = ViewBatch.of(heads, HEAD_STAGE);
        batch.put(tombstone);
        String id = index(coupleId);
        for (String head : batch.find(id).map(index -> index.getList("heads", String.class, List.of())).orElse(List.of())) {
            drop(head);
        }
        batch.delete(id);
        ViewBatch.of(conflictParts).delete(openConflicts(coupleId));
        parked.dropCouple(coupleId);
    }

    /**
     * Drops the author's private entries (their key is gone: nobody can read them again), and their place
     * in the index; of an erased couple nothing is left to drop.
     */
    public void dropPrivateEntries(String coupleId, String authorId) {
        if (isErased(coupleId)) {
            return;
        }
        String head = privateEntries(coupleId, authorId).head();
        drop(head);
        ViewBatch batch = ViewBatch.of(heads, HEAD_STAGE);
        String id = index(coupleId);
        batch.find(id).ifPresent(index -> batch.put(new Document(index).append("heads",
                index.getList("heads", String.class, List.of()).stream().filter(known -> !known.equals(head)).toList())));
    }

    /** The {@code _id} of the couple's index: the heads of its lists. */
    private static String index(String coupleId) {
        return coupleId + "/streams";
    }

    private void drop(String head) {
        if (head.endsWith("/conflicts")) {
            conflicts.drop(head, "conflictId");
        } else if (head.endsWith("/check-ins")) {
            checkIns.drop(head, "checkInId");
        } else {
            entries.drop(head, "entryId");
        }
    }

    /** The collection of conflict parts, which also holds each couple's open-conflicts document. */
    public ViewCollection conflictParts() {
        return conflictParts;
    }

    /** The couple's SHARED entries: both partners read them. */
    public static Stream sharedEntries(String coupleId) {
        return new Stream(coupleId + "/entries", coupleId);
    }

    /** One author's PRIVATE entries: only that author's reads ever touch them. */
    public static Stream privateEntries(String coupleId, String authorId) {
        String prefix = coupleId + "/" + authorId + "/private";
        return new Stream(prefix, prefix);
    }

    public static Stream conflicts(String coupleId) {
        return new Stream(coupleId + "/conflicts", coupleId);
    }

    /** One partner's check-ins: only that partner reads them. */
    public static Stream checkIns(String coupleId, String userId) {
        return new Stream(coupleId + "/" + userId + "/check-ins", coupleId + "/" + userId);
    }

    public static String openConflicts(String coupleId) {
        return coupleId + "/open-conflicts";
    }
}
