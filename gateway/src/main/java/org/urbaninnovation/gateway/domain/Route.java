package org.urbaninnovation.gateway.domain;

/** A path prefix and the service that owns it; {@code publicReads}: anonymous GET and HEAD are allowed there. */
public record Route(String prefix, String service, boolean publicReads) {

    /** Whether a request needs a verified token before the gateway forwards it. */
    public boolean needsToken(String method) {
        return !(publicReads && RequestClass.isRead(method));
    }
}
