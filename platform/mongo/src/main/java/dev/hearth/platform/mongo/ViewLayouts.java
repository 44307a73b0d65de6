package dev.hearth.platform.mongo;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Versions of view layouts. A view's collections are named {@code <base>_v<version>}; a build that
 * changes a layout raises its version, and the view is rebuilt from its source (the event store or
 * the topic's first record) into the fresh collections. Collections of older versions are dropped
 * at start: nothing reads them any more, and their source still holds every fact.
 */
public final class ViewLayouts {

    private static final Logger log = LoggerFactory.getLogger(ViewLayouts.class);

    private ViewLayouts() {
    }

    /** {@code promises}, 2 → {@code promises_v2}. */
    public static String collectionName(String base, int version) {
        if (version < 1) {
            throw new IllegalArgumentException("view versions start at 1, got " + version);
        }
        return base + "_v" + version;
    }

    /**
     * The collection of this version of a view, after dropping every older version's (and the
     * unversioned collection of before versions existed, when {@code dropUnversioned}).
     */
    public static ViewCollection prepare(MongoDatabase database, String base, int version, boolean dropUnversioned) {
        String current = collectionName(base, version);
        Pattern versioned = Pattern.compile(Pattern.quote(base) + "_v(\\d+)");
        List<String> stale = new ArrayList<>();
        for (String name : database.listCollectionNames()) {
            Matcher matcher = versioned.matcher(name);
            if ((matcher.matches() && Integer.parseInt(matcher.group(1)) < version) || (dropUnversioned && name.equals(base))) {
                stale.add(name);
            }
        }
        for (String name : stale) {
            log.info("Dropping {} of an older layout: {} is rebuilt from its source", name, current);
            database.getCollection(name).drop();
        }
        return ViewCollection.named(database, current);
    }
}
