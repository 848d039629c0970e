package org.urbaninnovation.commons.http;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.urbaninnovation.commons.domain.Violation;
import org.urbaninnovation.commons.problem.Problem;
import org.urbaninnovation.commons.problem.ProblemResponses;
import org.urbaninnovation.commons.problem.ProblemType;

/**
 * {@code ?format=json|csv} as a {@link Format}. An unknown value is a 400 naming the parameter,
 * rather than the 404 that JAX-RS gives a query parameter it cannot convert.
 */
@Provider
public class FormatParamConverter implements ParamConverterProvider {

    private static final String VALUES = Arrays.stream(Format.values()).map(Format::wire).collect(Collectors.joining(", "));

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Format.class) {
            return null;
        }
        String name = Arrays.stream(annotations).filter(QueryParam.class::isInstance).map(a -> ((QueryParam) a).value())
                .findFirst().orElse("format");
        return (ParamConverter<T>) new ParamConverter<Format>() {
            @Override
            public Format fromString(String value) {
                return Format.of(value).orElseThrow(() -> new WebApplicationException(ProblemResponses.of(
                        Problem.of(ProblemType.VALIDATION, name + " must be one of " + VALUES, currentPath(),
                                List.of(new Violation(name, "must be one of " + VALUES))))));
            }

            @Override
            public String toString(Format value) {
                return value.wire();
            }
        };
    }

    /** A JAX-RS exception that carries its own response skips the exception mappers, so it names its path itself. */
    private static String currentPath() {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        return request == null ? null : request.getPath();
    }
}
