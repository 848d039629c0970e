package org.urbaninnovation.gateway.infrastructure.identity;

import java.time.Clock;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.jboss.logging.Logger;
import org.urbaninnovation.gateway.config.GatewayConfig;
import org.urbaninnovation.gateway.domain.DevSignIn;
import org.urbaninnovation.gateway.domain.TokenSigner;

import io.smallrye.jwt.util.KeyUtils;

/**
 * The development issuer, when the profile enables it (local, dev, test): its key is read from
 * the configured location (the launcher's {@code .platform/jwt/privateKey.pem}). In production the
 * setting is off and no key location is configured, so there is nothing to sign with.
 */
@ApplicationScoped
public class DevIssuerSetup {

    private static final Logger LOG = Logger.getLogger(DevIssuerSetup.class);

    @Produces
    @ApplicationScoped
    DevSignIn devSignIn(GatewayConfig config) {
        GatewayConfig.DevIssuer dev = config.devIssuer();
        Optional<TokenSigner> signer = Optional.empty();
        if (dev.enabled()) {
            String location = dev.privateKeyLocation().orElseThrow(() -> new IllegalStateException(
                    "gateway.dev-issuer.enabled is on but gateway.dev-issuer.private-key-location is not set"));
            try {
                java.nio.file.Path file = java.nio.file.Path.of(location);
                // A file (the launcher's key), or else a class-path resource (the tests' key).
                signer = Optional.of(new DevKeySigner(java.nio.file.Files.isRegularFile(file)
                        ? KeyUtils.decodePrivateKey(java.nio.file.Files.readString(file))
                        : KeyUtils.readPrivateKey(location), dev.issuer()));
            } catch (Exception e) {
                throw new IllegalStateException("Cannot read the development private key at " + location, e);
            }
            LOG.warnf("The development issuer is ON (sign-in as a demo user without a password, issuer %s): "
                    + "for a local platform only", dev.issuer());
        }
        return new DevSignIn(signer, dev.tokenLifetime(), Clock.systemUTC());
    }
}
