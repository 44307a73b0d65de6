package dev.hearth.platform.test;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * Every kind of {@code Authorization} header a bearer-token reader must tell apart — a token, the scheme
 * in any case, padding, malformed tokens, other schemes, nothing — for tests that hold Hearth's reader to
 * Spring Security's answers ({@code @MethodSource("dev.hearth.platform.test.AuthorizationHeaders#kinds")}).
 */
public final class AuthorizationHeaders {

    private AuthorizationHeaders() {
    }

    public static List<String> kinds() {
        return List.of("Bearer abc.DEF-123_~+/", "bearer abc", "BEARER abc", "Bearer abc==", "Bearer a=", "Bearer ab=c",
                "Bearer =", "Bearer ", "Bearer", "Bearerabc", "Bearer  abc", "Bearer abc def", "Bearer ab%c",
                "Bearer abc\t", "Basic dXNlcjpwYXNz", "Token abc", "", "Bearer é", "bearer.abc");
    }

    /** What a reader made of a header: "token …", "none" for no token, or the refusal's code and message. */
    public static String outcome(Supplier<?> read) {
        try {
            Object token = read.get();
            return token == null ? "none" : "token " + token;
        } catch (OAuth2AuthenticationException e) {
            return "refused: " + e.getError().getErrorCode() + " " + e.getMessage();
        }
    }
}
