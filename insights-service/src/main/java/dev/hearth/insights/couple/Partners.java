package dev.hearth.insights.couple;

import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Object-level authorization: only a partner of a couple sees its insights. Membership reaches
 * insights through Kafka, so a couple formed a moment ago may not be known yet: wait briefly
 * (bounded) before answering 404, the same 404 as for an unknown couple.
 */
@Component
public class Partners {

    static final Duration CATCH_UP = Duration.ofSeconds(2);
    private static final long POLL_MILLIS = 50;

    private final CoupleFactsStore store;

    public Partners(CoupleFactsStore store) {
        this.store = store;
    }

    public CoupleFacts requirePartner(String coupleId, String userId) {
        if (!isUuid(coupleId)) {
            throw notFound();
        }
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (true) {
            Optional<CoupleFacts> facts = store.find(coupleId).filter(f -> f.hasPartner(userId));
            if (facts.isPresent()) {
                return facts.get();
            }
            if (System.nanoTime() > deadline) {
                throw notFound();
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw notFound();
            }
        }
    }

    private static Rejection notFound() {
        return new Rejection(ProblemType.COUPLE_NOT_FOUND, "No such couple");
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
