package org.urbaninnovation.submissions.api;

import java.io.IOException;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.urbaninnovation.commons.problem.ProblemException;
import org.urbaninnovation.commons.problem.ProblemType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON Merge Patch (RFC 7396): members of the patch replace the target's, {@code null} removes a
 * member, objects merge member by member, arrays and scalars replace. The patch is read as the
 * target type first, so an unknown member or a wrong type is refused naming its field before
 * anything is loaded; the merged result is then validated as a whole.
 */
@ApplicationScoped
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper mapper;
    private final Validator validator;

    public MergePatch(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** The patch document, checked against the target type; the change it makes to a target of that type. */
    public <T> UnaryOperator<T> parse(String body, Class<T> type) throws IOException {
        JsonNode patch = mapper.readTree(body == null ? "" : body);
        if (patch == null || patch.isMissingNode()) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, "The request body is empty; send a JSON merge patch.");
        }
        if (!patch.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED_JSON,
                    "A merge patch of this resource is a JSON object naming the members to change.");
        }
        mapper.treeToValue(patch, type);
        return target -> merged(target, (ObjectNode) patch, type);
    }

    private <T> T merged(T target, ObjectNode patch, Class<T> type) {
        JsonNode document = apply(mapper.valueToTree(target), patch);
        T result;
        try {
            result = mapper.treeToValue(document, type);
        } catch (IOException e) {
            throw new IllegalStateException("A checked patch did not merge into a " + type.getSimpleName(), e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return result;
    }

    static JsonNode apply(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : ((ObjectNode) patch).objectNode();
        patch.fields().forEachRemaining(member -> {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
            }
        });
        return result;
    }
}
