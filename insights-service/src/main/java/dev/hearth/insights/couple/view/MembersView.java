package dev.hearth.insights.couple.view;

import dev.hearth.contracts.Topic;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.insights.couple.CoupleMembers;
import dev.hearth.platform.consumer.DecodedEvent;
import dev.hearth.platform.consumer.view.MembershipFoldView;
import dev.hearth.platform.consumer.view.TopicView.Layout;
import dev.hearth.platform.mongo.Roster;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The {@code couples} view, from {@code hearth.couples.v1}: one document per couple with its roster
 * (partners, those who left, closed) and timezone; an erased couple's is its tombstone, and its trust
 * document goes ({@link CoupleInsights#erased}).
 */
@Component
class MembersView extends MembershipFoldView<CoupleMembers> {

    static final Layout LAYOUT = new Layout("insights-couples", 1, Topic.COUPLES, "couples");
    static final String PARTNERS = "partners";

    MembersView(CoupleInsights couples, List<CoupleEnding> endings) {
        super(LAYOUT, couples::forget, endings);
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
        return roster(members).write(new Document("timezone", members.timezone())
                .append("startedAt", date(members.startedAt())).append("updatedAt", date(members.updatedAt())), PARTNERS);
    }

    @Override
    protected Roster roster(CoupleMembers members) {
        return new Roster(members.partners(), members.departed(), members.closed(), members.erasedAt());
    }

    @Override
    protected CoupleMembers with(CoupleMembers members, Roster roster, DecodedEvent event, String coupleId) {
        Instant at = event.envelope().time();
        Instant updated = members.updatedAt() == null || at.isAfter(members.updatedAt()) ? at : members.updatedAt();
        boolean started = event.event() instanceof CoupleStarted;
        String timezone = event.event() instanceof CoupleStarted start ? start.timezone() : members.timezone();
        return new CoupleMembers(coupleId, roster.partners(), roster.departed(), roster.closed(), roster.erasedAt(),
                timezone, started ? at : members.startedAt(), updated);
    }

    static CoupleMembers members(Document stored) {
        Roster roster = Roster.read(stored, PARTNERS);
        return new CoupleMembers(stored.getString("_id"), roster.partners(), roster.departed(), roster.closed(),
                roster.erasedAt(), stored.get("timezone", "UTC"), instant(stored.getDate("startedAt")),
                instant(stored.getDate("updatedAt")));
    }

    static @Nullable Date date(@Nullable Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
