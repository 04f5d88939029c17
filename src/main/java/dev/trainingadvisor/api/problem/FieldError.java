package dev.trainingadvisor.api.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One thing wrong with a request: a body property by JSON Pointer (RFC 6901) over the client's own property names,
 * or a query or path parameter by name.
 */
@Schema(name = "FieldError", description = "One offending part of a request. Body properties are named by a JSON "
        + "Pointer over the request document (\"/labeledExamples\", \"/ragOptimizations/1\", \"\" for the whole "
        + "body); query and path parameters by `parameter`.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FieldError(
        @Schema(description = "JSON Pointer to the offending body property.", examples = "/labeledExamples")
        String pointer,
        @Schema(description = "Name of the offending query or path parameter.", examples = "maxStartingCostUsd")
        String parameter,
        @Schema(required = true, description = "What is wrong with it.")
        String detail) {

    public static FieldError atPointer(String pointer, String detail) {
        return new FieldError(pointer, null, detail);
    }

    public static FieldError atParameter(String parameter, String detail) {
        return new FieldError(null, parameter, detail);
    }
}
