package dev.trainingadvisor.domain.assessment;

import dev.trainingadvisor.domain.GuideSection;
import dev.trainingadvisor.domain.catalogue.MethodId;
import java.util.List;
import java.util.Optional;

/**
 * A method's checklist as a ruleset states it: "consider training only when ALL of these hold". A ruleset may give a
 * method several variants ({@code variant}, e.g. ruleset 2's SFT {@code KNOWLEDGE} and {@code BEHAVIOUR}); an
 * assessment reports, per method, the first variant whose {@code appliesWhen} is MET.
 */
public record ChecklistSpec(MethodId method, Optional<String> variant, GuideSection source,
                            List<Requirement> criteria, Condition appliesWhen) {
    public ChecklistSpec {
        criteria = List.copyOf(criteria);
    }

    /** All criteria at once: MET only when every one is MET. */
    public Condition.AllOf condition() {
        return new Condition.AllOf(criteria.stream().map(Requirement::condition).toList());
    }
}
