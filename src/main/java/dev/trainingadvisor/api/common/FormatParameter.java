package dev.trainingadvisor.api.common;

import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.api.problem.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code ?format=json|mermaid} on the operations that answer in both: it takes the place of the Accept header, before
 * the resource method is chosen. Each representation then has its own method with a typed result, which the server
 * writes with a serializer chosen once instead of negotiating per request (the profile showed that costing more than
 * the rest of the request).
 */
public class FormatParameter {
    /** The paths whose operations answer in JSON and in Mermaid. */
    static final Set<String> PATHS = Set.of("/decision-tree");

    @ServerRequestFilter(preMatching = true)
    public void applyFormat(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!PATHS.contains(path)) {
            return;
        }
        Optional<String> format = QueryParameters.value(request.getUriInfo(), Representation.FORMAT);
        if (format.isEmpty()) {
            return;
        }
        String accept = switch (format.get()) {
            case "json" -> MediaType.APPLICATION_JSON;
            case "mermaid" -> Representation.MERMAID_TYPE;
            default -> throw ProblemException.badParameter(Representation.FORMAT,
                    language -> Problems.wrongType(language, "enum", "codes", "json, mermaid"));
        };
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept);
    }
}
