package dev.trainingadvisor.domain.market;

/** Warnings an answer carries because of the market data (ADVISOR-RULES §10); the text is {@code warning.<code>}. */
public enum MarketWarning {
    /** The data file is older than the configured maximum age. */
    MARKET_DATA_STALE,
    /** A guide provider takes no new fine-tuning jobs after a date. */
    PROVIDER_CLOSING,
    /** A guide provider no longer offers fine-tuning. */
    PROVIDER_DISCONTINUED;

    public String textKey() {
        return "warning." + name();
    }
}
