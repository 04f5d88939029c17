package dev.trainingadvisor.domain.assessment;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitrary profiles for property tests (the domain's and the API's), weighted towards the thresholds where rules turn. */
public final class GeneratedProfiles {
    private GeneratedProfiles() {
    }

    public static Arbitrary<Profile> profiles() {
        Arbitrary<Profile.Builder> required = Combinators.combine(
                Arbitraries.of(true, false, false),
                Arbitraries.of(DesiredChange.class),
                counts(),
                Arbitraries.of(MlExpertise.class),
                money()).as((privateData, change, examples, expertise, budget) -> Profile.builder()
                        .usesPrivateData(privateData)
                        .desiredChange(change)
                        .labeledExamples(examples)
                        .mlExpertise(expertise)
                        .trainingBudgetUsd(budget));
        Arbitrary<List<Optional<Boolean>>> flags = maybe(Arbitraries.of(true, false)).list().ofSize(FLAGS.size());
        Arbitrary<List<Optional<BigDecimal>>> amounts = maybe(money()).list().ofSize(AMOUNTS.size());
        Arbitrary<Optional<EnumSet<RagOptimization>>> rag = maybe(Arbitraries.subsetOf(RagOptimization.values())
                .map(set -> set.isEmpty() ? EnumSet.noneOf(RagOptimization.class) : EnumSet.copyOf(set)));
        Arbitrary<Optional<Long>> providers = maybe(Arbitraries.longs().between(0, 5));
        return Combinators.combine(required, flags, amounts, rag, providers).as((builder, f, a, r, p) -> {
            for (int i = 0; i < FLAGS.size(); i++) {
                ProfileField field = FLAGS.get(i);
                f.get(i).ifPresent(value -> builder.flag(field, value));
            }
            for (int i = 0; i < AMOUNTS.size(); i++) {
                ProfileField field = AMOUNTS.get(i);
                a.get(i).ifPresent(value -> builder.amount(field, value));
            }
            r.ifPresent(builder::ragOptimizations);
            p.ifPresent(builder::providersTested);
            return builder.build();
        });
    }

    static final List<ProfileField> FLAGS = List.of(
            ProfileField.KNOWLEDGE_IN_PUBLIC_DATA, ProfileField.RAG_TOO_SLOW_OR_EXPENSIVE, ProfileField.RLHF_EXPERTISE,
            ProfileField.ALREADY_DOING_SFT, ProfileField.MULTIPLE_SPECIALIZED_MODELS, ProfileField.LORA_EXPERIENCE,
            ProfileField.ON_DEVICE_DEPLOYMENT, ProfileField.PROPRIETARY_MODEL_WANTED);

    static final List<ProfileField> AMOUNTS = List.of(
            ProfileField.RAG_ACCURACY_PERCENT, ProfileField.MONTHLY_API_SPEND_USD, ProfileField.HUMAN_FEEDBACK_HOURS);

    static Arbitrary<Long> counts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(0L, 99L, 100L, 9_999L, 10_000L, 10_001L, 1_000_000_000L)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(0, 20_000)));
    }

    static Arbitrary<BigDecimal> money() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of("0", "89.99", "90", "99.99", "100", "4999.99", "5000",
                        "9999.99", "10000", "10000.01", "49999.99", "50000").map(BigDecimal::new)),
                net.jqwik.api.Tuple.of(2, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("120000"))
                        .ofScale(2)));
    }

    private static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> values) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Optional.<T>empty())),
                net.jqwik.api.Tuple.of(2, values.map(Optional::of)));
    }
}
