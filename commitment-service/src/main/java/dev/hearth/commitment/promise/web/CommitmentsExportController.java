package dev.hearth.commitment.promise.web;

import dev.hearth.commitment.promise.view.PromiseDetails;
import dev.hearth.commitment.promise.view.PromiseList;
import dev.hearth.commitment.promise.view.StoredPromises;
import dev.hearth.platform.crypto.Vault;
import dev.hearth.platform.id.Ids;
import dev.hearth.platform.security.Caller;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/couples/{coupleId}/export/commitments}: a current partner downloads every promise
 * they made or received, decrypted, as a file ({@link CommitmentsExport}). The membership check has let
 * only a current partner through (one who left gets 404; the one who remains may still export a closed
 * couple). The couple's promises are found through the list view's per-couple documents (a promise made
 * a moment ago may not be listed yet) and each is read from the event store and written as it is read,
 * so memory stays flat however many there are.
 */
@RestController
class CommitmentsExportController {

    private final PromiseList list;
    private final StoredPromises stored;
    private final Vault vault;
    private final JsonMapper json;
    private final Clock clock;

    CommitmentsExportController(PromiseList list, StoredPromises stored, Vault vault, JsonMapper json, Clock clock) {
        this.list = list;
        this.stored = stored;
        this.vault = vault;
        this.json = json;
        this.clock = clock;
    }

    @ApiResponse(responseCode = "200", description = "The export, as a file to save",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CommitmentsExport.class)))
    @GetMapping(value = "/api/couples/{coupleId}/export/commitments", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StreamingResponseBody> export(@PathVariable String coupleId, Caller caller) {
        String couple = Ids.canonical(coupleId);
        String userId = caller.userId();
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("format", CommitmentsExport.FORMAT);
        header.put("exportedAt", clock.instant());
        header.put("coupleId", couple);
        header.put("userId", userId);
        StreamingResponseBody body = out -> {
            String opening = json.writeValueAsString(header);
            write(out, opening.substring(0, opening.length() - 1) + ",\"promises\":[");
            boolean first = true;
            for (String promiseId : list.all(couple)) {
                var history = stored.find(couple, promiseId).filter(found -> found.promise().isBetween(userId));
                if (history.isPresent()) {
                    write(out, (first ? "" : ",") + json.writeValueAsString(PromiseDetails.of(history.get(), vault)));
                    first = false;
                }
            }
            write(out, "]}");
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("hearth-commitments-" + couple + ".json").build().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body);
    }

    private static void write(OutputStream out, String text) throws java.io.IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
