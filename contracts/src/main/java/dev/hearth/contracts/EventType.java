package dev.hearth.contracts;

import dev.hearth.contracts.commitment.PromiseBroken;
import dev.hearth.contracts.commitment.PromiseKept;
import dev.hearth.contracts.commitment.PromiseMade;
import dev.hearth.contracts.commitment.PromiseMissed;
import dev.hearth.contracts.commitment.PromiseReleased;
import dev.hearth.contracts.commitment.PromiseRenegotiated;
import dev.hearth.contracts.commitment.PromiseWithdrawn;
import dev.hearth.contracts.couple.CoupleErased;
import dev.hearth.contracts.couple.CoupleStarted;
import dev.hearth.contracts.couple.PartnerInvited;
import dev.hearth.contracts.couple.PartnerJoined;
import dev.hearth.contracts.couple.PartnerLeft;
import dev.hearth.contracts.journal.ConflictOpened;
import dev.hearth.contracts.journal.ConflictResolved;
import dev.hearth.contracts.journal.EntryAcknowledged;
import dev.hearth.contracts.journal.EntryWritten;
import dev.hearth.contracts.journal.RepairAttempted;
import dev.hearth.contracts.journal.SafetyCheckedIn;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every public event type: its record, its bounded context, its topic and its major version.
 * The CloudEvents type is {@code dev.hearth.<context>.<EventName>.v<major>}.
 */
public enum EventType {
    COUPLE_STARTED(CoupleStarted.class, "couple", Topic.COUPLES, 1),
    PARTNER_INVITED(PartnerInvited.class, "couple", Topic.COUPLES, 1),
    PARTNER_JOINED(PartnerJoined.class, "couple", Topic.COUPLES, 1),
    PARTNER_LEFT(PartnerLeft.class, "couple", Topic.COUPLES, 1),
    COUPLE_ERASED(CoupleErased.class, "couple", Topic.COUPLES, 1),
    PROMISE_MADE(PromiseMade.class, "commitment", Topic.COMMITMENTS, 1),
    PROMISE_KEPT(PromiseKept.class, "commitment", Topic.COMMITMENTS, 1),
    PROMISE_BROKEN(PromiseBroken.class, "commitment", Topic.COMMITMENTS, 1),
    PROMISE_MISSED(PromiseMissed.class, "commitment", Topic.COMMITMENTS, 1),
    PROMISE_RELEASED(PromiseReleased.class, "commitment", Topic.COMMITMENTS, 1),
    PROMISE_WITHDRAWN(PromiseWithdrawn.class, "commitment", Topic.COMMITMENTS, 1),
    PROMISE_RENEGOTIATED(PromiseRenegotiated.class, "commitment", Topic.COMMITMENTS, 1),
    ENTRY_WRITTEN(EntryWritten.class, "journal", Topic.JOURNAL, 1),
    ENTRY_ACKNOWLEDGED(EntryAcknowledged.class, "journal", Topic.JOURNAL, 1),
    CONFLICT_OPENED(ConflictOpened.class, "journal", Topic.JOURNAL, 1),
    REPAIR_ATTEMPTED(RepairAttempted.class, "journal", Topic.JOURNAL, 1),
    CONFLICT_RESOLVED(ConflictResolved.class, "journal", Topic.JOURNAL, 1),
    SAFETY_CHECKED_IN(SafetyCheckedIn.class, "journal", Topic.JOURNAL, 1);

    private final Class<? extends PublicEvent> recordType;
    private final String context;
    private final Topic topic;
    private final int major;

    EventType(Class<? extends PublicEvent> recordType, String context, Topic topic, int major) {
        this.recordType = recordType;
        this.context = context;
        this.topic = topic;
        this.major = major;
    }

    public Class<? extends PublicEvent> recordType() { return recordType; }

    public String context() { return context; }

    public Topic topic() { return topic; }

    public int major() { return major; }

    /** The CloudEvents {@code type} attribute, e.g. {@code dev.hearth.commitment.PromiseKept.v1}. */
    public String ceType() {
        return "dev.hearth." + context + "." + recordType.getSimpleName() + ".v" + major;
    }

    public static EventType of(PublicEvent event) {
        return of(event.getClass());
    }

    public static EventType of(Class<?> type) {
        EventType eventType = Lookup.BY_RECORD.get(type);
        if (eventType == null) {
            throw new IllegalArgumentException("not a registered public event: " + type.getName());
        }
        return eventType;
    }

    /** Tolerant lookup for consumers: an unknown type is not an error, it is skipped and counted. */
    public static Optional<EventType> fromCeType(String ceType) {
        return Optional.ofNullable(Lookup.BY_CE_TYPE.get(ceType));
    }

    /** Both lookups run for every event published or consumed: maps, built once. */
    private static final class Lookup {
        static final Map<Class<?>, EventType> BY_RECORD = Arrays.stream(values())
                .collect(Collectors.toUnmodifiableMap(EventType::recordType, Function.identity()));
        static final Map<String, EventType> BY_CE_TYPE = Arrays.stream(values())
                .collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));
    }
}
