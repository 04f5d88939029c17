package dev.trainingadvisor.api.tree;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import dev.trainingadvisor.api.common.QueryParameters;
import dev.trainingadvisor.api.common.Representation;
import dev.trainingadvisor.api.language.Languages;
import dev.trainingadvisor.api.common.RulesetParameter;
import dev.trainingadvisor.domain.assessment.RulesetId;
import dev.trainingadvisor.domain.assessment.Rulesets;
import dev.trainingadvisor.domain.assessment.TreeDiagram;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;

/** The decision tree, as JSON for programs or as Mermaid for people. */
@Path("/decision-tree")
@Tag(name = "Catalogue")
@NonBlocking
public class DecisionTreeResource {
    private static final Set<String> PARAMETERS = Set.of(Representation.FORMAT, RulesetParameter.NAME);

    private final Languages languages;
    private final RulesetParameter rulesets;

    public DecisionTreeResource(Languages languages, RulesetParameter rulesets) {
        this.languages = languages;
        this.rulesets = rulesets;
    }

    // The format @QueryParam declares the contract; FormatParameter turns it into Accept before a method is chosen.
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDecisionTree", summary = "The decision tree",
            description = "The decision tree of the chosen ruleset (?ruleset=1|2, else the configured default, 2 "
                    + "unless set), with the golden-rule gate and the method checklists, each branch naming its rule: "
                    + "JSON nodes and edges for programs, or Mermaid flowchart source for people "
                    + "(Accept: text/vnd.mermaid or ?format=mermaid), coloured as the guide colours it.")
    @APIResponse(responseCode = "200", description = "The tree.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionTreeDto.class)),
            @Content(mediaType = Representation.MERMAID_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "Mermaid flowchart source."))})
    public DecisionTreeDto tree(
            @Parameter(description = "Answer as json or as mermaid; overrides Accept.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "mermaid"}))
            @QueryParam(Representation.FORMAT) String format,
            @Parameter(description = "The ruleset whose tree to show: 1 or 2. Without it, the configured default.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"1", "2"}))
            @QueryParam(RulesetParameter.NAME) String ruleset,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, PARAMETERS);
        RulesetId id = rulesets.of(uri);
        return DecisionTreeDto.of(id.number(), TreeDiagram.view(Rulesets.of(id).tree(), languages.of(headers)));
    }

    /** The same tree as Mermaid source (documented with the JSON operation). */
    @GET
    @Produces(Representation.MERMAID_TYPE_UTF8)
    @Operation(hidden = true)
    public String treeAsMermaid(@Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, PARAMETERS);
        return TreeDiagram.mermaid(Rulesets.of(rulesets.of(uri)).tree(), languages.of(headers));
    }
}
