package dev.trainingadvisor.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.assessment.Approach;
import dev.trainingadvisor.domain.assessment.Criterion;
import dev.trainingadvisor.domain.assessment.DecisionTree;
import dev.trainingadvisor.domain.assessment.HireSignal;
import dev.trainingadvisor.domain.assessment.ProfileField;
import dev.trainingadvisor.domain.assessment.RuleBook;
import dev.trainingadvisor.domain.assessment.RulesetId;
import dev.trainingadvisor.domain.assessment.Rulesets;
import dev.trainingadvisor.domain.assessment.WarningId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every text exists in both languages, says something, and takes the same placeholders in each. */
class TextsTest {
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private final Texts en = Texts.in(Language.EN);
    private final Texts zh = Texts.in(Language.ZH);

    @Test
    void bothLanguagesHoldExactlyTheSameKeys() {
        Set<String> onlyEnglish = new TreeSet<>(en.keys());
        onlyEnglish.removeAll(zh.keys());
        Set<String> onlyChinese = new TreeSet<>(zh.keys());
        onlyChinese.removeAll(en.keys());
        assertEquals(Set.of(), onlyEnglish, "texts with no Chinese version");
        assertEquals(Set.of(), onlyChinese, "texts with no English version");
    }

    @Test
    void everyTextSaysSomethingAndTakesTheSamePlaceholdersInBothLanguages() {
        for (String key : en.keys()) {
            assertFalse(en.get(key).isBlank(), "blank English " + key);
            assertFalse(zh.get(key).isBlank(), "blank Chinese " + key);
            assertEquals(new TreeSet<>(en.placeholders(key)), new TreeSet<>(zh.placeholders(key)), key);
        }
    }

    @Test
    void chineseTextsAreWrittenInChineseAndEnglishOnesAreNot() {
        List<String> notChinese = new ArrayList<>();
        for (String key : zh.keys()) {
            boolean separator = key.endsWith("eparator");
            if (!separator && !CJK.matcher(zh.get(key)).find()) {
                notChinese.add(key);
            }
            assertFalse(CJK.matcher(en.get(key)).find(), "Chinese in English text " + key);
        }
        // Short technical labels may legitimately stay the same in both (none today).
        assertEquals(List.of(), notChinese, "Chinese texts without a single Chinese character");
    }

    @Test
    void everyCodeTheDomainNamesHasATextInBothLanguages() {
        List<String> keys = new ArrayList<>();
        for (Approach approach : Approach.values()) {
            keys.add(approach.textKey());
        }
        for (DecisionTree.NodeId node : DecisionTree.NodeId.values()) {
            keys.add(node.textKey());
            if (DecisionTree.ruleset().node(node) instanceof DecisionTree.Outcome) {
                keys.add(node.summaryKey());
            }
        }
        for (DecisionTree.Edge edge : DecisionTree.ruleset().edges()) {
            keys.add(edge.textKey());
            keys.add(edge.labelKey());
        }
        for (GuideSection section : GuideSection.values()) {
            keys.add(section.textKey());
        }
        for (Criterion criterion : Criterion.values()) {
            keys.add(criterion.textKey());
        }
        for (HireSignal signal : HireSignal.values()) {
            keys.add(signal.textKey());
        }
        for (WarningId warning : WarningId.values()) {
            keys.add(warning.textKey());
        }
        for (String key : keys) {
            assertTrue(en.has(key) && zh.has(key), "missing text " + key);
        }
    }

    @Test
    void everyCodeEachRulesetNamesHasATextInBothLanguages() {
        List<String> keys = new ArrayList<>();
        for (RulesetId id : RulesetId.values()) {
            RuleBook rules = Rulesets.of(id);
            keys.add("ruleset." + id.number() + ".name");
            keys.add("ruleset." + id.number() + ".description");
            for (DecisionTree.Node node : rules.tree().nodes()) {
                keys.add(node.id().textKey());
                if (node instanceof DecisionTree.Outcome) {
                    keys.add(node.id().summaryKey());
                }
            }
            for (DecisionTree.Edge edge : rules.tree().edges()) {
                keys.add(edge.textKey());
                keys.add(edge.labelKey());
                if (DecisionTree.UNKNOWN.equals(edge.answer())) {
                    keys.add(edge.to().summaryKey() + ".unknown");
                }
            }
            rules.checklists().forEach(c -> c.criteria().forEach(r -> keys.add(r.textKey())));
            rules.gates().forEach(g -> g.questions().forEach(r -> keys.add(r.textKey())));
            rules.warnings().forEach(w -> keys.add(w.textKey()));
            rules.changes().forEach(c -> {
                keys.add(c.titleKey());
                keys.add(c.textKey());
            });
        }
        for (ProfileField field : ProfileField.values()) {
            if (!field.required() && field != ProfileField.PROJECT_NAME) {
                keys.add("findOut." + field.fieldName());
            }
            if (field.kind() == ProfileField.Kind.CHOICE) {
                field.codes().forEach(code -> keys.add("change." + field.fieldName() + "." + code.name()));
            }
            field.codes().forEach(code -> keys.add("value." + code.getDeclaringClass().getSimpleName() + "."
                    + code.name()));
        }
        for (String key : keys) {
            assertTrue(en.has(key) && zh.has(key), "missing text " + key);
        }
    }

    @Test
    void languageFollowsTheLocale() {
        assertEquals(Language.ZH, Language.of(Locale.forLanguageTag("zh")));
        assertEquals(Language.ZH, Language.of(Locale.forLanguageTag("zh-CN")));
        assertEquals(Language.ZH, Language.of(Locale.forLanguageTag("zh-Hans-HK")));
        assertEquals(Language.EN, Language.of(Locale.forLanguageTag("zh-TW")));
        assertEquals(Language.EN, Language.of(Locale.forLanguageTag("zh-Hant")));
        assertEquals(Language.EN, Language.of(Locale.forLanguageTag("en-GB")));
        assertEquals(Language.EN, Language.of(Locale.forLanguageTag("de")));
    }

    @Test
    void placeholdersAreFilledAndAMissingValueIsAnError() {
        assertEquals("Yes: 10,000 labeled examples.",
                en.format("answer.Q3_LABELED_EXAMPLES.YES", "labeledExamples", "10,000"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> en.format("answer.Q3_LABELED_EXAMPLES.YES"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> en.get("no.such.key"));
    }
}
