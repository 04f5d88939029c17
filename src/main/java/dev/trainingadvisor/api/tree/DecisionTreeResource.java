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
import dev.trainingadvisor.domain.assessment.DecisionTree;
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
    private final Languages languages;

    public DecisionTreeResource(Languages languages) {
        this.languages = languages;
    }

    // The format @QueryParam declares the contract; FormatParameter turns it into Accept before a method is chosen.
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getDecisionTree", summary = "The decision tree",
            description = "The guide's decision tree as ruleset 1 reads it (with the golden-rule gate and the method "
                    + "checklists): JSON nodes and edges for programs, or Mermaid flowchart source for people "
                    + "(Accept: text/vnd.mermaid or ?format=mermaid), coloured as the guide colours it.")
    @APIResponse(responseCode = "200", description = "The tree.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionTreeDto.class)),
            @Content(mediaType = Representation.MERMAID_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "Mermaid flowchart source."))})
    public DecisionTreeDto tree(
            @Parameter(description = "Answer as json or as mermaid; overrides Accept.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "mermaid"}))
            @QueryParam(Representation.FORMAT) String format,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of(Representation.FORMAT));
        return DecisionTreeDto.of(TreeDiagram.view(DecisionTree.ruleset(), languages.of(headers)));
    }

    /** The same tree as Mermaid source (documented with the JSON operation). */
    @GET
    @Produces(Representation.MERMAID_TYPE_UTF8)
    @Operation(hidden = true)
    public String treeAsMermaid(@Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of(Representation.FORMAT));
        return TreeDiagram.mermaid(DecisionTree.ruleset(), languages.of(headers));
    }
}
