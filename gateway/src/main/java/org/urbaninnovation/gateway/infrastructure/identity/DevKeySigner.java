package org.urbaninnovation.gateway.infrastructure.identity;

import java.security.PrivateKey;
import java.time.Duration;
import java.util.UUID;

import org.urbaninnovation.gateway.domain.DemoUser;
import org.urbaninnovation.gateway.domain.TokenSigner;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Signs demo users' tokens with the development private key, with the claims the services read. */
final class DevKeySigner implements TokenSigner {

    private final PrivateKey key;
    private final String issuer;

    DevKeySigner(PrivateKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    @Override
    public String sign(DemoUser user, Duration lifetime) {
        JwtClaimsBuilder claims = Jwt.issuer(issuer).subject(user.login()).upn(user.login()).claim("name", user.name())
                .groups(user.role()).claim("jti", UUID.randomUUID().toString()).expiresIn(lifetime);
        user.claims().forEach(claims::claim);
        return claims.jws().header("typ", "JWT").sign(key);
    }
}
