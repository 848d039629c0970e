package org.urbaninnovation.gateway.api;

import org.urbaninnovation.gateway.domain.IssuedToken;

/** A bearer token, in the shape of an OAuth 2 token answer (RFC 6749 5.1) with the user beside it. */
public record SignInAnswer(String accessToken, String tokenType, long expiresIn, DemoUserView user) {

    static SignInAnswer of(IssuedToken token, long nowEpochSecond) {
        return new SignInAnswer(token.token(), "Bearer", token.expiresAt().getEpochSecond() - nowEpochSecond,
                DemoUserView.of(token.user()));
    }
}
