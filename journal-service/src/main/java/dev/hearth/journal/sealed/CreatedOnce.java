package dev.hearth.journal.sealed;

import dev.hearth.platform.crypto.Aad;
import dev.hearth.platform.crypto.Vault;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.jspecify.annotations.Nullable;

/**
 * A journal aggregate created once by one partner of one couple. Its state keeps a fingerprint of the
 * creating command's content under the couple's key, not the words: enough to tell a retried create
 * (nothing new happens) from another create reusing the id ({@code id-conflict}).
 *
 * @param <S> the aggregate's state, folded from its events
 */
public abstract class CreatedOnce<S extends CreatedOnce.Creation> {

    /** The field the creating command's content is fingerprinted for, within the aggregate's words. */
    static final String CONTENT = "content";

    /** What the state knows of the aggregate's creation. */
    public interface Creation {

        /** The aggregate's id. */
        String id();

        String coupleId();

        /** The partner whose command created it. */
        String creatorId();

        /** The creating command's content, fingerprinted with {@link Vault#fingerprint}. */
        String fingerprint();
    }

    @AggregateIdentifier
    private @Nullable String id;
    private @Nullable S state;

    /** The state so far; null until the creating event. */
    protected final @Nullable S state() {
        return state;
    }

    /** For the event-sourcing handler: the state after an event. */
    protected final void become(S after) {
        state = after;
        id = after.id();
    }

    /** The fingerprint of a creating command's content, which the created event carries for the state. */
    protected static String fingerprint(Vault vault, Aad words, String content) {
        return vault.fingerprint(words.field(CONTENT), content);
    }

    /**
     * Whether a creating command meets an aggregate it already created: false when there is none yet (create
     * it), true when the same partner of the same couple sent the same content (a retry: do nothing).
     *
     * @param what  how the rejection names the aggregate, e.g. {@code entry}
     * @param words what the aggregate seals its words for; the content's fingerprint is bound to it
     * @throws Rejection {@code id-conflict} for anything else under the id
     */
    protected final boolean isRetry(String what, String coupleId, String creatorId, Aad words, String content,
                                    Vault vault) {
        S created = state;
        if (created == null) {
            return false;
        }
        if (!created.coupleId().equals(coupleId) || !created.creatorId().equals(creatorId)
                || !vault.matches(words.field(CONTENT), created.fingerprint(), content)) {
            throw new Rejection(ProblemType.ID_CONFLICT, what + " " + created.id() + " already exists with other content");
        }
        return true;
    }
}
