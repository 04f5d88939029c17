package dev.trainingadvisor.api.market;

import dev.trainingadvisor.api.common.QueryParameters;
import dev.trainingadvisor.api.language.Languages;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /models}: base models and their prices, from the market data (ADVISOR-RULES §10), each with
 * {@code fineTunable} (§12.1).
 */
@Path("/models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Market")
@NonBlocking
public class ModelResource {
    private final Languages languages;
    private final MarketAnswers answers;

    public ModelResource(Languages languages, MarketAnswers answers) {
        this.languages = languages;
        this.answers = answers;
    }

    @GET
    @Operation(operationId = "listModels", summary = "Base models and their prices",
            description = "Every model of the market data - those that can be fine-tuned (fineTunable) and those "
                    + "that serve only as baselines for prompting and RAG: base, cached and fine-tuned prices in USD "
                    + "per 1M tokens, the training price, the day it retires, and where each figure was read (primary: "
                    + "the provider's own page). A price that does not exist is absent, never 0.")
    @APIResponse(responseCode = "200", description = "The models.")
    public ModelListDto list(@Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        return answers.models(languages.of(headers));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getModel", summary = "One base model")
    @APIResponse(responseCode = "200", description = "The model.")
    public ModelAnswerDto get(
            @Parameter(description = "The model's id, as its provider writes it.", example = "gpt-4o-mini-2024-07-18",
                    schema = @Schema(type = SchemaType.STRING))
            @PathParam("id") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        return answers.model(id, languages.of(headers));
    }
}
