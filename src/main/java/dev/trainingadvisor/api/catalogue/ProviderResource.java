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
import dev.trainingadvisor.api.market.Market;
import dev.trainingadvisor.api.market.MarketAnswers;
import dev.trainingadvisor.domain.market.MarketMethod;
import dev.trainingadvisor.domain.market.MarketProvider;
import dev.trainingadvisor.domain.market.ProviderListing;
import dev.trainingadvisor.domain.market.ProviderStatus;
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
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code GET /providers}: the guide's fine-tuning providers beside today's market, and the current providers
 * (ADVISOR-RULES §5, §10), filterable by method, status and the guide's starting cost.
 */
@Path("/providers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue")
@NonBlocking
public class ProviderResource {
    static final String METHOD = "method";
    static final String STATUS = "status";
    static final String MAX_STARTING_COST = "maxStartingCostUsd";
    private static final BigDecimal MAX_USD = new BigDecimal(Limits.MAX_USD);

    private final Languages languages;
    private final Market market;
    private final MarketAnswers answers;

    public ProviderResource(Languages languages, Market market, MarketAnswers answers) {
        this.languages = languages;
        this.market = market;
        this.answers = answers;
    }

    // The @QueryParam values declare the contract; they are read raw (QueryParameters.value) so that an empty value
    // is a 400, not taken for "no filter" as JAX-RS would hand it over.
    @GET
    @Operation(operationId = "listProviders", summary = "Fine-tuning providers: the guide's and today's market",
            description = "Every provider of the market data in its order (the guide's four first, each with the "
                    + "guide's own figures under `guide`), with its status today, dates, methods, pricing and "
                    + "sources. Filters: method offered, status today, and the guide's starting cost (a provider "
                    + "without a published guide price - Anthropic, and every provider the guide does not list - never "
                    + "passes a maximum-cost filter).")
    @APIResponse(responseCode = "200", description = "The providers that pass the filters (possibly none).")
    public ProviderListDto list(
            @Parameter(description = "Only providers offering this training method.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"SFT", "PEFT", "DPO", "RFT"}))
            @QueryParam(METHOD) String method,
            @Parameter(description = "Only providers with this status today.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"AVAILABLE", "CLOSING", "DISCONTINUED"}))
            @QueryParam(STATUS) String status,
            @Parameter(description = "Only providers whose starting cost in the guide is at most this many USD.",
                    schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = Limits.MAX_USD))
            @QueryParam(MAX_STARTING_COST) String maxStartingCostUsd,
                                  @Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of(METHOD, STATUS, MAX_STARTING_COST));
        ProviderListing.Filter filter = new ProviderListing.Filter(
                QueryParameters.value(uri, METHOD).map(ProviderResource::method),
                QueryParameters.value(uri, STATUS).map(ProviderResource::status),
                QueryParameters.value(uri, MAX_STARTING_COST).map(ProviderResource::maxCost));
        Language language = languages.of(headers);
        LocalDate today = market.today();
        return new ProviderListDto(answers.marketData(), answers.warnings(language),
                ProviderListing.list(market.data(), filter, language, today).stream()
                        .map(entry -> ProviderDto.of(entry, today, language)).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProvider", summary = "One fine-tuning provider")
    @APIResponse(responseCode = "200", description = "The provider.")
    public ProviderAnswerDto get(
            @Parameter(description = "The provider's id.", example = "openai-fine-tuning",
                    schema = @Schema(type = SchemaType.STRING))
            @PathParam("id") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        Language language = languages.of(headers);
        LocalDate today = market.today();
        return ProviderListing.find(market.data(), id, language, today)
                .map(entry -> new ProviderAnswerDto(answers.marketData(), answers.warnings(language),
                        ProviderDto.of(entry, today, language)))
                .orElseThrow(() -> ProblemException.notFound("provider", id, market.data().providers().stream()
                        .map(MarketProvider::id).collect(Collectors.joining(", "))));
    }

    private static MarketMethod method(String value) {
        return QueryParameters.code(METHOD, value, MarketMethod.class);
    }

    private static ProviderStatus status(String value) {
        return QueryParameters.code(STATUS, value, ProviderStatus.class);
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
