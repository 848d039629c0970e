package org.urbaninnovation.gateway.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An API answer as plain maps, lists, texts and numbers, which templates read by the API's own names. */
final class Json {

    private Json() {
    }

    static Object plain(ObjectMapper mapper, JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? null : mapper.convertValue(node, Object.class);
    }
}
