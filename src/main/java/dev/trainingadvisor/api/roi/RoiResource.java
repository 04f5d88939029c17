package dev.trainingadvisor.api.roi;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import dev.trainingadvisor.api.common.QueryParameters;
import dev.trainingadvisor.api.common.ValidBody;
import dev.trainingadvisor.api.language.Languages;
import dev.trainingadvisor.domain.roi.RoiCalculator;
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

/** {@code POST /roi-estimates}: does training pay for itself. */
@Path("/roi-estimates")
@Tag(name = "ROI")
@NonBlocking
public class RoiResource {
    private final RoiCalculator calculator = new RoiCalculator();
    private final Languages languages;
    private final ValidBody validBody;

    public RoiResource(Languages languages, ValidBody validBody) {
        this.languages = languages;
        this.validBody = validBody;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRoiEstimate", summary = "Does training pay for itself?",
            description = "The guide's fourth step before training: would the savings outweigh the $50k+ "
                    + "implementation cost? Exact decimal arithmetic, rounded HALF_UP to cents on output; the "
                    + "cumulative net position for every month of the horizon; pessimistic, base and optimistic "
                    + "scenarios with their assumptions. Use it when you already know what training would save; to "
                    + "find that out from tokens, volume and today's prices, use POST /cost-comparisons.")
    @APIResponse(responseCode = "200", description = "The estimate.")
    public RoiResponse estimate(
            @RequestBody(required = true, description = "What training would save and cost.")
            RoiRequest request,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        return RoiResponse.of(calculator.estimate(validBody.require(request).toInput(), languages.of(headers)));
    }
}
