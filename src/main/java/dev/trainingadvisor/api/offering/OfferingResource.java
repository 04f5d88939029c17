package dev.trainingadvisor.api.offering;

import dev.trainingadvisor.api.common.QueryParameters;
import dev.trainingadvisor.api.language.Languages;
import dev.trainingadvisor.api.market.Market;
import dev.trainingadvisor.api.market.MarketAnswers;
import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.api.problem.Problems;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.market.FineTuningOffering;
import dev.trainingadvisor.domain.market.MarketMethod;
import dev.trainingadvisor.domain.market.MarketProvider;
import dev.trainingadvisor.domain.market.OfferingListing;
import dev.trainingadvisor.domain.market.ProviderStatus;
import dev.trainingadvisor.domain.market.ServingMode;
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
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /fine-tuning-offerings} (and {@code /{id}}): the ways to buy a fine-tune today, from the market data
 * (ADVISOR-RULES §12.1), filterable by provider, method, serving mode and the provider's status today. An unknown
 * filter value is a 400 naming the values known, never an empty list that hides a typo.
 */
@Path("/fine-tuning-offerings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Market")
@NonBlocking
public class OfferingResource {
    static final String PROVIDER = "provider";
    static final String METHOD = "method";
    static final String SERVING_MODE = "servingMode";
    static final String STATUS = "status";

    private final Languages languages;
    private final Market market;
    private final MarketAnswers answers;

    public OfferingResource(Languages languages, Market market, MarketAnswers answers) {
        this.languages = languages;
        this.market = market;
        this.answers = answers;
    }

    // The @QueryParam values declare the contract; they are read raw (QueryParameters.value) so that an empty value
    // is a 400, not taken for "no filter".
    @GET
    @Operation(operationId = "listFineTuningOfferings", summary = "Ways to buy a fine-tune: provider, base model, "
            + "methods, training price, serving mode",
            description = "ADVISOR-RULES §12.1. Every offering of the market data in its order, with its provider's "
                    + "status today, the last day it takes new jobs, the day the fine-tune stops serving, whether a job "
                    + "can be started today, who may train (eligibility), which figures come only from secondary "
                    + "copies, where sources disagree, and the sources of every figure. A figure nobody publishes is "
                    + "absent. Filters: provider, method, servingMode, status.")
    @APIResponse(responseCode = "200", description = "The offerings that pass the filters (possibly none).")
    public OfferingListDto list(
            @Parameter(description = "Only offerings of this provider (an id of GET /providers).",
                    schema = @Schema(type = SchemaType.STRING), example = "together-ai")
            @QueryParam(PROVIDER) String provider,
            @Parameter(description = "Only offerings that train this method.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"SFT", "PEFT", "DPO", "RFT"}))
            @QueryParam(METHOD) String method,
            @Parameter(description = "Only offerings served this way.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"PER_TOKEN", "PER_TOKEN_PLUS_HOSTING", "DEDICATED"}))
            @QueryParam(SERVING_MODE) String servingMode,
            @Parameter(description = "Only offerings whose provider has this status today.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"AVAILABLE", "CLOSING", "DISCONTINUED"}))
            @QueryParam(STATUS) String status,
            @Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of(PROVIDER, METHOD, SERVING_MODE, STATUS));
        return offerings(QueryParameters.value(uri, PROVIDER), QueryParameters.value(uri, METHOD),
                QueryParameters.value(uri, SERVING_MODE), QueryParameters.value(uri, STATUS), languages.of(headers));
    }

    /**
     * The offerings that pass the filters, each absent filter passing all (also the MCP tool
     * {@code list_fine_tuning_offerings}).
     *
     * @throws ProblemException 400 naming the filter when a value is not one of its codes
     */
    public OfferingListDto offerings(java.util.Optional<String> provider, java.util.Optional<String> method,
                                     java.util.Optional<String> servingMode, java.util.Optional<String> status,
                                     Language language) {
        OfferingListing.Filter filter = new OfferingListing.Filter(
                provider.map(this::provider),
                method.map(value -> QueryParameters.code(METHOD, value, MarketMethod.class)),
                servingMode.map(value -> QueryParameters.code(SERVING_MODE, value, ServingMode.class)),
                status.map(value -> QueryParameters.code(STATUS, value, ProviderStatus.class)));
        LocalDate today = market.today();
        return new OfferingListDto(answers.marketData(), answers.warnings(language),
                OfferingListing.list(market.data(), filter, today).stream()
                        .map(entry -> OfferingDto.of(entry, language)).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getFineTuningOffering", summary = "One fine-tuning offering")
    @APIResponse(responseCode = "200", description = "The offering.")
    public OfferingAnswerDto get(
            @Parameter(description = "The offering's id.", example = "together-llama-3.1-8b-lora-dedicated",
                    schema = @Schema(type = SchemaType.STRING))
            @PathParam("id") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
        QueryParameters.allowOnly(uri, Set.of());
        Language language = languages.of(headers);
        return OfferingListing.find(market.data(), id, market.today())
                .map(entry -> new OfferingAnswerDto(answers.marketData(), answers.warnings(language),
                        OfferingDto.of(entry, language)))
                .orElseThrow(() -> ProblemException.notFound("offering", id, market.data().offerings().stream()
                        .map(FineTuningOffering::id).collect(Collectors.joining(", "))));
    }

    private String provider(String value) {
        if (market.data().provider(value).isEmpty()) {
            String known = market.data().providers().stream().map(MarketProvider::id)
                    .collect(Collectors.joining(", "));
            throw ProblemException.badParameter(PROVIDER,
                    language -> Problems.wrongType(language, "enum", "codes", known));
        }
        return value;
    }

}
