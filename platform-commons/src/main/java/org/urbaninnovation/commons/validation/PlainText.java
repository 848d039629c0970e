package org.urbaninnovation.commons.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

/**
 * Text without markup: no {@code <tag>}, {@code </tag>} or {@code <!...>}. Published text is shown
 * in web pages; refusing markup at the door keeps a stored script from ever reaching one. The
 * pattern is written in the subset that Java and ECMA-262 (JSON Schema, browsers) read alike, since
 * the OpenAPI document publishes it.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "^(?![\\s\\S]*<[A-Za-z/!?])[\\s\\S]*$")
@jakarta.validation.ReportAsSingleViolation
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.METHOD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    String message() default "must be plain text without markup such as <tags>";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
