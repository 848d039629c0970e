package org.urbaninnovation.catalog.api;

/** What the OpenAPI document says of the request headers that writes take. */
final class RequestHeaders {

    static final String IDEMPOTENCY_KEY = "Makes a retried create harmless: the same key and body get the first answer "
            + "again (1 to 255 visible ASCII characters)";

    static final String IF_MATCH = "The ETag of the version you read (compared strongly); 428 without it, 412 when stale";

    private RequestHeaders() {
    }
}
