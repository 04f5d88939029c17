package dev.trainingadvisor.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.Language;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Ruleset 1 answers exactly as it did before ruleset 2 existed. {@code ruleset1-frozen.txt} was written by this test
 * (with {@code -Dfrozen.update=true}) from the engine as it stood before the refactoring into two rulesets (commit
 * 5f83c93): for 600 profiles drawn around every threshold with a fixed seed, every code and every text of the
 * English and the Chinese assessment. The refactored engine must reproduce it line for line.
 */
class RulesetOneFrozenTest {
    static final Path FILE = Path.of("src", "test", "resources", "ruleset1-frozen.txt");
    private static final long[] COUNTS = {0, 99, 100, 999, 1_000, 9_999, 10_000, 10_001, 1_000_000_000};
    private static final String[] MONEY = {"0", "89.99", "90", "100", "4999.99", "5000", "9999.99", "10000",
            "10000.01", "49999.99", "50000"};

    @Test
    void rulesetOneGivesTheFrozenAnswersForEveryProfileItAccepted() throws IOException {
        List<String> lines = new ArrayList<>();
        Advisor advisor = new Advisor();
        for (Profile profile : profiles()) {
            lines.add("profile " + describe(profile));
            for (Language language : Language.values()) {
                lines.add(project(advisor.assess(profile, language)));
            }
        }
        String actual = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("frozen.update")) {
            Files.writeString(FILE, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(FILE), "missing " + FILE);
        List<String> expected = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        List<String> got = List.of(actual.split("\n"));
        assertEquals(expected.size(), got.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), got.get(i), "line " + (i + 1));
        }
    }

    /** Profiles that ruleset 1 accepted before ruleset 2: the five required fields always, each optional one or not. */
    static List<Profile> profiles() {
        Random random = new Random(20261129L);
        List<Profile> profiles = new ArrayList<>();
        DesiredChange[] changes = {DesiredChange.NONE, DesiredChange.STYLE_TONE_FORMAT, DesiredChange.DEEP_KNOWLEDGE};
        for (int i = 0; i < 600; i++) {
            Profile.Builder builder = Profile.builder()
                    .usesPrivateData(random.nextInt(6) == 0)
                    .desiredChange(random.nextInt(3) > 0 ? DesiredChange.DEEP_KNOWLEDGE
                            : changes[random.nextInt(changes.length)])
                    .labeledExamples(random.nextInt(3) > 0 ? 10_000 + random.nextInt(2)
                            : COUNTS[random.nextInt(COUNTS.length)])
                    .mlExpertise(MlExpertise.values()[random.nextInt(3)])
                    .trainingBudgetUsd(random.nextBoolean() ? new BigDecimal("50000") : money(random));
            for (ProfileField field : List.of(ProfileField.KNOWLEDGE_IN_PUBLIC_DATA,
                    ProfileField.RAG_TOO_SLOW_OR_EXPENSIVE, ProfileField.RLHF_EXPERTISE, ProfileField.ALREADY_DOING_SFT,
                    ProfileField.MULTIPLE_SPECIALIZED_MODELS, ProfileField.LORA_EXPERIENCE,
                    ProfileField.ON_DEVICE_DEPLOYMENT, ProfileField.PROPRIETARY_MODEL_WANTED)) {
                if (random.nextInt(3) > 0) {
                    builder.flag(field, random.nextBoolean());
                }
            }
            for (ProfileField field : List.of(ProfileField.RAG_ACCURACY_PERCENT, ProfileField.MONTHLY_API_SPEND_USD,
                    ProfileField.HUMAN_FEEDBACK_HOURS)) {
                if (random.nextInt(3) > 0) {
                    builder.amount(field, money(random));
                }
            }
            if (random.nextBoolean()) {
                EnumSet<RagOptimization> set = EnumSet.noneOf(RagOptimization.class);
                for (RagOptimization o : RagOptimization.values()) {
                    if (random.nextBoolean()) {
                        set.add(o);
                    }
                }
                builder.ragOptimizations(set);
            }
            if (random.nextBoolean()) {
                EnumSet<PromptTechnique> set = EnumSet.noneOf(PromptTechnique.class);
                for (PromptTechnique t : PromptTechnique.values()) {
                    if (random.nextBoolean()) {
                        set.add(t);
                    }
                }
                builder.promptTechniques(set);
            }
            if (random.nextBoolean()) {
                builder.providersTested(random.nextInt(4));
            }
            if (random.nextInt(4) == 0) {
                builder.projectName("Project " + i);
            }
            profiles.add(builder.build());
        }
        return profiles;
    }

    /** The profile as its map prints, with set values sorted (a set's own order differs from run to run). */
    static String describe(Profile profile) {
        return profile.values().entrySet().stream().map(e -> e.getKey() + "=" + (e.getValue()
                instanceof FieldValue.Choices choices ? "Choices[values=[" + choices.values().stream().map(Enum::name)
                .sorted().collect(Collectors.joining(", ")) + "]]" : e.getValue().toString()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static BigDecimal money(Random random) {
        return new BigDecimal(MONEY[random.nextInt(MONEY.length)]);
    }

    /** Every code and text of an assessment that ruleset 1 gave before ruleset 2, one line. */
    static String project(Assessment a) {
        StringBuilder out = new StringBuilder();
        out.append(a.rulesetVersion()).append(" | ").append(a.language()).append(" | ").append(a.projectName())
                .append(" | ").append(a.approach()).append(" | ").append(a.reasonCode())
                .append(" | ").append(a.recommendedMethods()).append(" | ").append(a.escalationOptions())
                .append(" | ").append(a.summary()).append(" | path ");
        out.append(a.decisionPath().stream().map(s -> s.node() + ":" + s.question() + ":" + s.fields() + ":"
                + s.answer() + ":" + s.answerText() + ":" + s.next() + ":" + s.source().section() + ":"
                + s.source().title()).collect(Collectors.joining("; ")));
        out.append(" | gate ").append(a.gate().passed()).append(a.gate().reached())
                .append(criteria(a.gate().questions())).append(a.gate().source().title());
        out.append(" | checklists ").append(a.checklists().stream().map(c -> c.method() + ":" + c.fullyMet()
                + criteria(c.criteria()) + c.source().section()).collect(Collectors.joining("; ")));
        out.append(" | signals ").append(criteria(a.hireSignals())).append(a.mlExpertAdvised());
        out.append(" | next ").append(a.nextSteps().stream().map(s -> s.id() + ":" + s.done() + ":" + s.missing()
                + ":" + s.text()).collect(Collectors.joining("; ")));
        out.append(" | counterfactuals ").append(overall(a.counterfactuals()).stream().map(c -> c.changes().stream()
                .map(ch -> ch.field().fieldName() + "=" + ch.value().code()).toList() + ">" + c.approach() + ":"
                + c.reasonCode() + ":" + c.description()).collect(Collectors.joining("; ")));
        out.append(" | warnings ").append(a.warnings().stream().map(w -> w.code() + ":" + w.text() + ":"
                + w.sources().stream().map(s -> s.section() + "/" + s.title()).toList())
                .collect(Collectors.joining("; ")));
        return out.toString().replace("\n", "\\n");
    }

    /**
     * The counterfactuals ruleset 1 gave before issue 20: the smallest change overall for each other approach, in
     * approach order. Since then the unstated-only ones come first; one that is also the smallest overall is listed once.
     */
    private static List<Assessment.Counterfactual> overall(List<Assessment.Counterfactual> counterfactuals) {
        java.util.Map<Approach, Assessment.Counterfactual> byApproach = new java.util.EnumMap<>(Approach.class);
        counterfactuals.forEach(c -> byApproach.put(c.approach(), c));
        return List.copyOf(byApproach.values());
    }

    private static String criteria(List<Assessment.CriterionResult> results) {
        return results.stream().map(r -> r.code() + "=" + r.status() + "(" + r.text() + ")")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
