package dev.trainingadvisor.api.ruleset;

import dev.trainingadvisor.api.common.GuideSectionDto;
import dev.trainingadvisor.api.common.QueryParameters;
import dev.trainingadvisor.api.common.RulesetParameter;
import dev.trainingadvisor.api.language.Languages;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import dev.trainingadvisor.domain.assessment.RuleBook;
import dev.trainingadvisor.domain.assessment.RulesetId;
import dev.trainingadvisor.domain.assessment.Rulesets;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /rulesets}: the rulesets, the default, and ruleset 2's changes with their guide sections. */
@Path("/rulesets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
@NonBlocking
public class RulesetResource {
    private final Languages languages;
    private final RulesetParameter rulesets;

    public RulesetResource(Languages languages, RulesetParameter rulesets) {
        this.languages = languages;
        this.rulesets = rulesets;
    }

    @GET
    @Operation(operationId = "listRulesets", summary = "The rulesets and the default",
            description = "Ruleset 1 is the guide's decision tree read literally (ADVISOR-RULES §3); ruleset 2 refines "
                    + "it where real cases show it wrong (§9). Lists both, the one used when a request names none, "
                    + "and each change of ruleset 2 with the step of §9 and the guide sections behind it.")
    @APIResponse(responseCode = "200", description = "The rulesets.")
    public RulesetsDto list(@Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        Language language = languages.of(headers);
        Texts texts = Texts.in(language);
        List<RulesetsDto.RulesetDto> list = new ArrayList<>();
        for (RulesetId id : RulesetId.values()) {
            RuleBook rules = Rulesets.of(id);
            String key = "ruleset." + id.number();
            list.add(new RulesetsDto.RulesetDto(id.number(), rules.version(), texts.get(key + ".name"),
                    texts.get(key + ".description"), rules.departsFrom().map(RulesetId::number).orElse(null),
                    rules.changes().stream().map(change -> new RulesetsDto.ChangeDto(change.code(), change.step(),
                            texts.get(change.titleKey()), texts.get(change.textKey()),
                            change.sources().stream().map(s -> GuideSectionDto.of(s, texts)).toList())).toList()));
        }
        return new RulesetsDto(rulesets.fallback().number(), list);
    }
}
