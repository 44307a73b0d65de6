package dev.hearth.platform.test.openapi;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One operation of a committed API document.
 *
 * @param service        the service that answers it, e.g. {@code journal-service}
 * @param path           as documented, e.g. {@code /api/couples/{coupleId}/entries/{entryId}}
 * @param pathParameters  the names in the path's braces, in order
 * @param queryParameters the names of its query parameters, e.g. {@code limit}
 * @param success         its documented success status (the lowest 2xx)
 * @param requestSchema   the JSON body's schema with every {@code $ref} resolved, or null when it takes none
 */
public record ApiOperation(String service, String method, String path, List<String> pathParameters,
                           List<String> queryParameters, int success, @Nullable JsonNode requestSchema) {

    public ApiOperation {
        pathParameters = List.copyOf(pathParameters);
        queryParameters = List.copyOf(queryParameters);
    }

    /** {@code POST /api/couples/{coupleId}/entries}: how the authorization matrix and failure messages name it. */
    public String name() {
        return method + " " + path;
    }

    /** Under one couple: {@code /api/couples/{coupleId}/…}. */
    public boolean underCouple() {
        return path.startsWith("/api/couples/{coupleId}");
    }

    @Override
    public String toString() {
        return service + " " + name();
    }
}
