package dev.trainingadvisor.bench;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.Advisor;
import dev.trainingadvisor.domain.assessment.Assessment;
import dev.trainingadvisor.domain.assessment.DesiredChange;
import dev.trainingadvisor.domain.assessment.MlExpertise;
import dev.trainingadvisor.domain.assessment.Profile;
import dev.trainingadvisor.domain.assessment.ProfileField;
import dev.trainingadvisor.domain.assessment.PromptTechnique;
import dev.trainingadvisor.domain.assessment.RagOptimization;
import dev.trainingadvisor.domain.catalogue.Catalogue;
import dev.trainingadvisor.domain.catalogue.MethodId;
import dev.trainingadvisor.domain.catalogue.Provider;
import dev.trainingadvisor.domain.catalogue.ProviderFilter;
import dev.trainingadvisor.domain.roi.RoiCalculator;
import dev.trainingadvisor.domain.roi.RoiEstimate;
import dev.trainingadvisor.domain.roi.RoiInput;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The domain's cost per call, in microseconds (sample mode, so the README can quote the median): one assessment with
 * its counterfactuals and texts, one 120-month ROI with its scenarios, catalogue filtering. Run with src/bench/jmh.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xmx256m"})
public class DomainBenchmarks {
    private final Advisor advisor = new Advisor();
    private final Advisor rulesetTwo = new Advisor(dev.trainingadvisor.domain.assessment.Rulesets.TWO);
    private final RoiCalculator roi = new RoiCalculator();

    /** A rich profile that takes the longest path (to the method checklists) and has all four kinds of text. */
    private final Profile profile = Profile.builder()
            .usesPrivateData(false)
            .desiredChange(DesiredChange.DEEP_KNOWLEDGE)
            .labeledExamples(12_000)
            .mlExpertise(MlExpertise.IN_HOUSE)
            .trainingBudgetUsd(new BigDecimal("25000"))
            .projectName("Support assistant")
            .flag(ProfileField.KNOWLEDGE_IN_PUBLIC_DATA, false)
            .flag(ProfileField.RAG_TOO_SLOW_OR_EXPENSIVE, true)
            .amount(ProfileField.RAG_ACCURACY_PERCENT, new BigDecimal("84.5"))
            .ragOptimizations(EnumSet.of(RagOptimization.HYBRID_SEARCH, RagOptimization.RERANKING))
            .promptTechniques(EnumSet.of(PromptTechnique.FEW_SHOT))
            .providersTested(1)
            .amount(ProfileField.MONTHLY_API_SPEND_USD, new BigDecimal("12000"))
            .build();

    private final RoiInput tenYears = RoiInput.of(new BigDecimal("20000"), new BigDecimal("30"), new BigDecimal("10000"))
            .withMonthlyOperatingCostUsd(new BigDecimal("500"))
            .withRetraining(new BigDecimal("6000"), 12)
            .withHorizonMonths(120);

    private final ProviderFilter cheapSft = new ProviderFilter(Optional.of(MethodId.SFT),
            Optional.of(new BigDecimal("1000")));

    @Benchmark
    public Assessment assessmentWithCounterfactualsEnglish() {
        return advisor.assess(profile, Language.EN);
    }

    @Benchmark
    public Assessment assessmentWithCounterfactualsChinese() {
        return advisor.assess(profile, Language.ZH);
    }

    /** The same profile under ruleset 2, which also walks ruleset 1 for the literal-tree warning. */
    @Benchmark
    public Assessment assessmentWithCounterfactualsRulesetTwo() {
        return rulesetTwo.assess(profile, Language.EN);
    }

    @Benchmark
    public RoiEstimate roiOver120Months() {
        return roi.estimate(tenYears, Language.EN);
    }

    @Benchmark
    public List<Provider> catalogueFiltering() {
        return Catalogue.providers(cheapSft, Language.EN);
    }
}
