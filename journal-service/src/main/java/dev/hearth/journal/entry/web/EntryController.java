package dev.hearth.journal.entry.web;

import dev.hearth.journal.entry.AcknowledgeEntry;
import dev.hearth.journal.entry.JournalEntry;
import dev.hearth.journal.entry.WriteEntry;
import dev.hearth.journal.entry.view.EntryDetails;
import dev.hearth.journal.entry.view.EntryList;
import dev.hearth.journal.entry.view.EntryPage;
import dev.hearth.journal.entry.view.JournalEntries;
import dev.hearth.journal.view.ListPages;
import dev.hearth.journal.web.CreatesInCouple;
import dev.hearth.journal.words.JournalRules;
import dev.hearth.platform.axon.Commands;
import dev.hearth.platform.id.Ids;
import dev.hearth.platform.openapi.Answers;
import dev.hearth.platform.problem.ProblemType;
import dev.hearth.platform.problem.Rejection;
import dev.hearth.platform.security.Caller;
import dev.hearth.platform.security.Memberships;
import dev.hearth.platform.web.Created;
import dev.hearth.platform.web.IdempotencyKeyHeader;
import jakarta.validation.Valid;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A couple's journal entries. The platform's membership check has let only the couple's partners
 * through (404 {@code couple-not-found} otherwise, before the body is read); the body is validated,
 * and only then is a command sent.
 */
@RestController
@RequestMapping("/api/couples/{coupleId}/entries")
record EntryController(Commands commands, Memberships memberships, JournalEntries entries, EntryList list) {

    /**
     * Writes an entry. The same {@code entryId} (or {@code Idempotency-Key}) with the same body answers
     * the same 201 again; with another body, 409 {@code id-conflict}.
     */
    @CreatesInCouple
    ResponseEntity<EntryCreated> write(@PathVariable String coupleId, Caller caller, IdempotencyKeyHeader idempotencyKey,
                                       @Valid @RequestBody WriteEntryRequest body) {
        String couple = Ids.canonical(coupleId);
        String author = caller.userId();
        JournalRules.appreciation(Objects.requireNonNull(body.kind()), author, body.appreciatedPartnerId());
        if (body.appreciatedPartnerId() != null && !memberships.awaitMember(couple, body.appreciatedPartnerId())) {
            throw Rejection.invalid("appreciatedPartnerId", "appreciatedPartnerId must be your partner in this couple");
        }
        String entryId = idempotencyKey.idFor("entry", couple, author, body.entryId());
        commands.send(new WriteEntry(entryId, couple, author, body.kind(), Objects.requireNonNull(body.visibility()),
                Objects.requireNonNull(body.text()), body.mood(), body.appreciatedPartnerId()));
        return Created.at("/api/couples/" + couple + "/entries/" + entryId, new EntryCreated(entryId));
    }

    /**
     * The other partner answers a shared entry; answers the entry as it now stands. The same answer
     * again is the same 201; another answer is 409 {@code already-acknowledged}.
     */
    @Answers({ProblemType.ENTRY_NOT_FOUND, ProblemType.NOT_ALLOWED, ProblemType.ALREADY_ACKNOWLEDGED, ProblemType.CONCURRENT_CHANGE, ProblemType.COUPLE_CLOSED})
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{entryId}/acknowledgements")
    ResponseEntity<EntryDetails> acknowledge(@PathVariable String coupleId, @PathVariable String entryId, Caller caller,
                                             @Valid @RequestBody AcknowledgeRequest body) {
        String couple = Ids.canonical(coupleId);
        String id = existing(entryId);
        commands.send(new AcknowledgeEntry(id, couple, caller.userId(), Objects.requireNonNull(body.response())));
        return Created.answering(details(couple, id, caller));
    }

    /** One entry, from its own events: the author's own, or a shared one. */
    @Answers({ProblemType.ENTRY_NOT_FOUND})
    @GetMapping("/{entryId}")
    EntryDetails get(@PathVariable String coupleId, @PathVariable String entryId, Caller caller) {
        return details(Ids.canonical(coupleId), existing(entryId), caller);
    }

    /** The caller's own entries and the shared ones, newest first, from the journal view. */
    @GetMapping
    EntryPage list(@PathVariable String coupleId, Caller caller,
                   @RequestParam(required = false) @Nullable Integer limit,
                   @RequestParam(required = false) @Nullable String cursor) {
        return list.page(Ids.canonical(coupleId), caller.userId(), ListPages.limit(limit), cursor);
    }

    private EntryDetails details(String coupleId, String entryId, Caller caller) {
        return entries.find(coupleId, entryId, caller.userId()).orElseThrow(() -> JournalEntry.notFound(entryId));
    }

    private static String existing(String entryId) {
        return Ids.entityId(entryId).orElseThrow(() -> JournalEntry.notFound(entryId));
    }
}
