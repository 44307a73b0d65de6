package dev.hearth.journal.export.web;

import dev.hearth.journal.export.view.JournalExport;
import dev.hearth.platform.id.Ids;
import dev.hearth.platform.security.Caller;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A current partner's export of what they wrote, {@code hearth-export.v1}, opened and streamed as an
 * attachment (the membership check has turned away everyone else, a departed partner included).
 * Export before erasing: afterwards nothing can be read.
 */
@RestController
class ExportController {

    private final JournalExport export;

    ExportController(JournalExport export) {
        this.export = export;
    }

    @ApiResponse(responseCode = "200", description = "hearth-export.v1, as an attachment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = JournalExport.ExportedJournal.class)))
    @GetMapping(path = "/api/couples/{coupleId}/export/journal", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StreamingResponseBody> exportJournal(@PathVariable String coupleId, Caller caller) {
        String couple = Ids.canonical(coupleId);
        String userId = caller.userId();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("hearth-journal-" + couple + ".json").build().toString())
                .body(out -> export.write(couple, userId, out));
    }
}
