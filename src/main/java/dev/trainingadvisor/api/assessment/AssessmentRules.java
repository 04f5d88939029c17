package dev.trainingadvisor.api.assessment;

import dev.trainingadvisor.api.problem.FieldError;
import dev.trainingadvisor.api.problem.ProblemException;
import dev.trainingadvisor.api.problem.ProblemType;
import dev.trainingadvisor.api.problem.Problems;
import dev.trainingadvisor.domain.assessment.ProfileField;
import dev.trainingadvisor.domain.assessment.Rulesets;
import dev.trainingadvisor.domain.assessment.RulesetId;
import java.util.ArrayList;
import java.util.List;

/**
 * What a request must satisfy beyond its fields' own constraints (ADVISOR-RULES §9): the fields the chosen ruleset
 * requires (ruleset 1: labeledExamples, mlExpertise, trainingBudgetUsd), and no privateDataRole without private data.
 * Every break is reported at once, each at its JSON Pointer.
 */
public final class AssessmentRules {
    private AssessmentRules() {
    }

    public static void check(AssessmentRequest request, RulesetId ruleset) {
        List<String> missing = new ArrayList<>(3);
        for (ProfileField field : Rulesets.of(ruleset).requires()) {
            if (absent(request, field)) {
                missing.add(field.fieldName());
            }
        }
        missing.sort(String::compareTo);
        boolean contradiction = request.privateDataRole() != null && !request.usesPrivateData();
        if (missing.isEmpty() && !contradiction) {
            return;
        }
        throw new ProblemException(ProblemType.INVALID_REQUEST,
                language -> Problems.detail(language, "invalidRequest", "count",
                        Integer.toString(missing.size() + (contradiction ? 1 : 0))),
                language -> {
                    List<FieldError> errors = new ArrayList<>();
                    for (String field : missing) {
                        errors.add(FieldError.atPointer("/" + field, Problems.detail(language, "requiredByRuleset",
                                "ruleset", Integer.toString(ruleset.number()))));
                    }
                    if (contradiction) {
                        errors.add(FieldError.atPointer("/privateDataRole",
                                Problems.detail(language, "privateDataRoleWithoutPrivateData")));
                    }
                    errors.sort(java.util.Comparator.comparing(FieldError::pointer));
                    return errors;
                });
    }

    private static boolean absent(AssessmentRequest request, ProfileField field) {
        return switch (field) {
            case LABELED_EXAMPLES -> request.labeledExamples() == null;
            case ML_EXPERTISE -> request.mlExpertise() == null;
            case TRAINING_BUDGET_USD -> request.trainingBudgetUsd() == null;
            default -> throw new IllegalStateException("no ruleset requires " + field);
        };
    }
}
