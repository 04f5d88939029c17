package dev.trainingadvisor.api.change;

import dev.trainingadvisor.api.common.QueryParameters;
import dev.trainingadvisor.api.common.RulesetParameter;
import dev.trainingadvisor.api.language.Languages;
import dev.trainingadvisor.api.problem.Problems;
import dev.trainingadvisor.domain.Language;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /assessments/{id}/reassessment} (issue 19): a recorded decision decided again, and what changed. Blocking:
 * it reads the database on a worker thread.
 */
@Path("/assessments/{assessmentId}/reassessment")
@Tag(name = "Assessment history")
@Blocking
public class ReassessmentResource {
    private static final Set<String> PARAMETERS = Set.of(RulesetParameter.NAME);

    private final Reassessments reassessments;
    private final RulesetParameter rulesets;
    private final Languages languages;

    public ReassessmentResource(Reassessments reassessments, RulesetParameter rulesets, Languages languages) {
        this.reassessments = reassessments;
        this.rulesets = rulesets;
        this.languages = languages;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getReassessment", summary = "Re-assess a recorded assessment",
            description = "Decides the recorded profile again under the market data in use today and the chosen "
                    + "ruleset (?ruleset=1|2; the recorded one without it), records nothing, and answers the new "
                    + "assessment with what changed against the record - approach, methods, warnings added and "
                    + "removed - and why: the ruleset or its version changed, the market data version changed, or a "
                    + "dated fact the recorded answer depended on (its validUntil and those after it) has taken "
                    + "effect, each named. The same access rules as GET /assessments/{id}: 404 for an id not "
                    + "recorded, erased, expired or another caller's; 401 without a token under ADVISOR_AUTH=oidc; "
                    + "404 history-off without history. A recorded profile that leaves out what ruleset 1 requires "
                    + "cannot be decided under it: 400 invalid-request, its pointers into the recorded profile.")
    @APIResponse(responseCode = "200", description = "The re-assessment.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReassessmentDto.class)))
    @APIResponse(responseCode = "404", description = "No record with this id that the caller may read (type "
            + "/problems/not-found), or the service keeps no history (type /problems/history-off).",
            content = @Content(mediaType = Problems.MEDIA_TYPE,
                    schema = @Schema(ref = "#/components/schemas/Problem")))
    public ReassessmentDto reassess(
            @Parameter(description = "The recorded assessment's id.") @PathParam("assessmentId") String assessmentId,
            @Parameter(description = "The ruleset to decide with: 1 or 2. Without it, the ruleset the record was "
                    + "decided with.", schema = @Schema(type = SchemaType.STRING, enumeration = {"1", "2"}))
            @QueryParam(RulesetParameter.NAME) String ruleset,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, PARAMETERS);
        Language language = languages.of(headers);
        return ReassessmentDto.of(reassessments.reassess(assessmentId, rulesets.given(uri), language), language);
    }
}
