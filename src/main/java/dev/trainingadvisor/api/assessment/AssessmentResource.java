package dev.trainingadvisor.api.assessment;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import dev.trainingadvisor.api.common.QueryParameters;
import dev.trainingadvisor.api.common.Representation;
import dev.trainingadvisor.api.common.RulesetParameter;
import dev.trainingadvisor.domain.assessment.RulesetId;
import dev.trainingadvisor.api.common.ValidBody;
import dev.trainingadvisor.api.language.Languages;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;

/** {@code POST /assessments}: a project profile in, the recommendation and its reasons out. */
@Path("/assessments")
@Tag(name = "Assessments")
@NonBlocking
public class AssessmentResource {
    private static final Set<String> PARAMETERS = Set.of(Representation.FORMAT, RulesetParameter.NAME);

    private final AssessmentService service;
    private final Languages languages;
    private final ValidBody validBody;
    private final RulesetParameter rulesets;

    public AssessmentResource(AssessmentService service, Languages languages, ValidBody validBody,
                              RulesetParameter rulesets) {
        this.service = service;
        this.languages = languages;
        this.validBody = validBody;
        this.rulesets = rulesets;
    }

    // The format @QueryParam declares the contract; FormatParameter turns it into Accept before a method is chosen.
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAssessment", summary = "Assess a project profile",
            description = "Evaluates the profile against the chosen ruleset (?ruleset=1|2; the configured default, 2 "
                    + "unless set, without it) and answers with the recommended approach, the "
                    + "decision path with the guide section behind each step, the golden-rule gate, the SFT, RLHF and "
                    + "PEFT checklists, the hire signals, the next steps, the smallest changes that would lead to each "
                    + "other approach, a summary and the guide's contradictions where they touch the answer. The same "
                    + "request always gives the same answer, apart from assessmentId and evaluatedAt. With Accept: "
                    + "text/vnd.mermaid (or ?format=mermaid) the answer is the decision tree as Mermaid source with the "
                    + "path this request took drawn in bold. Ruleset 1 requires labeledExamples, mlExpertise and "
                    + "trainingBudgetUsd; ruleset 2 reads them as unknown when absent and lists what to find out. "
                    + "Under ruleset 2, DEPARTS_FROM_LITERAL_TREE warns when ruleset 1 would answer differently.")
    @APIResponse(responseCode = "200", description = "The assessment.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentResponse.class)),
            @Content(mediaType = Representation.MERMAID_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "Mermaid flowchart source; the path taken is styled in bold."))})
    public AssessmentResponse assess(
            @RequestBody(required = true, description = "The project profile.") AssessmentRequest request,
            @Parameter(description = "Answer as json or as mermaid; overrides Accept.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "mermaid"}))
            @QueryParam(Representation.FORMAT) String format,
            @Parameter(description = "The ruleset to decide with: 1 (the guide's tree read literally, ADVISOR-RULES "
                    + "§3) or 2 (the guide refined, §9). Without it, the configured default (2 unless set).",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"1", "2"}))
            @QueryParam(RulesetParameter.NAME) String ruleset,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        return assess(request, headers, uri).response();
    }

    /** The same assessment as its path through the decision tree, in Mermaid (documented with the JSON operation). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(Representation.MERMAID_TYPE_UTF8)
    @Operation(hidden = true)
    public String assessAsMermaid(AssessmentRequest request, @Context HttpHeaders headers, @Context UriInfo uri) {
        return assess(request, headers, uri).mermaid();
    }

    private AssessmentService.Result assess(AssessmentRequest request, HttpHeaders headers, UriInfo uri) {
        QueryParameters.allowOnly(uri, PARAMETERS);
        RulesetId ruleset = rulesets.of(uri);
        AssessmentRequest valid = validBody.require(request);
        AssessmentRules.check(valid, ruleset);
        return service.assess(valid, ruleset, languages.of(headers));
    }
}
