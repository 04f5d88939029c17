package dev.trainingadvisor.api.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.market.DatedFact;
import dev.trainingadvisor.domain.market.MarketTexts;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Until when an answer holds as given, and the dated fact of the market data that ends it (issue 19). */
@Schema(name = "ValidUntil", description = "The last day this answer holds as given: the earliest date still ahead in "
        + "the market data that the answer depends on (a guide provider's or an available provider's newJobsUntil or "
        + "discontinuedOn, a named offering's last day for new jobs or its base model's retirement, the day the data "
        + "turns stale). The day after it, the same profile gets a different answer: re-check then.")
public record ValidUntilDto(
        @Schema(required = true, description = "The last day (UTC) the answer holds; the fact takes effect the day "
                + "after.", examples = "2027-01-06")
        LocalDate date,
        @Schema(description = "The fact, for people, in the answer's language. Absent in the lean answer "
                + "(AssessmentSummary), which carries no texts.",
                examples = "OpenAI Fine-Tuning takes no new fine-tuning jobs after 2027-01-06")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        String fact,
        @Schema(required = true, description = "Which dated fact it is (a stable code).")
        DatedFact.Kind code,
        @Schema(required = true, description = "What it is about: a provider's id (GET /providers), an offering's id "
                + "(GET /fine-tuning-offerings), or the market data's version for MARKET_DATA_STALE.",
                examples = "openai-fine-tuning")
        String subject) {

    /** The full answer's form, with the fact's text. */
    public static ValidUntilDto of(DatedFact fact, Language language) {
        return new ValidUntilDto(fact.lastDay(), MarketTexts.fact(fact, language), fact.kind(), fact.subject());
    }

    /** The lean answer's form: codes only. */
    public static ValidUntilDto lean(DatedFact fact) {
        return new ValidUntilDto(fact.lastDay(), null, fact.kind(), fact.subject());
    }
}
