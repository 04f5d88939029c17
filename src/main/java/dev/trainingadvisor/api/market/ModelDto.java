package dev.trainingadvisor.api.market;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.trainingadvisor.domain.market.MarketModel;
import dev.trainingadvisor.domain.market.Sourced;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A base model and its prices (ADVISOR-RULES §10, §12.1). */
@Schema(name = "FineTunableModel", description = "A base model and its prices in USD per 1M tokens: one that can be "
        + "fine-tuned (fineTunable), or a baseline for prompting and RAG. A price that does not exist (or is not known) "
        + "is absent, never 0.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelDto(
        @Schema(required = true, description = "As the provider writes it.", examples = "gpt-4o-mini-2024-07-18")
        String id,
        @Schema(required = true, description = "The provider's id in GET /providers.", examples = "openai-fine-tuning")
        String provider,
        @Schema(description = "Base model, input: USD per 1M tokens.") BigDecimal inputUsd,
        @Schema(description = "Base model, output: USD per 1M tokens.") BigDecimal outputUsd,
        @Schema(description = "Base model, input read from the provider's prompt cache: USD per 1M tokens.")
        BigDecimal cachedInputUsd,
        @Schema(required = true, description = "An offering of GET /fine-tuning-offerings trains it, or the market "
                + "data prices its fine-tunes; false: a baseline for prompting and RAG only.") boolean fineTunable,
        @Schema(description = "A fine-tune of it, input: USD per 1M tokens.") BigDecimal fineTunedInputUsd,
        @Schema(description = "A fine-tune of it, output: USD per 1M tokens.") BigDecimal fineTunedOutputUsd,
        @Schema(description = "Training: USD per 1M training tokens (examples x tokens x epochs).")
        BigDecimal trainingUsd,
        @Schema(description = "The day the model, and every fine-tune on it, stops serving.") LocalDate retiresOn,
        @Schema(required = true, description = "Where each figure was read.") List<SourceDto> sources) {

    static ModelDto of(MarketModel model, boolean fineTunable) {
        SourceDto.Collector sources = new SourceDto.Collector();
        add(sources, "inputUsd", model.inputUsd());
        add(sources, "outputUsd", model.outputUsd());
        add(sources, "cachedInputUsd", model.cachedInputUsd());
        add(sources, "fineTunedInputUsd", model.fineTunedInputUsd());
        add(sources, "fineTunedOutputUsd", model.fineTunedOutputUsd());
        add(sources, "trainingUsd", model.trainingUsd());
        add(sources, "retiresOn", model.retiresOn());
        return new ModelDto(model.id(), model.provider(), value(model.inputUsd()), value(model.outputUsd()),
                value(model.cachedInputUsd()), fineTunable,
                value(model.fineTunedInputUsd()), value(model.fineTunedOutputUsd()), value(model.trainingUsd()),
                value(model.retiresOn()), sources.build());
    }

    private static <T> T value(Optional<Sourced<T>> figure) {
        return figure.map(Sourced::value).orElse(null);
    }

    private static void add(SourceDto.Collector sources, String field, Optional<? extends Sourced<?>> figure) {
        figure.ifPresent(f -> sources.add(field, f.sources()));
    }
}
