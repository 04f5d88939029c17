package dev.trainingadvisor.api.catalogue;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import dev.trainingadvisor.api.common.QueryParameters;
import dev.trainingadvisor.api.language.Languages;
import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.api.problem.Problems;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Limits;
import dev.trainingadvisor.domain.catalogue.Catalogue;
import dev.trainingadvisor.domain.catalogue.MethodId;
import dev.trainingadvisor.domain.catalogue.Provider;
import dev.trainingadvisor.domain.catalogue.ProviderFilter;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The guide's fine-tuning providers, filterable by method and by maximum starting cost. */
@Path("/providers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
@NonBlocking
public class ProviderResource {
    static final String METHOD = "method";
    static final String MAX_STARTING_COST = "maxStartingCostUsd";
    private static final BigDecimal MAX_USD = new BigDecimal(Limits.MAX_USD);

    private final Languages languages;

    public ProviderResource(Languages languages) {
        this.languages = languages;
    }

    // The @QueryParam values declare the contract; they are read raw (QueryParameters.value) so that an empty value
    // is a 400, not taken for "no filter" as JAX-RS would hand it over.
    @GET
    @Operation(operationId = "listProviders", summary = "The guide's fine-tuning providers",
            description = "In the guide's order, filtered by method and by maximum starting cost (both optional). A "
                    + "provider without a published price (Anthropic) never passes a maximum-cost filter.")
    @APIResponse(responseCode = "200", description = "The providers that pass the filters (possibly none).")
    public List<ProviderDto> list(
            @Parameter(description = "Only providers offering this method.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"RAG", "SFT", "RLHF", "PEFT"}))
            @QueryParam(METHOD) String method,
            @Parameter(description = "Only providers whose starting cost is at most this many USD.",
                    schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = Limits.MAX_USD))
            @QueryParam(MAX_STARTING_COST) String maxStartingCostUsd,
                                  @Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of(METHOD, MAX_STARTING_COST));
        ProviderFilter filter = new ProviderFilter(
                QueryParameters.value(uri, METHOD).map(ProviderResource::method),
                QueryParameters.value(uri, MAX_STARTING_COST).map(ProviderResource::maxCost));
        return Catalogue.providers(filter, languages.of(headers)).stream().map(ProviderDto::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProvider", summary = "One fine-tuning provider")
    @APIResponse(responseCode = "200", description = "The provider.")
    public ProviderDto get(
            @Parameter(description = "The provider's id.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"openai-fine-tuning", "anthropic", "huggingface-autotrain", "replicate"}))
            @PathParam("id") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        Language language = languages.of(headers);
        return Catalogue.provider(id, language).map(ProviderDto::of)
                .orElseThrow(() -> ProblemException.notFound("provider", id,
                        Catalogue.providers(ProviderFilter.ALL, language).stream().map(Provider::id)
                                .collect(Collectors.joining(", "))));
    }

    private static MethodId method(String value) {
        return MethodId.byCode(value).orElseThrow(() -> ProblemException.badParameter(METHOD,
                language -> Problems.wrongType(language, "enum", "codes", Problems.codes(MethodId.class))));
    }

    private static BigDecimal maxCost(String value) {
        BigDecimal amount;
        try {
            amount = value.length() > 32 ? null : new BigDecimal(value);
        } catch (NumberFormatException e) {
            amount = null;
        }
        if (amount == null) {
            throw ProblemException.badParameter(MAX_STARTING_COST,
                    language -> Problems.wrongType(language, "number"));
        }
        if (amount.signum() < 0) {
            throw ProblemException.badParameter(MAX_STARTING_COST,
                    language -> Problems.detail(language, "min", "value", "0"));
        }
        if (amount.compareTo(MAX_USD) > 0) {
            throw ProblemException.badParameter(MAX_STARTING_COST,
                    language -> Problems.detail(language, "max", "value", Limits.MAX_USD));
        }
        return amount;
    }
}
