package dev.trainingadvisor.bench;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.cost.CostCalculator;
import dev.trainingadvisor.domain.cost.CostComparison;
import dev.trainingadvisor.domain.cost.CostInput;
import dev.trainingadvisor.domain.cost.CostOption;
import dev.trainingadvisor.domain.cost.PriceField;
import dev.trainingadvisor.domain.cost.Prices;
import java.math.BigDecimal;
import java.util.Map;
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
 * One cost comparison over 120 months (ADVISOR-RULES §11), in microseconds, sample mode so that the README can quote
 * the median: three options' cumulative series (363 exact sums, each rounded), two break-evens, the texts. Retraining
 * every 6 months and every option's setup cost exercise every branch. Run with {@code src/bench/jmh.sh CostBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xmx256m"})
public class CostBenchmarks {
    private final CostCalculator calculator = new CostCalculator();

    private final Prices gpt4oMini = Prices.none()
            .with(PriceField.INPUT_USD, new BigDecimal("0.15"))
            .with(PriceField.OUTPUT_USD, new BigDecimal("0.60"))
            .with(PriceField.FINE_TUNED_INPUT_USD, new BigDecimal("0.30"))
            .with(PriceField.FINE_TUNED_OUTPUT_USD, new BigDecimal("1.20"))
            .with(PriceField.TRAINING_USD, new BigDecimal("3.00"));

    private final CostInput tenYears = CostInput.of(1_000_000, 800, 300, 3_000_000)
            .withExtraTokens(1_500, 2_200)
            .withFineTunedPromptTokens(200)
            .withHorizonMonths(120)
            .withRetrainEveryMonths(6)
            .withRagMonthlyUsd(new BigDecimal("70"))
            .withSetupCostUsd(Map.of(CostOption.PROMPTING, new BigDecimal("500"), CostOption.RAG,
                    new BigDecimal("2000"), CostOption.FINE_TUNED, new BigDecimal("8000")));

    @Benchmark
    public CostComparison costComparisonOver120Months() {
        return calculator.compare(tenYears, gpt4oMini, Language.EN);
    }
}
