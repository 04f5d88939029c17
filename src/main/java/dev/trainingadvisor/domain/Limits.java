package dev.trainingadvisor.domain;

/**
 * The bounds of every input. They are compile-time constants so that the API's Bean Validation annotations and
 * the OpenAPI contract use the very same numbers as the domain's own guards.
 */
public final class Limits {
    private Limits() {
    }

    public static final long MAX_LABELED_EXAMPLES = 1_000_000_000L;
    public static final long MAX_PROVIDERS_TESTED = 1_000L;
    public static final String MAX_USD = "1000000000000";
    public static final String MAX_PERCENT = "100";
    public static final String MAX_HOURS = "1000000000";
    /** Integer digits a decimal input may have: enough for {@link #MAX_USD}. */
    public static final int MAX_INTEGER_DIGITS = 13;
    /** Fraction digits a decimal input may have (money to a hundredth of a cent). */
    public static final int MAX_FRACTION_DIGITS = 4;
    public static final int MAX_PROJECT_NAME_LENGTH = 200;
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 120;
}
