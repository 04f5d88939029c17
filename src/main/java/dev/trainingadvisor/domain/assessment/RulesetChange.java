package dev.trainingadvisor.domain.assessment;

import dev.trainingadvisor.domain.GuideSection;
import java.util.List;

/**
 * One way a ruleset departs from the literal tree, for {@code GET /rulesets}: a stable code, the step of
 * ADVISOR-RULES §9 that states it, and the guide sections behind it. Texts: {@code rulesetChange.<code>.title/.text}.
 */
public record RulesetChange(String code, String step, List<GuideSection> sources) {
    public RulesetChange {
        sources = List.copyOf(sources);
    }

    public String titleKey() {
        return "rulesetChange." + code + ".title";
    }

    public String textKey() {
        return "rulesetChange." + code + ".text";
    }
}
