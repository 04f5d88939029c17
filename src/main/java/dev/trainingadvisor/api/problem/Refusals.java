package dev.trainingadvisor.api.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.trainingadvisor.domain.Language;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Function;

/**
 * Runs one request's work outside a JAX-RS call (a batch item, an MCP tool call) and turns each way a request can be
 * refused into the problem document the REST call would have answered: the strict reader's
 * {@link JsonProcessingException}, Bean Validation's {@link ConstraintViolationException} and the API's own
 * {@link ProblemException} - recognised by type, through the same builders as the problem mappers. Anything else is a
 * bug and propagates.
 */
public final class Refusals {
    private Refusals() {
    }

    /** One request's work; it may fail as the REST reader, the validator or a resource would. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws JsonProcessingException;
    }

    /** What became of the work: its value, or the problem that refused it. */
    public sealed interface Outcome<T> {
        /** {@code answered} of the value, or {@code refused} of the problem. */
        <R> R fold(Function<T, R> answered, Function<Problem, R> refused);

        /** The work's value. */
        record Answered<T>(T value) implements Outcome<T> {
            @Override
            public <R> R fold(Function<T, R> answered, Function<Problem, R> refused) {
                return answered.apply(value);
            }
        }

        /** The RFC 9457 problem a REST call would have answered, its texts in the request's language. */
        record Refused<T>(Problem problem) implements Outcome<T> {
            @Override
            public <R> R fold(Function<T, R> answered, Function<Problem, R> refused) {
                return refused.apply(problem);
            }
        }
    }

    /**
     * Runs {@code work}; a refusal becomes the problem of the REST call, with {@code instance} and its texts in
     * {@code language}. Pointers stay relative to the body the work read ({@link Problem#under} roots them elsewhere).
     */
    public static <T> Outcome<T> attempt(Language language, String instance, Work<T> work) {
        try {
            return new Outcome.Answered<>(work.run());
        } catch (JsonProcessingException e) {
            return new Outcome.Refused<>(ProblemMappers.problem(e, language, instance));
        } catch (ConstraintViolationException e) {
            return new Outcome.Refused<>(ProblemMappers.problem(e, language, instance));
        } catch (ProblemException e) {
            return new Outcome.Refused<>(e.toProblem(language, instance));
        }
    }
}
