package dev.trainingadvisor.domain.assessment;

import dev.trainingadvisor.domain.Formats;
import dev.trainingadvisor.domain.Texts;
import dev.trainingadvisor.domain.assessment.FieldValue.Amount;
import dev.trainingadvisor.domain.assessment.FieldValue.Choice;
import dev.trainingadvisor.domain.assessment.FieldValue.Count;
import dev.trainingadvisor.domain.assessment.FieldValue.Flag;

/** Human wording of field values and of proposed changes. */
final class ValueTexts {
    private ValueTexts() {
    }

    /** The text key of a code's label: {@code value.MlExpertise.IN_HOUSE}. */
    static String codeKey(Enum<?> code) {
        return "value." + code.getDeclaringClass().getSimpleName() + "." + code.name();
    }

    /**
     * A clause saying what the change supposes: {@code change.usesPrivateData.true} for answers and codes,
     * {@code change.labeledExamples} with the formatted {@code {value}} for numbers.
     */
    static String change(Assessment.Change change, Texts texts) {
        String field = change.field().fieldName();
        FieldValue value = change.value();
        if (value instanceof Flag || value instanceof Choice) {
            return texts.get("change." + field + "." + value.code());
        }
        if (value instanceof FieldValue.Choices choices) {
            java.util.List<String> labels = change.field().codes().stream().filter(choices.values()::contains)
                    .map(code -> texts.get(codeKey(code))).toList();
            return texts.format("change." + field, "value", Wording.join(labels, texts));
        }
        return texts.format("change." + field, "value", number(change.field(), value));
    }

    private static String number(ProfileField field, FieldValue value) {
        if (value instanceof Count count) {
            return Formats.count(count.value());
        }
        Amount amount = (Amount) value;
        if (field.fieldName().endsWith("Usd")) {
            return Formats.usd(amount.value());
        }
        return Formats.decimal(amount.value());
    }
}
