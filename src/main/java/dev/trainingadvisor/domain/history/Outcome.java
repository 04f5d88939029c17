package dev.trainingadvisor.domain.history;

import dev.trainingadvisor.domain.assessment.Approach;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an assessment decided, as far as a listing shows and filters it.
 *
 * @param approach    the recommended approach
 * @param reasonCode  the code of the rule's outcome (ADVISOR-RULES §1)
 * @param warnings    the distinct warning codes of the answer, in its order
 * @param projectName the request's {@code projectName}, when it had one
 */
public record Outcome(Approach approach, String reasonCode, List<String> warnings, Optional<String> projectName) {
    public Outcome {
        Objects.requireNonNull(approach, "approach");
        Objects.requireNonNull(reasonCode, "reasonCode");
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(projectName, "projectName");
    }
}
