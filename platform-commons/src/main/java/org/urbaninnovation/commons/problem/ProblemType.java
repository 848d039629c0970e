package org.urbaninnovation.commons.problem;

/**
 * The kinds of problem the platform reports. The URI is stable so that clients can branch on it
 * rather than on the human-readable title.
 */
public enum ProblemType {
    BAD_REQUEST(400, "Bad request", "bad-request"),
    MALFORMED_JSON(400, "Malformed JSON", "malformed-json"),
    VALIDATION(400, "Validation failed", "validation-failed"),
    UNAUTHORIZED(401, "Authentication required", "unauthorized"),
    FORBIDDEN(403, "Forbidden", "forbidden"),
    NOT_FOUND(404, "Not found", "not-found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed", "method-not-allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable", "not-acceptable"),
    CONFLICT(409, "Conflict", "conflict"),
    PRECONDITION_FAILED(412, "Precondition failed", "precondition-failed"),
    PAYLOAD_TOO_LARGE(413, "Payload too large", "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type", "unsupported-media-type"),
    UNPROCESSABLE(422, "Unprocessable content", "unprocessable"),
    PRECONDITION_REQUIRED(428, "Precondition required", "precondition-required"),
    TOO_MANY_REQUESTS(429, "Too many requests", "too-many-requests"),
    INTERNAL(500, "Internal server error", "internal"),
    BAD_GATEWAY(502, "Bad gateway", "bad-gateway"),
    SERVICE_UNAVAILABLE(503, "Service unavailable", "service-unavailable"),
    GATEWAY_TIMEOUT(504, "Gateway timeout", "gateway-timeout");

    private static final String BASE = "https://urban-innovation-award.org/problems/";

    private final int status;
    private final String title;
    private final String slug;

    ProblemType(int status, String title, String slug) {
        this.status = status;
        this.title = title;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String uri() {
        return BASE + slug;
    }

    /** The generic type for a status that has no more specific one. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != MALFORMED_JSON && type != VALIDATION) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
