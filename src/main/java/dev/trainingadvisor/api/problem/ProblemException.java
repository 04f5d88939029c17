package dev.trainingadvisor.api.problem;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.function.Function;

/**
 * A problem the API decides itself (an unknown id, a bad query parameter), with texts resolved once the response
 * language is known.
 */
public class ProblemException extends WebApplicationException {
    private final ProblemType type;
    private final transient Function<Language, String> detail;
    private final transient Function<Language, List<FieldError>> errors;

    public ProblemException(ProblemType type, Function<Language, String> detail,
                            Function<Language, List<FieldError>> errors) {
        super(type.status());
        this.type = type;
        this.detail = detail;
        this.errors = errors;
    }

    /** An unknown id; {@code what} names the kind of item by its text key {@code problem.what.<what>}. */
    public static ProblemException notFound(String what, String id, String known) {
        return new ProblemException(ProblemType.NOT_FOUND,
                language -> Problems.detail(language, "unknownId", "what",
                        Texts.in(language).get("problem.what." + what), "id", id,
                        "known", known),
                language -> List.of());
    }

    /** A history operation while history is off ({@code ADVISOR_HISTORY=off}). */
    public static ProblemException historyOff() {
        return new ProblemException(ProblemType.HISTORY_OFF,
                language -> Problems.detail(language, "historyOff"), language -> List.of());
    }

    /** The history could not record or read; the answer was not sent, nothing was recorded. */
    public static ProblemException historyUnavailable() {
        return new ProblemException(ProblemType.HISTORY_UNAVAILABLE,
                language -> Problems.detail(language, "historyUnavailable"), language -> List.of());
    }

    /** A 400 {@code invalid-request} with the one error this request broke. */
    public static ProblemException invalid(Function<Language, FieldError> error) {
        return new ProblemException(ProblemType.INVALID_REQUEST,
                language -> Problems.invalidDetail(language, 1),
                language -> List.of(error.apply(language)));
    }

    public static ProblemException badParameter(String parameter, Function<Language, String> detail) {
        return invalid(language -> FieldError.atParameter(parameter, detail.apply(language)));
    }

    /**
     * A 401 {@code unauthorized} for a bearer token that verifies but cannot be used here (its text key
     * {@code problem.detail.<detailKey>}, with its placeholders' names and values, says why), answered with
     * {@code WWW-Authenticate: Bearer error="invalid_token"} (RFC 6750 §3.1: "invalid for other reasons") instead of
     * the bare challenge of a request without a token.
     */
    public static ProblemException invalidToken(String detailKey, String... namesAndValues) {
        return new InvalidToken(language -> Problems.detail(language, detailKey, namesAndValues));
    }

    /** {@link #invalidToken}: recognised by its type where the answer's challenge is written. */
    public static final class InvalidToken extends ProblemException {
        InvalidToken(Function<Language, String> detail) {
            super(ProblemType.UNAUTHORIZED, detail, language -> List.of());
        }
    }

    /** This problem as a document, its texts in {@code language}. */
    public Problem toProblem(Language language, String instance) {
        return Problems.problem(type, language, detail(language), instance, errors(language));
    }

    ProblemType type() {
        return type;
    }

    String detail(Language language) {
        return detail.apply(language);
    }

    List<FieldError> errors(Language language) {
        return errors.apply(language);
    }
}
