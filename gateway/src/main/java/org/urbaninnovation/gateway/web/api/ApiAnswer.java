package org.urbaninnovation.gateway.web.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** What the platform's API answered a page: its status, ETag and body (JSON, a problem, or CSV text). */
public record ApiAnswer(int status, Optional<String> etag, String contentType, String text, JsonNode json) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The answer, or an {@link ApiRefused} the pages turn into a sign-in, a 404 or an error page. */
    public ApiAnswer orThrow() {
        if (!ok()) {
            throw new ApiRefused(this);
        }
        return this;
    }

    public JsonNode body() {
        return json == null ? MissingNode.getInstance() : json;
    }

    /** The problem's {@code violations} as field → message (the first message of each field). */
    public Map<String, String> violations() {
        Map<String, String> byField = new LinkedHashMap<>();
        body().path("violations").forEach(v -> byField.putIfAbsent(v.path("field").asText(""), v.path("message").asText("")));
        return byField;
    }

    /** The problem's violations in order, as "field: message" lines. */
    public List<String> violationLines() {
        List<String> lines = new ArrayList<>();
        body().path("violations").forEach(v -> lines.add(v.path("field").asText("") + ": " + v.path("message").asText("")));
        return lines;
    }

    public String detail() {
        return body().path("detail").asText(body().path("title").asText(""));
    }
}
