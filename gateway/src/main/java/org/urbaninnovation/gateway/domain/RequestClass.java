package org.urbaninnovation.gateway.domain;

/** The kinds of request the gateway limits separately: a burst of reads must not use up a caller's writes. */
public enum RequestClass {
    READS, WRITES, SIGN_INS;

    /** Where a demo user signs in at the development issuer (a local platform's only unauthenticated write). */
    public static final String SIGN_IN_PATH = "/auth/dev/sign-in";

    public static RequestClass of(String method, String path) {
        if (path.equals(SIGN_IN_PATH)) {
            return SIGN_INS;
        }
        return isRead(method) ? READS : WRITES;
    }

    public static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    /** Methods a retry cannot make happen twice (RFC 9110 9.2.2), when no body had to be sent again. */
    public static boolean isIdempotent(String method) {
        return isRead(method) || "DELETE".equals(method) || "PUT".equals(method);
    }
}
