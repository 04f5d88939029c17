package dev.trainingadvisor.api.assessment;

import dev.trainingadvisor.domain.assessment.WarningId;
import dev.trainingadvisor.domain.market.MarketWarning;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every code an assessment can warn with: the rules' own ({@link WarningId}) and, for a TRAINING answer, the market's
 * ({@link MarketWarning}). The codes of {@code Assessment.warnings[].code}, as one closed set for the lean answer.
 */
@Schema(name = "WarningCode", description = "A warning's stable code: the guide's contradictions "
        + "(EXAMPLES_THRESHOLD_CONFLICT, STYLE_FINE_TUNING_CONFLICT, ML_EXPERTISE_GATE_VS_TREE), "
        + "DEPARTS_FROM_LITERAL_TREE (ruleset 2 answers differently from ruleset 1), and for a TRAINING answer what "
        + "today's market says (PROVIDER_CLOSING, PROVIDER_DISCONTINUED, MARKET_DATA_STALE).")
public enum WarningCode {
    EXAMPLES_THRESHOLD_CONFLICT,
    STYLE_FINE_TUNING_CONFLICT,
    ML_EXPERTISE_GATE_VS_TREE,
    DEPARTS_FROM_LITERAL_TREE,
    PROVIDER_CLOSING,
    PROVIDER_DISCONTINUED,
    MARKET_DATA_STALE;

    private static final WarningCode[] BY_RULE = new WarningCode[WarningId.values().length];
    private static final WarningCode[] BY_MARKET = new WarningCode[MarketWarning.values().length];

    static {
        for (WarningId id : WarningId.values()) {
            BY_RULE[id.ordinal()] = valueOf(id.name());
        }
        for (MarketWarning warning : MarketWarning.values()) {
            BY_MARKET[warning.ordinal()] = valueOf(warning.name());
        }
    }

    public static WarningCode of(WarningId id) {
        return BY_RULE[id.ordinal()];
    }

    public static WarningCode of(MarketWarning warning) {
        return BY_MARKET[warning.ordinal()];
    }
}
