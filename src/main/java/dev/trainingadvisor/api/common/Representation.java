package dev.trainingadvisor.api.common;

import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.api.problem.Problems;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * JSON or Mermaid: {@code ?format=json|mermaid} decides when given, otherwise the {@code Accept} header (best quality
 * first; JSON when both are equally welcome). JAX-RS has already answered 406 when Accept allows neither.
 */
public enum Representation {
    JSON,
    MERMAID;

    public static final String FORMAT = "format";
    public static final String MERMAID_TYPE = "text/vnd.mermaid";
    public static final String MERMAID_TYPE_UTF8 = MERMAID_TYPE + ";charset=UTF-8";
    private static final MediaType MERMAID_MEDIA_TYPE = MediaType.valueOf(MERMAID_TYPE);

    public static Representation choose(UriInfo uri, HttpHeaders headers) {
        java.util.Optional<String> format = QueryParameters.value(uri, FORMAT);
        if (format.isPresent()) {
            return switch (format.get()) {
                case "json" -> JSON;
                case "mermaid" -> MERMAID;
                default -> throw ProblemException.badParameter(FORMAT,
                        language -> Problems.detail(language, "type.enum", "codes", "json, mermaid"));
            };
        }
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        for (MediaType type : acceptable) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return JSON;
            }
            if (type.isCompatible(MERMAID_MEDIA_TYPE)) {
                return MERMAID;
            }
        }
        return JSON;
    }
}
