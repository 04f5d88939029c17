package dev.trainingadvisor.api.problem;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of problem this service reports. Each has a stable {@code type} URI, relative to the service, that
 * {@code GET /problems/{slug}} explains.
 */
public enum ProblemType {
    MALFORMED_JSON("malformed-json", 400),
    INVALID_REQUEST("invalid-request", 400),
    UNAUTHORIZED("unauthorized", 401),
    /** A valid token without the role an operation needs ({@code advisor-auditor} for an impact analysis). */
    FORBIDDEN("forbidden", 403),
    NOT_FOUND("not-found", 404),
    /** A history operation while the decision history is off ({@code ADVISOR_HISTORY=off}). */
    HISTORY_OFF("history-off", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", 406),
    PAYLOAD_TOO_LARGE("payload-too-large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415),
    INTERNAL_ERROR("internal-error", 500),
    /** The decision history could not record or read (its database is down, or its write queue is full). */
    HISTORY_UNAVAILABLE("history-unavailable", 503);

    public static final String PATH = "/problems/";

    private final String slug;
    private final int status;

    ProblemType(String slug, int status) {
        this.slug = slug;
        this.status = status;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return PATH + slug;
    }

    public String textKey() {
        return "problem." + slug;
    }

    public static Optional<ProblemType> bySlug(String slug) {
        return Arrays.stream(values()).filter(type -> type.slug.equals(slug)).findFirst();
    }
}
