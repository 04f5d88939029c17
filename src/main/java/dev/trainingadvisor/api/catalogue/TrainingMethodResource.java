package dev.trainingadvisor.api.catalogue;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import dev.trainingadvisor.api.common.QueryParameters;
import dev.trainingadvisor.api.language.Languages;
import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.api.problem.Problems;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.catalogue.Catalogue;
import dev.trainingadvisor.domain.catalogue.MethodId;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;

/** The guide's comparison table: RAG, SFT, RLHF, PEFT. */
@Path("/training-methods")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
@NonBlocking
public class TrainingMethodResource {
    private final Languages languages;

    public TrainingMethodResource(Languages languages) {
        this.languages = languages;
    }

    @GET
    @Operation(operationId = "listTrainingMethods", summary = "The guide's comparison table",
            description = "RAG, SFT, RLHF and PEFT in the table's order: what each does, when companies use it, its "
                    + "relevance to front-end engineers, cost tier and figures, data needs, pros, cons, and whether "
                    + "the guide documents it fully or only as a concept.")
    @APIResponse(responseCode = "200", description = "The four methods.")
    public List<TrainingMethodDto> list(@Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        Language language = languages.of(headers);
        return Catalogue.methods(language).stream().map(m -> TrainingMethodDto.of(m, language)).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getTrainingMethod", summary = "One method of the comparison table")
    @APIResponse(responseCode = "200", description = "The method.")
    public TrainingMethodDto get(
            @Parameter(description = "The method's id (case-sensitive).",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"RAG", "SFT", "RLHF", "PEFT"}))
            @PathParam("id") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        Language language = languages.of(headers);
        MethodId method = MethodId.byCode(id).orElseThrow(() -> ProblemException.notFound("trainingMethod", id,
                Problems.codes(MethodId.class)));
        return TrainingMethodDto.of(Catalogue.method(method, language), language);
    }
}
