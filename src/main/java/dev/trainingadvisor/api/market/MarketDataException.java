package dev.trainingadvisor.api.market;

import java.util.List;

/**
 * A market data file that cannot be used: each problem names its place in the file by a JSON Pointer (RFC 6901).
 * Thrown at start, it stops the service.
 */
public class MarketDataException extends RuntimeException {
    private final transient List<Problem> problems;

    /** One thing wrong, at {@code pointer} ("" is the whole document). */
    public record Problem(String pointer, String detail) {
        @Override
        public String toString() {
            return (pointer.isEmpty() ? "(document)" : pointer) + ": " + detail;
        }
    }

    public MarketDataException(String file, List<Problem> problems) {
        super("Market data " + file + " is not valid; " + problems.size() + " problem(s): "
                + String.join("; ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
