-- A guard, not a change: promise events of revision 1 held the description and notes in clear.
-- Revision 2 seals them, and clear text is wiped rather than re-encrypted (only local data ever held
-- it; docs/events.md). This migration fails while any revision-1 promise event exists, so a service
-- of this version never starts on such a store; ./hearth up recognises the message below and
-- prints the step. Applied once on a clean store, it never runs again.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM domainevententry
               WHERE payloadtype IN ('dev.hearth.commitment.promise.PromiseMade',
                                     'dev.hearth.commitment.promise.PromiseKept',
                                     'dev.hearth.commitment.promise.PromiseBroken')
                 AND payloadrevision = '1') THEN
        RAISE EXCEPTION 'This event store holds revision-1 promise events (promises written in clear before sealing), which this version does not read. Wipe the local data: ./hearth down --wipe (compose: docker compose down -v), then start again.';
    END IF;
END
$$;
