package dev.trainingadvisor.api.problem;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import dev.trainingadvisor.api.common.QueryParameters;
import dev.trainingadvisor.api.language.Languages;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Makes every problem {@code type} dereferenceable: what it means and what to do about it. */
@Path(ProblemType.PATH + "{slug}")
@Tag(name = "Problems")
@NonBlocking
public class ProblemTypeResource {
    private final Languages languages;

    public ProblemTypeResource(Languages languages) {
        this.languages = languages;
    }

    @Schema(name = "ProblemTypeDescription", description = "What a problem type means.")
    public record Description(
            @Schema(required = true, examples = "/problems/invalid-request") String type,
            @Schema(required = true) String title,
            @Schema(required = true, minimum = "400", maximum = "599") int status,
            @Schema(required = true) String description) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProblemType", summary = "What a problem type means",
            description = "Every problem document's `type` is a path under /problems/; this explains it.")
    @APIResponse(responseCode = "200", description = "The problem type.")
    public Description describe(
            @Parameter(description = "The last segment of the problem's type.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"malformed-json", "invalid-request", "not-found", "method-not-allowed",
                            "not-acceptable", "payload-too-large", "unsupported-media-type", "internal-error"}))
            @PathParam("slug") String slug, @Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        Language language = languages.of(headers);
        ProblemType type = ProblemType.bySlug(slug).orElseThrow(() -> ProblemException.notFound("problemType", slug,
                Arrays.stream(ProblemType.values()).map(ProblemType::slug).collect(Collectors.joining(", "))));
        Texts texts = Texts.in(language);
        return new Description(type.uri(), texts.get(type.textKey() + ".title"), type.status(),
                texts.get(type.textKey() + ".description"));
    }
}
