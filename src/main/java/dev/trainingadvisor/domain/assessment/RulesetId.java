package dev.trainingadvisor.domain.assessment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rulesets a request can choose ({@code ?ruleset=1|2}, ADVISOR-RULES §9): {@link #ONE}, the guide's tree read
 * literally (§3), and {@link #TWO}, the guide refined where real cases show the literal tree wrong (§9).
 */
public enum RulesetId {
    ONE(1),
    TWO(2);

    private final int number;

    RulesetId(int number) {
        this.number = number;
    }

    /** The number clients use: {@code 1} or {@code 2}. */
    public int number() {
        return number;
    }

    public static Optional<RulesetId> of(int number) {
        return Arrays.stream(values()).filter(id -> id.number == number).findFirst();
    }

    /** {@code "1"} or {@code "2"} exactly (no sign, no leading zero, no blanks); anything else is empty. */
    public static Optional<RulesetId> parse(String text) {
        return Arrays.stream(values()).filter(id -> Integer.toString(id.number).equals(text)).findFirst();
    }
}
