package dev.trainingadvisor.api.problem;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Builds problem documents, their texts in the request's language; {@link ProblemWriter} sends them. */
public final class Problems {
    /** RFC 9457 §3; the answers themselves are written by {@link ProblemWriter}. */
    public static final String MEDIA_TYPE = ProblemWriter.MEDIA_TYPE;
    /** RFC 9110 §11.6.1: the header a 401 names its challenge in. */
    public static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    /** RFC 6750 §3: the challenge of a 401 for a missing bearer token. */
    public static final String BEARER_CHALLENGE = "Bearer";
    /** RFC 6750 §3.1: the challenge of a 401 for a token that is expired, revoked, malformed or otherwise invalid. */
    public static final String INVALID_TOKEN_CHALLENGE = "Bearer error=\"invalid_token\"";

    /** RFC 9110 §10.2.3: how long a client should wait before it tries a 503 again. */
    public static final String RETRY_AFTER = "Retry-After";
    /**
     * The {@value #RETRY_AFTER} of a 503 ({@code history-unavailable}), in seconds: a database restart or fail-over
     * usually takes a few; the client may try sooner, nothing was answered or recorded.
     */
    public static final int RETRY_AFTER_SECONDS = 5;

    private Problems() {
    }

    public static Problem problem(ProblemType type, Language language, String detail, String instance,
                                  List<FieldError> errors) {
        return new Problem(type.uri(), Texts.in(language).get(type.textKey() + ".title"), type.status(), detail,
                instance, errors);
    }

    /**
     * A 401 {@code unauthorized}: the operation needs a bearer token; {@code why} names the detail text, with its
     * placeholders' names and values.
     */
    public static Problem unauthorized(Language language, String instance, String why, String... namesAndValues) {
        return problem(ProblemType.UNAUTHORIZED, language, detail(language, why, namesAndValues), instance, List.of());
    }

    /** A 400 {@code invalid-request} whose detail counts the errors it lists. */
    public static Problem invalidProblem(Language language, String instance, List<FieldError> errors) {
        return problem(ProblemType.INVALID_REQUEST, language, invalidDetail(language, errors.size()), instance,
                errors);
    }

    static String invalidDetail(Language language, int errors) {
        return detail(language, "invalidRequest", "count", Integer.toString(errors));
    }

    /** The detail text {@code problem.detail.<name>} with its placeholders filled. */
    public static String detail(Language language, String name, String... namesAndValues) {
        return Texts.in(language).format("problem.detail." + name, namesAndValues);
    }

    /** "must be {expected}", where expected is the text {@code problem.detail.type.<type>} with its placeholders. */
    public static String wrongType(Language language, String type, String... namesAndValues) {
        return detail(language, "wrongType", "expected", detail(language, "type." + type, namesAndValues));
    }

    /** The codes of an enum type, in declaration order: {@code RAG, SFT, RLHF, PEFT}. */
    public static String codes(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** RFC 6901: a pointer token escapes {@code ~} as {@code ~0} and {@code /} as {@code ~1}. */
    public static String token(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
