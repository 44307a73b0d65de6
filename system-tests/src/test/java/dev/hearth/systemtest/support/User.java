package dev.hearth.systemtest.support;

/** Someone using Hearth: the token's {@code sub} and a token the platform trusts. */
public record User(String id, String token) {

    @Override
    public String toString() {
        return id;
    }
}
