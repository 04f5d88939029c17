package dev.trainingadvisor.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document: what went wrong, in the request's language, never with a stack trace. */
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json). "
        + "`type` identifies the kind of problem and is stable; `title` and `detail` are for people, in the language "
        + "that Accept-Language asked for.")
public record Problem(
        @Schema(required = true, description = "A URI reference identifying the problem type; GET it for an "
                + "explanation.", examples = "/problems/invalid-request")
        String type,
        @Schema(required = true, description = "A short summary of the problem type.")
        String title,
        @Schema(required = true, description = "The HTTP status code.", minimum = "400", maximum = "599")
        int status,
        @Schema(required = true, description = "What went wrong with this request.")
        String detail,
        @Schema(required = true, description = "The request path this problem occurred on.", examples = "/assessments")
        String instance,
        @Schema(description = "For invalid requests: one entry per offending property or parameter.")
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        List<FieldError> errors) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * This problem found in a part of a larger document: each error's pointer prefixed with the part's own pointer
     * ({@code /labeledExamples} under {@code /profiles/3} is {@code /profiles/3/labeledExamples}); parameter errors are
     * left as they are.
     */
    public Problem under(String pointer) {
        if (errors.isEmpty()) {
            return this;
        }
        List<FieldError> moved = new java.util.ArrayList<>(errors.size());
        for (FieldError error : errors) {
            moved.add(error.pointer() == null ? error
                    : new FieldError(pointer + error.pointer(), error.parameter(), error.detail()));
        }
        return new Problem(type, title, status, detail, instance, moved);
    }
}
