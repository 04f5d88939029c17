package dev.trainingadvisor.api.cost;

import dev.trainingadvisor.api.common.QueryParameters;
import dev.trainingadvisor.api.common.ValidBody;
import dev.trainingadvisor.api.language.Languages;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /cost-comparisons}: what prompting, RAG and a fine-tuned model cost, and where they cross. */
@Path("/cost-comparisons")
@Tag(name = "ROI")
@NonBlocking
public class CostComparisonResource {
    private final Languages languages;
    private final ValidBody validBody;
    private final CostComparisonService service;

    public CostComparisonResource(Languages languages, ValidBody validBody, CostComparisonService service) {
        this.languages = languages;
        this.validBody = validBody;
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCostComparison", summary = "What prompting, RAG and a fine-tuned model cost",
            description = "ADVISOR-RULES §11. From tokens per query, queries per month and dated prices (a model of "
                    + "GET /models, explicit prices, or both): the per-query, monthly, upfront and cumulative cost of "
                    + "PROMPTING, RAG and FINE_TUNED for months 0..horizon; the cheapest; the month and the monthly "
                    + "volume from which the fine-tune costs no more than each baseline (null, with a reason code, when "
                    + "there is none); the prices used and their sources; warnings when the model retires or its "
                    + "provider stops training within the horizon. Use this to decide between the options; use POST "
                    + "/roi-estimates only when you already know what training would save. A model id that GET /models "
                    + "does not list is a 400 at /model; a price neither the model nor the request gives is a 400 at "
                    + "/prices/<name>.")
    @APIResponse(responseCode = "200", description = "The comparison.")
    public CostComparisonResponse compare(
            @RequestBody(required = true, description = "The workload and the prices to cost it at.")
            CostComparisonRequest request,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        return service.compare(validBody.require(request), languages.of(headers));
    }
}
