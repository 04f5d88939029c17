package dev.trainingadvisor.api.change;

import dev.trainingadvisor.api.common.QueryParameters;
import dev.trainingadvisor.api.common.ValidBody;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /impact-analyses} (issue 19). Blocking: it streams the history on a worker thread. */
@Path("/impact-analyses")
@Tag(name = "Assessment history")
@Blocking
public class ImpactAnalysisResource {
    private final ImpactAnalyses analyses;
    private final ValidBody validBody;

    public ImpactAnalysisResource(ImpactAnalyses analyses, ValidBody validBody) {
        this.analyses = analyses;
        this.validBody = validBody;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createImpactAnalysis", summary = "Replay recorded assessments under new data or rules",
            description = "Decides the recorded assessments that `records` selects (the filters of GET /assessments; "
                    + "every record without it) again - under the market data in use, or under the candidate market "
                    + "data file in `marketData` (validated exactly as an ADVISOR_MARKET_DATA file; nothing is "
                    + "installed), and under each record's own ruleset or the one in `ruleset` - and answers counts by "
                    + "approach before and after, warnings added and removed, the records that cannot be decided under "
                    + "the ruleset asked for (ruleset 1 needs fields ruleset 2 may leave out), and the ids whose "
                    + "approach flips, a page at a time (`limit`, `cursor`). Records nothing. The records are streamed "
                    + "from the database, so memory does not grow with history. Under ADVISOR_AUTH=oidc it needs a "
                    + "token with the role advisor-auditor (or advisor-admin): 401 without a token, 403 without the "
                    + "role. The body may be as large as a market data file: 1 MiB, not the 64 KiB of other "
                    + "operations. Decided with the lean decision (no counterfactuals), today's date from the "
                    + "service's clock.")
    @APIResponse(responseCode = "200", description = "The impact.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImpactAnalysisDto.class)))
    public ImpactAnalysisDto analyse(
            @RequestBody(required = true, description = "What to replay, and under what.")
            ImpactAnalysisRequest request, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        return analyses.analyse(validBody.require(request));
    }
}
