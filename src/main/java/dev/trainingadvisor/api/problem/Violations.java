package dev.trainingadvisor.api.problem;

import dev.trainingadvisor.domain.Language;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.CodePointLength;
import java.lang.annotation.Annotation;
import java.util.Collection;
import org.hibernate.validator.constraints.UniqueElements;

/** A Bean Validation violation in the client's words and language, from the constraint that failed. */
final class Violations {
    private Violations() {
    }

    static String detail(ConstraintViolation<?> violation, boolean element, Language language) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof NotNull) {
            if (isBody(violation)) {
                return Problems.detail(language, "missingBody");
            }
            return Problems.detail(language, element ? "nullElement" : "required");
        }
        if (constraint instanceof Min min) {
            return Problems.detail(language, "min", "value", Long.toString(min.value()));
        }
        if (constraint instanceof DecimalMin min) {
            return Problems.detail(language, "min", "value", min.value());
        }
        if (constraint instanceof Max max) {
            return Problems.detail(language, "max", "value", Long.toString(max.value()));
        }
        if (constraint instanceof DecimalMax max) {
            return Problems.detail(language, "max", "value", max.value());
        }
        if (constraint instanceof Digits digits) {
            return Problems.detail(language, "digits", "integer", Integer.toString(digits.integer()),
                    "fraction", Integer.toString(digits.fraction()));
        }
        if (constraint instanceof Size size) {
            boolean text = violation.getInvalidValue() instanceof CharSequence;
            return Problems.detail(language, text ? "sizeText" : "sizeItems", "min", Integer.toString(size.min()),
                    "max", Integer.toString(size.max()));
        }
        if (constraint instanceof CodePointLength length) {
            // Counted in characters (code points), as the contract's maxLength is (JSON Schema 2020-12 §6.3.1).
            return Problems.detail(language, "sizeText", "min", Integer.toString(length.min()),
                    "max", Integer.toString(length.max()));
        }
        if (constraint instanceof jakarta.validation.constraints.Pattern) {
            return Problems.detail(language, "headerValue"); // the one pattern: ToolArguments' language
        }
        if (constraint instanceof UniqueElements) {
            return Problems.detail(language, "unique");
        }
        if (violation.getInvalidValue() instanceof Collection<?>) {
            return Problems.detail(language, "sizeItems", "min", "0", "max", "0");
        }
        return violation.getMessage();
    }

    /** A violation on the request body as a whole (the body is missing): its path names no property. */
    private static boolean isBody(ConstraintViolation<?> violation) {
        for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                return false;
            }
        }
        return true;
    }
}
