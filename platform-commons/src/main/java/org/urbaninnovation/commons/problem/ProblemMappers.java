package org.urbaninnovation.commons.problem;

import org.urbaninnovation.commons.domain.Conflict;
import org.urbaninnovation.commons.domain.DomainException;
import org.urbaninnovation.commons.domain.InvalidInput;
import org.urbaninnovation.commons.domain.NotFound;
import org.urbaninnovation.commons.domain.RuleViolated;
import org.urbaninnovation.commons.domain.StaleVersion;
import org.urbaninnovation.commons.domain.Violation;
import org.urbaninnovation.commons.text.SafeTextModule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every exception that reaches the REST layer into problem+json. Mappers are chosen by the
 * most specific exception type, so each Jackson and security type is named here explicitly to win
 * over the framework's built-in plain-text answers.
 */
public class ProblemMappers {

    private final AllowedMethods allowedMethods;

    public ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(e.type(), e.getMessage(), path(uri), e.violations()));
    }

    /** The domain's refusals, each kind to its status; the only place where a domain rule meets HTTP. */
    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        ProblemType type;
        if (e instanceof NotFound) {
            type = ProblemType.NOT_FOUND;
        } else if (e instanceof Conflict) {
            type = ProblemType.CONFLICT;
        } else if (e instanceof StaleVersion) {
            type = ProblemType.PRECONDITION_FAILED;
        } else if (e instanceof RuleViolated) {
            type = ProblemType.UNPROCESSABLE;
        } else if (e instanceof InvalidInput) {
            type = ProblemType.VALIDATION;
        } else {
            return internal(e, uri);
        }
        return ProblemResponses.of(Problem.of(type, e.getMessage(), path(uri), e.violations()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (cause instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, uri);
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && isConversionFailure(cause)) {
            // The JAX-RS rule answers 404 for a parameter that cannot be converted; the client sent
            // a wrong value, which is a 400.
            return ProblemResponses.of(Problem.of(ProblemType.BAD_REQUEST,
                    "A parameter of the request has a value of the wrong type (" + cause.getMessage() + ").", path(uri)));
        }
        if (status >= 500) {
            return internal(e, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE);
        String detail = detailFor(e, uri);
        if (e instanceof NotAllowedException) {
            String allow = allowedMethods.allowHeader(path(uri));
            builder.header(HttpHeaders.ALLOW, allow);
            detail = "This resource does not support the request's method; allowed: " + allow + ".";
        }
        return builder.entity(Problem.of(type, detail, path(uri))).build();
    }

    private static boolean isConversionFailure(Throwable cause) {
        return cause instanceof IllegalArgumentException || cause instanceof NumberFormatException
                || cause instanceof java.time.DateTimeException;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        String detail = violations.stream().map(v -> v.field() + " " + v.message())
                .collect(Collectors.joining("; "));
        return ProblemResponses.of(Problem.of(ProblemType.VALIDATION, detail, path(uri), violations));
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, UriInfo uri) {
        String detail = "The request body is not valid JSON (line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr() + ").";
        return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_JSON, detail, path(uri)));
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return jsonMapping(e, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return jsonMapping(e, uri);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
        return jsonMapping(e, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        String message;
        if (e instanceof SafeTextModule.UnsafeTextException unsafe) {
            message = unsafe.refusal();
        } else if (e instanceof UnrecognizedPropertyException unknown) {
            message = "is not a known property";
            field = field.isEmpty() ? unknown.getPropertyName() : field;
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            message = "must be one of " + enumValues(invalid.getTargetType());
        } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            message = "must be " + describe(mismatched.getTargetType());
        } else {
            message = "has an invalid value";
        }
        if (field.isEmpty()) {
            return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_JSON,
                    "The request body does not have the expected JSON structure.", path(uri)));
        }
        List<Violation> violations = List.of(new Violation(field, message));
        return ProblemResponses.of(Problem.of(ProblemType.VALIDATION, field + " " + message, path(uri), violations));
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return ProblemResponses.unauthorized(path(uri));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return ProblemResponses.of(Problem.of(ProblemType.FORBIDDEN,
                "Your role does not allow this operation.", path(uri)));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        return DatabaseUnavailable.in(e)
                .map(reason -> Response.fromResponse(ProblemResponses.of(Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                        "The database cannot take this request now (" + reason + "); nothing was changed, retry shortly.",
                        path(uri)))).header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS).build())
                .orElseGet(() -> internal(e, uri));
    }

    private Response internal(Throwable e, UriInfo uri) {
        return ProblemResponses.internal(e, path(uri));
    }

    private static String detailFor(WebApplicationException e, UriInfo uri) {
        if (e instanceof jakarta.ws.rs.NotFoundException) {
            return "Nothing is found at " + path(uri) + ".";
        }
        if (e instanceof NotSupportedException) {
            return "The request's content type is not supported here; send application/json.";
        }
        if (e instanceof jakarta.ws.rs.NotAcceptableException) {
            return "None of the media types in the Accept header can be produced here.";
        }
        String message = e.getMessage();
        return message == null || message.startsWith("HTTP ") ? "The request cannot be processed." : message;
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Method-level paths read "create.request.title"; clients know only "title" or "size".
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER && !isBareParameter(violation)) {
                continue;
            }
            String name = node.getName();
            if (node.getIndex() != null || node.getKey() != null) {
                String element = "[" + (node.getIndex() != null ? node.getIndex() : node.getKey()) + "]";
                if (names.isEmpty()) {
                    names.add(element);
                } else {
                    names.set(names.size() - 1, names.get(names.size() - 1) + element);
                }
            }
            if (name != null && !name.startsWith("<")) {
                names.add(name);
            }
        }
        return names.isEmpty() ? "request" : String.join(".", names).replace(".[", "[");
    }

    /** A violation on a query or path parameter itself, as opposed to a field inside a body. */
    private static boolean isBareParameter(ConstraintViolation<?> violation) {
        int nodes = 0;
        for (Path.Node ignored : violation.getPropertyPath()) {
            nodes++;
        }
        return nodes <= 2;
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String enumValues(Class<?> type) {
        List<String> values = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            values.add(constant.toString());
        }
        return values.toString();
    }

    private static String describe(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + enumValues(type);
        }
        return "an object";
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }
}
