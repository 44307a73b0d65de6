package dev.hearth.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The 201 answers of the services' create endpoints, one way for every controller. */
public final class Created {

    private Created() {
    }

    /** A new resource with an address of its own: 201, its {@code Location}, and the body that names it. */
    public static <T> ResponseEntity<T> at(String location, T body) {
        return ResponseEntity.created(URI.create(location)).body(body);
    }

    /**
     * Something new without an address of its own (a check-in, a repair, an acknowledgement): 201 and
     * the body, often the resource it was added to as it now stands.
     */
    public static <T> ResponseEntity<T> answering(T body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }
}
