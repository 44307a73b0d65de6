package dev.hearth.insights.couple.view;

import dev.hearth.contracts.Topic;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.contracts.couple.PartnerJoined;
import dev.hearth.insights.couple.CoupleMembers;
import dev.hearth.platform.consumer.DecodedEvent;
import dev.hearth.platform.consumer.view.PerCoupleView;
import dev.hearth.platform.consumer.view.TopicView.Layout;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The {@code couples} view, from {@code hearth.couples.v1}: one document per couple with its partners and timezone. */
@Component
class MembersView extends PerCoupleView<CoupleMembers> {

    static final Layout LAYOUT = new Layout("insights-couples", 1, Topic.COUPLES, "couples");

    MembersView() {
        super(LAYOUT, CoupleStarted.class, PartnerJoined.class);
    }

    @Override
    public CoupleMembers empty(String coupleId) {
        return new CoupleMembers(coupleId, List.of(), "UTC", null, null);
    }

    @Override
    public CoupleMembers read(Document stored) {
        return members(stored);
    }

    @Override
    public Document write(CoupleMembers members) {
        return new Document("partners", members.partners()).append("timezone", members.timezone())
                .append("startedAt", date(members.startedAt())).append("updatedAt", date(members.updatedAt()));
    }

    @Override
    public CoupleMembers apply(CoupleMembers members, DecodedEvent event, String coupleId) {
        Instant at = event.envelope().time();
        Instant updated = members.updatedAt() == null || at.isAfter(members.updatedAt()) ? at : members.updatedAt();
        return switch (event.event()) {
            case CoupleStarted started -> new CoupleMembers(coupleId, with(members.partners(), started.userId()),
                    started.timezone(), at, updated);
            case PartnerJoined joined -> new CoupleMembers(coupleId, with(members.partners(), joined.userId()),
                    members.timezone(), members.startedAt(), updated);
            default -> members;
        };
    }

    static CoupleMembers members(Document stored) {
        return new CoupleMembers(stored.getString("_id"), stored.getList("partners", String.class, List.of()),
                stored.get("timezone", "UTC"), instant(stored.getDate("startedAt")), instant(stored.getDate("updatedAt")));
    }

    private static List<String> with(List<String> partners, String userId) {
        if (partners.contains(userId)) {
            return partners;
        }
        List<String> more = new ArrayList<>(partners);
        more.add(userId);
        return more;
    }

    static @Nullable Date date(@Nullable Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
