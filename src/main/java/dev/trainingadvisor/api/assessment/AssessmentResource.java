package dev.trainingadvisor.api.assessment;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import dev.trainingadvisor.api.auth.Requesters;
import dev.trainingadvisor.api.common.Prefer;
import dev.trainingadvisor.api.common.PreferenceApplied.HonoursReturn;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import com.fasterxml.jackson.databind.JsonNode;
import dev.trainingadvisor.api.history.Recorder;
import dev.trainingadvisor.domain.Language;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /assessments}: a project profile in, the recommendation and its reasons out; the lean answer for
 * {@code Prefer: return=minimal}; the same as Mermaid ({@code /mermaid}); up to 100 profiles at once ({@code /batch}).
 */
@Path("/assessments")
@Tag(name = "Assessments")
@NonBlocking
public class AssessmentResource {
    private static final Set<String> PARAMETERS = Set.of(RulesetParameter.NAME);
    static final String PREFER = "RFC 7240 preferences. `return=minimal` answers the lean AssessmentSummary (the "
            + "decision's codes, no texts, no counterfactuals) instead of the Assessment, with Preference-Applied: "
            + "return=minimal; `return=representation`, or no `return`, answers the full Assessment. Names are "
            + "case-insensitive, values are not; several preferences are comma-separated, over one or more Prefer "
            + "lines; the first of a repeated preference counts; unknown or malformed preferences are ignored, never "
            + "refused.";
    static final String PREFER_BATCH = "RFC 7240 preferences, as on POST /assessments: `return=minimal` answers each "
            + "assessed profile as the lean AssessmentSummary (under `assessmentSummary`), with Preference-Applied: "
            + "return=minimal; otherwise each is the full Assessment (under `assessment`). Unknown or malformed "
            + "preferences are ignored.";
    static final String PREFERENCE_APPLIED = "RFC 7240 §3: the return preference the answer followed, when the "
            + "request named one (return=minimal or return=representation).";
    static final String VARY = "Accept-Language, Prefer: the answer depends on both.";

    private final AssessmentService service;
    private final Languages languages;
    private final ValidBody validBody;
    private final RulesetParameter rulesets;
    private final AssessmentBatch batch;

    private final Recorder recorder;
    private final Requesters requesters;

    public AssessmentResource(AssessmentService service, Languages languages, ValidBody validBody,
                              RulesetParameter rulesets, AssessmentBatch batch, Recorder recorder,
                              Requesters requesters) {
        this.recorder = recorder;
        this.requesters = requesters;
        this.service = service;
        this.languages = languages;
        this.validBody = validBody;
        this.rulesets = rulesets;
        this.batch = batch;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @HonoursReturn
    @Operation(operationId = "createAssessment", summary = "Assess a project profile",
            description = "Evaluates the profile against the chosen ruleset (?ruleset=1|2; the configured default, 2 "
                    + "unless set, without it) and answers with the recommended approach, the "
                    + "decision path with the guide section behind each step, the golden-rule gate, the SFT, RLHF and "
                    + "PEFT checklists, the hire signals, the next steps, the smallest changes that would lead to each "
                    + "other approach, a summary and the guide's contradictions where they touch the answer. The same "
                    + "request always gives the same answer, apart from assessmentId and evaluatedAt. Ruleset 1 "
                    + "requires labeledExamples, mlExpertise and trainingBudgetUsd; ruleset 2 reads them as unknown "
                    + "when absent and lists what to find out. Under ruleset 2, DEPARTS_FROM_LITERAL_TREE warns when "
                    + "ruleset 1 would answer differently. The same assessment as a Mermaid diagram: "
                    + "POST /assessments/mermaid. With `Prefer: return=minimal` (RFC 7240) the answer is the lean "
                    + "AssessmentSummary instead: the decision's codes only, computed without counterfactuals or "
                    + "texts; see the Prefer parameter. Many profiles in one call: POST /assessments/batch.")
    @APIResponse(responseCode = "200", description = "The assessment (schema Assessment); with `Prefer: "
            + "return=minimal`, the lean assessment (schema AssessmentSummary, the response's "
            + "x-return-minimal), and `Preference-Applied: return=minimal`.",
            headers = {
                    @Header(name = Prefer.APPLIED_HEADER, description = PREFERENCE_APPLIED,
                            schema = @Schema(type = SchemaType.STRING,
                                    enumeration = {"return=minimal", "return=representation"})),
                    @Header(name = "Vary", description = VARY, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentResponse.class)))
    @Parameter(name = Prefer.HEADER, in = ParameterIn.HEADER, description = PREFER,
            schema = @Schema(type = SchemaType.STRING), example = "return=minimal")
    public CompletionStage<Response> assess(
            @RequestBody(required = true, description = "The project profile.") AssessmentRequest request,
            @Parameter(description = RulesetParameter.DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"1", "2"}))
            @QueryParam(RulesetParameter.NAME) String ruleset,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, PARAMETERS);
        RulesetId chosen = rulesets.of(uri);
        AssessmentRequest valid = validBody.require(request);
        AssessmentRules.check(valid, chosen);
        Language language = languages.of(headers);
        AssessmentAnswer answer = Prefer.parse(headers.getRequestHeader(Prefer.HEADER)).minimal()
                ? service.summarise(valid, chosen)
                : service.assess(valid, chosen, language).response();
        return recorder.single(new Recorder.Answered(valid, answer, Optional.ofNullable(valid.projectName())),
                language, requesters.recordCaller());
    }

    /**
     * Up to 100 profiles in one call, each answered on its own by index: its assessment, or the problem the single
     * call would give it. The batch as a whole is refused (400) only when it is not a batch: not JSON, not
     * {@code {"profiles": [...]}}, more than 100 profiles, or a bad query parameter.
     */
    @POST
    @Path("batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @HonoursReturn
    @Operation(operationId = "createAssessmentBatch", summary = "Assess up to 100 project profiles in one call",
            description = "Assesses each profile of `profiles` on its own, exactly as POST /assessments would "
                    + "(the same ruleset, ?ruleset=1|2, and the same Accept-Language for all), and answers 200 with "
                    + "one result per profile, in order: its assessment, or the RFC 9457 problem POST /assessments "
                    + "would have given it alone (same type, title, detail and errors), its JSON Pointers rooted at "
                    + "this request (/profiles/3/labeledExamples). One bad profile never fails the others. With "
                    + "`Prefer: return=minimal` each assessment is the lean AssessmentSummary (`assessmentSummary` "
                    + "instead of `assessment`). Each profile assessed is counted and logged as a single call's is. "
                    + "The whole batch is a 400 when it is not a batch: not JSON, not an object with `profiles`, more "
                    + "than 100 profiles (at /profiles), or a bad query parameter; an empty list answers an empty "
                    + "batch. The body limit (64 KiB, 413) applies to the batch as a whole: about 100 profiles of "
                    + "450 bytes.")
    @APIResponse(responseCode = "200", description = "One result per profile, in the order sent.",
            headers = {
                    @Header(name = Prefer.APPLIED_HEADER, description = PREFERENCE_APPLIED,
                            schema = @Schema(type = SchemaType.STRING,
                                    enumeration = {"return=minimal", "return=representation"})),
                    @Header(name = "Vary", description = VARY, schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentBatchResponse.class)))
    @Parameter(name = Prefer.HEADER, in = ParameterIn.HEADER, description = PREFER_BATCH,
            schema = @Schema(type = SchemaType.STRING), example = "return=minimal")
    public CompletionStage<Response> assessBatch(
            @RequestBody(required = true, description = "The profiles.") AssessmentBatchRequest request,
            @Parameter(description = RulesetParameter.DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"1", "2"}))
            @QueryParam(RulesetParameter.NAME) String ruleset,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, PARAMETERS);
        RulesetId chosen = rulesets.of(uri);
        AssessmentBatchRequest valid = validBody.require(request);
        Language language = languages.of(headers);
        AssessmentBatchResponse answer = batch.assess(valid.profiles(), chosen, language,
                Prefer.parse(headers.getRequestHeader(Prefer.HEADER)).minimal(), uri.getRequestUri().getRawPath());
        List<Recorder.Answered> assessed = new ArrayList<>(answer.assessed());
        for (AssessmentBatchResponse.Result result : answer.results()) {
            AssessmentAnswer item = result.assessment() != null ? result.assessment() : result.assessmentSummary();
            if (item != null) {
                JsonNode profile = valid.profiles().get(result.index());
                JsonNode name = profile.path("projectName");
                assessed.add(new Recorder.Answered(profile, item,
                        name.isTextual() ? Optional.of(name.textValue()) : Optional.empty()));
            }
        }
        return recorder.batch(assessed, answer, language, requesters.recordCaller());
    }

    /**
     * The same assessment as its path through the decision tree, in Mermaid. Its own operation rather than a second
     * media type of {@code POST /assessments}: a typed client (openapi-fetch) types an operation's 200 as the union of
     * its media types, so a shared operation made every client check for a string before reading {@code approach}.
     */
    @POST
    @Path("mermaid")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(Representation.MERMAID_TYPE_UTF8)
    @Operation(operationId = "createAssessmentDiagram", summary = "Assess a project profile, as a Mermaid diagram",
            description = "The same evaluation as POST /assessments, answered as the decision tree of the ruleset that "
                    + "decided, in Mermaid flowchart source, with the path this profile took drawn in bold (paste it "
                    + "into https://mermaid.live). Texts follow Accept-Language.")
    @APIResponse(responseCode = "200", description = "Mermaid flowchart source; the path taken is styled in bold.",
            content = @Content(mediaType = Representation.MERMAID_TYPE, schema = @Schema(type = SchemaType.STRING)))
    public String assessAsMermaid(
            @RequestBody(required = true, description = "The project profile.") AssessmentRequest request,
            @Parameter(description = RulesetParameter.DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"1", "2"}))
            @QueryParam(RulesetParameter.NAME) String ruleset,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        return assessFully(request, headers, uri).mermaid();
    }

    private AssessmentService.Result assessFully(AssessmentRequest request, HttpHeaders headers, UriInfo uri) {
        QueryParameters.allowOnly(uri, PARAMETERS);
        RulesetId ruleset = rulesets.of(uri);
        AssessmentRequest valid = validBody.require(request);
        AssessmentRules.check(valid, ruleset);
        return service.assess(valid, ruleset, languages.of(headers));
    }
}
