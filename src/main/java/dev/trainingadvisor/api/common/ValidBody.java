package dev.trainingadvisor.api.common;

import dev.trainingadvisor.api.problem.FieldError;
import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.api.problem.Problems;
import jakarta.inject.Singleton;
import org.hibernate.validator.HibernateValidatorFactory;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.Set;

/**
 * Validates a request body where the resource asks for it. A call, not a method interceptor: the interceptor also
 * validated every return value and cost more than the rest of the validation on each request. Violations are the
 * same {@link ConstraintViolationException}, with paths relative to the body, so the problem mapper gives the same
 * pointers.
 */
@Singleton
public class ValidBody {
    private final Validator validator;

    /**
     * Every property of a request DTO is reachable and cascadable (there is no JPA here), so the validator skips the
     * traversable-resolver check it would otherwise make, and cache, for each property of each request.
     */
    public ValidBody(ValidatorFactory factory) {
        // Without the result cache Hibernate Validator otherwise wraps around any resolver (a hash per property).
        this.validator = factory.unwrap(HibernateValidatorFactory.class).usingContext()
                .enableTraversableResolverResultCache(false).traversableResolver(new TraversableResolver() {
            @Override
            public boolean isReachable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
                return true;
            }

            @Override
            public boolean isCascadable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
                return true;
            }
        }).getValidator();
    }

    public <T> T require(T body) {
        if (body == null) {
            throw ProblemException.invalid(
                    language -> FieldError.atPointer("", Problems.detail(language, "missingBody")));
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
