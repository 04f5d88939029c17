package dev.trainingadvisor.domain.cost;

import dev.trainingadvisor.domain.Formats;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The cost arithmetic of ADVISOR-RULES §11 in {@link BigDecimal}, exact throughout: prices per 1M tokens become
 * prices per token by moving the decimal point, everything else is sums and products, and the break-even volume is
 * an exact ceiling. Figures are rounded only on output: money HALF_UP to cents, per-query costs to 8 decimals.
 * Cheapest option and break-evens are decided on the exact values.
 */
public final class CostCalculator {

    /** Decimal places of per-query costs on output. */
    public static final int PER_QUERY_SCALE = 8;
    private static final CostOption[] BASELINES = {CostOption.PROMPTING, CostOption.RAG};

    /**
     * Compares the three options.
     *
     * @param prices all five prices (see {@link Prices#complete()}); an incomplete set is a programming error here
     * @throws IllegalArgumentException when a price is missing
     */
    public CostComparison compare(CostInput input, Prices prices, Language language) {
        if (prices.complete() instanceof Prices.Completeness.Incomplete incomplete) {
            throw new IllegalArgumentException("missing prices " + incomplete.missing());
        }
        return comparison(input, prices, exact(input, prices), language);
    }

    /**
     * Compares the three options in the market that exists (ADVISOR-RULES §12.2): PROMPTING and RAG on the
     * baseline (with its prompt cache), the fine-tune as bought and served, on the calendar from {@code startDate}.
     * A §11 comparison is the special case of a baseline without cache and a fine-tune served per token that never
     * retires; its figures are identical.
     *
     * @throws IllegalArgumentException when queries read cached tokens and the baseline has no cached price, or the
     *     fine-tune retires on or before {@code startDate} (both refused before, ADVISOR-RULES §12.3)
     */
    public MarketCostComparison compare(MarketCostInput market, Baseline baseline, FineTune fineTune,
                                        Language language) {
        Planned planned = plan(market, baseline, fineTune);
        return new MarketCostComparison(comparison(market.costs(), planned.prices(), planned.exact(), language),
                planned.fixedMonthly(), planned.retireMonth() > 0 ? OptionalInt.of(planned.retireMonth())
                : OptionalInt.empty(), planned.retrainings());
    }

    /** A comparison's exact figures before rounding and texts. */
    private record Planned(Exact exact, Prices prices, BigDecimal fixedMonthly, int retireMonth,
                           List<Retraining> retrainings) {
    }

    private static Planned plan(MarketCostInput market, Baseline baseline, FineTune fineTune) {
        CostInput input = market.costs();
        long promptingIn = input.promptTokens() + input.fewShotTokens();
        long ragIn = input.promptTokens() + input.retrievedTokens();
        if (market.cachedTokens() > 0 && baseline.cachedInputUsd().isEmpty()) {
            throw new IllegalArgumentException("cached tokens without a cached price");
        }
        fineTune.retiresOn().filter(day -> !day.isAfter(market.startDate())).ifPresent(day -> {
            throw new IllegalArgumentException("the fine-tune retires on " + day + ", not after the start");
        });
        Map<CostOption, BigDecimal> perQuery = new EnumMap<>(CostOption.class);
        perQuery.put(CostOption.PROMPTING, baselinePerQuery(promptingIn, market.cachedTokens(), input, baseline));
        perQuery.put(CostOption.RAG, baselinePerQuery(ragIn, market.cachedTokens(), input, baseline));
        perQuery.put(CostOption.FINE_TUNED,
                tokens(input.fineTunedPromptTokens() + market.fineTunedRetrievedTokens(), fineTune.inputUsd())
                        .add(tokens(input.outputTokens(), fineTune.outputUsd())));
        BigDecimal fixedMonthly = fineTune.fixedMonthly();
        Map<CostOption, BigDecimal> running = new EnumMap<>(CostOption.class);
        running.put(CostOption.PROMPTING, BigDecimal.ZERO);
        running.put(CostOption.RAG, input.ragMonthlyUsd());
        running.put(CostOption.FINE_TUNED, market.fineTunedRetrievedTokens() > 0
                ? fixedMonthly.add(input.ragMonthlyUsd()) : fixedMonthly);
        BigDecimal trainingCost = tokens(input.trainingTokens(), fineTune.trainingUsd());
        int retireMonth = fineTune.retiresOn().map(market::monthOf).orElse(0);
        List<Retraining> retrainings = new ArrayList<>();
        for (int month = 2; month <= input.horizonMonths(); month++) {
            if (month == retireMonth) {
                continue;
            }
            if (scheduled(input, month)) {
                retrainings.add(new Retraining(month, Retraining.Reason.SCHEDULED, trainingCost));
            }
        }
        if (retireMonth > 0) {
            retrainings.add(new Retraining(retireMonth, Retraining.Reason.BASE_RETIRES,
                    trainingCost.add(market.migrationCostUsd())));
            retrainings.sort(Comparator.comparingInt(Retraining::month));
        }
        Exact exact = run(input, perQuery, running, trainingCost, retrainings);
        Prices prices = Prices.none().with(PriceField.INPUT_USD, baseline.inputUsd())
                .with(PriceField.OUTPUT_USD, baseline.outputUsd())
                .with(PriceField.FINE_TUNED_INPUT_USD, fineTune.inputUsd())
                .with(PriceField.FINE_TUNED_OUTPUT_USD, fineTune.outputUsd())
                .with(PriceField.TRAINING_USD, fineTune.trainingUsd());
        return new Planned(exact, prices, fixedMonthly, retireMonth, retrainings);
    }

    /** The exact figures of a comparison in the market that exists; what the tests check identities against. */
    static Exact exact(MarketCostInput market, Baseline baseline, FineTune fineTune) {
        return plan(market, baseline, fineTune).exact();
    }

    /** (input − cached) × pIn + cached × pCached + output × pOut, cached = min(cachedTokens, input). */
    private static BigDecimal baselinePerQuery(long in, long cachedTokens, CostInput input, Baseline baseline) {
        long cached = Math.min(cachedTokens, in);
        BigDecimal perQuery = tokens(in - cached, baseline.inputUsd())
                .add(tokens(input.outputTokens(), baseline.outputUsd()));
        return cached == 0 ? perQuery : perQuery.add(tokens(cached, baseline.cachedInputUsd().orElseThrow()));
    }

    private static boolean scheduled(CostInput input, int month) {
        int every = input.retrainEveryMonths();
        return every > 0 && month > 1 && (month - 1) % every == 0;
    }

    private CostComparison comparison(CostInput input, Prices prices, Exact exact, Language language) {
        Texts texts = Texts.in(language);
        List<OptionCost> options = new ArrayList<>(3);
        for (CostOption option : CostOption.values()) {
            Exact.Line line = exact.line(option);
            List<BigDecimal> cumulative = new ArrayList<>(line.cumulative().size());
            for (BigDecimal value : line.cumulative()) {
                cumulative.add(cents(value));
            }
            options.add(new OptionCost(option, line.perQuery().setScale(PER_QUERY_SCALE, RoundingMode.HALF_UP),
                    cents(line.upfront()), cents(line.monthly()), cents(line.total()), cumulative));
        }
        List<BreakEven> breakEven = new ArrayList<>(BASELINES.length);
        for (CostOption baseline : BASELINES) {
            breakEven.add(breakEven(exact, baseline, input, texts));
        }
        CostOption cheapest = exact.cheapest();
        String summary = texts.format("cost.summary",
                "volume", Formats.count(input.queriesPerMonth()),
                "horizon", Integer.toString(input.horizonMonths()),
                "cheapest", texts.get("cost.option." + cheapest.name()),
                "total", Formats.usd(exact.line(cheapest).total()),
                "prompting", perQueryText(exact.line(CostOption.PROMPTING)),
                "rag", perQueryText(exact.line(CostOption.RAG)),
                "fineTuned", perQueryText(exact.line(CostOption.FINE_TUNED)));
        return new CostComparison(input, prices, options, cheapest, breakEven, summary, language);
    }

    /** The unrounded figures: what decisions are taken on, and what the tests check identities against. */
    record Exact(Map<CostOption, Line> lines, BigDecimal volume, int horizon) {

        /**
         * One option's exact figures.
         *
         * @param running what a month costs without any query (RAG's running cost, else 0)
         * @param monthly a month without retraining: perQuery × volume + running
         * @param cumulative months 0..horizon
         */
        record Line(BigDecimal perQuery, BigDecimal upfront, BigDecimal running, BigDecimal monthly,
                    List<BigDecimal> cumulative) {
            BigDecimal total() {
                return cumulative.get(cumulative.size() - 1);
            }
        }

        Line line(CostOption option) {
            return lines.get(option);
        }

        CostOption cheapest() {
            CostOption best = CostOption.PROMPTING;
            for (CostOption option : CostOption.values()) {
                if (line(option).total().compareTo(line(best).total()) < 0) {
                    best = option;
                }
            }
            return best;
        }

        /** The first month whose cumulative cost of the fine-tune is at most the baseline's, or -1. */
        int breakEvenMonth(CostOption baseline) {
            List<BigDecimal> fineTuned = line(CostOption.FINE_TUNED).cumulative();
            List<BigDecimal> other = line(baseline).cumulative();
            for (int month = 0; month < fineTuned.size(); month++) {
                if (fineTuned.get(month).compareTo(other.get(month)) <= 0) {
                    return month;
                }
            }
            return -1;
        }

        /**
         * The least whole volume q >= 0 with total(FINE_TUNED) <= total(baseline), or null when there is none. Each
         * total is linear in the volume, total(o) = fixed(o) + horizon × q × perQuery(o), so the condition is
         * gap − horizon × q × saving <= 0 with gap = fixed(FINE_TUNED) − fixed(baseline) and saving =
         * perQuery(baseline) − perQuery(FINE_TUNED): q = 0 when gap <= 0; none when gap > 0 and saving <= 0;
         * otherwise the exact ceiling of gap / (horizon × saving).
         */
        BigInteger breakEvenVolume(CostOption baseline) {
            BigDecimal gap = fixedCost(CostOption.FINE_TUNED).subtract(fixedCost(baseline));
            if (gap.signum() <= 0) {
                return BigInteger.ZERO;
            }
            BigDecimal saving = perQuerySaving(baseline);
            if (saving.signum() <= 0) {
                return null;
            }
            return gap.divide(saving.multiply(BigDecimal.valueOf(horizon)), 0, RoundingMode.CEILING)
                    .toBigIntegerExact();
        }

        /** perQuery(baseline) − perQuery(FINE_TUNED): what each query saves with the fine-tune (negative: costs). */
        BigDecimal perQuerySaving(CostOption baseline) {
            return line(baseline).perQuery().subtract(line(CostOption.FINE_TUNED).perQuery());
        }

        /**
         * What an option costs over the horizon with no queries at all - upfront, running and fixed monthly costs,
         * retrainings: its total less the part that grows with the volume (every total is linear in the volume).
         */
        BigDecimal fixedCost(CostOption option) {
            Line line = line(option);
            return line.total().subtract(line.perQuery().multiply(volume).multiply(BigDecimal.valueOf(horizon)));
        }
    }

    static Exact exact(CostInput input, Prices prices) {
        BigDecimal input1M = prices.require(PriceField.INPUT_USD);
        BigDecimal output1M = prices.require(PriceField.OUTPUT_USD);
        BigDecimal outputBase = tokens(input.outputTokens(), output1M);
        Map<CostOption, BigDecimal> perQuery = new EnumMap<>(CostOption.class);
        perQuery.put(CostOption.PROMPTING,
                tokens(input.promptTokens() + input.fewShotTokens(), input1M).add(outputBase));
        perQuery.put(CostOption.RAG,
                tokens(input.promptTokens() + input.retrievedTokens(), input1M).add(outputBase));
        perQuery.put(CostOption.FINE_TUNED,
                tokens(input.fineTunedPromptTokens(), prices.require(PriceField.FINE_TUNED_INPUT_USD))
                        .add(tokens(input.outputTokens(), prices.require(PriceField.FINE_TUNED_OUTPUT_USD))));
        Map<CostOption, BigDecimal> running = new EnumMap<>(CostOption.class);
        running.put(CostOption.PROMPTING, BigDecimal.ZERO);
        running.put(CostOption.RAG, input.ragMonthlyUsd());
        running.put(CostOption.FINE_TUNED, BigDecimal.ZERO);
        BigDecimal trainingCost = tokens(input.trainingTokens(), prices.require(PriceField.TRAINING_USD));
        List<Retraining> retrainings = new ArrayList<>();
        for (int month = 2; month <= input.horizonMonths(); month++) {
            if (scheduled(input, month)) {
                retrainings.add(new Retraining(month, Retraining.Reason.SCHEDULED, trainingCost));
            }
        }
        return run(input, perQuery, running, trainingCost, retrainings);
    }

    /**
     * The months: each option's month costs perQuery × volume + running; the fine-tune's also its retrainings (in
     * month order, at most one a month); upfront is setup, plus the first training for the fine-tune.
     */
    private static Exact run(CostInput input, Map<CostOption, BigDecimal> perQuery,
                             Map<CostOption, BigDecimal> running, BigDecimal trainingCost,
                             List<Retraining> retrainings) {
        BigDecimal volume = BigDecimal.valueOf(input.queriesPerMonth());
        int horizon = input.horizonMonths();
        BigDecimal[] extra = new BigDecimal[horizon + 1];
        for (Retraining retraining : retrainings) {
            extra[retraining.month()] = retraining.usd();
        }
        Map<CostOption, Exact.Line> lines = new EnumMap<>(CostOption.class);
        for (CostOption option : CostOption.values()) {
            boolean fineTuned = option == CostOption.FINE_TUNED;
            BigDecimal upfront = input.setupCostUsd().get(option).add(fineTuned ? trainingCost : BigDecimal.ZERO);
            BigDecimal monthly = perQuery.get(option).multiply(volume).add(running.get(option));
            List<BigDecimal> cumulative = new ArrayList<>(horizon + 1);
            BigDecimal sum = upfront;
            cumulative.add(sum);
            for (int month = 1; month <= horizon; month++) {
                sum = sum.add(fineTuned && extra[month] != null ? monthly.add(extra[month]) : monthly);
                cumulative.add(sum);
            }
            lines.put(option, new Exact.Line(perQuery.get(option), upfront, running.get(option), monthly,
                    cumulative));
        }
        return new Exact(lines, volume, horizon);
    }

    /** A price per 1M tokens times a token count: exact, the point moved six places. */
    private static BigDecimal tokens(long count, BigDecimal usdPerMillion) {
        return usdPerMillion.multiply(BigDecimal.valueOf(count)).movePointLeft(6);
    }

    private static BreakEven breakEven(Exact exact, CostOption baseline, CostInput input, Texts texts) {
        String against = texts.get("cost.option." + baseline.name());
        String horizon = Integer.toString(input.horizonMonths());
        String fineTunedPerQuery = perQueryText(exact.line(CostOption.FINE_TUNED));
        String baselinePerQuery = perQueryText(exact.line(baseline));
        int month = exact.breakEvenMonth(baseline);
        BreakEven.Month monthValue;
        String monthText;
        if (month >= 0) {
            monthValue = new BreakEven.Month.At(month);
            monthText = texts.format("cost.breakEven.month", "against", against, "month", Integer.toString(month));
        } else {
            boolean costlierMonth = exact.line(CostOption.FINE_TUNED).monthly()
                    .compareTo(exact.line(baseline).monthly()) >= 0;
            NoBreakEven reason = costlierMonth ? NoBreakEven.NOT_CHEAPER_PER_MONTH : NoBreakEven.NOT_WITHIN_HORIZON;
            monthValue = new BreakEven.Month.None(reason);
            monthText = texts.format("cost.breakEven.month." + reason.name(), "against", against, "horizon", horizon,
                    "fineTuned", Formats.usd(exact.line(CostOption.FINE_TUNED).monthly()),
                    "baseline", Formats.usd(exact.line(baseline).monthly()));
        }
        BigInteger volume = exact.breakEvenVolume(baseline);
        BreakEven.Volume volumeValue;
        String volumeText;
        if (volume == null) {
            volumeValue = new BreakEven.Volume.None(NoBreakEven.NOT_CHEAPER_PER_QUERY);
            volumeText = texts.format("cost.breakEven.volume." + NoBreakEven.NOT_CHEAPER_PER_QUERY.name(),
                    "against", against, "fineTuned", fineTunedPerQuery, "baseline", baselinePerQuery);
        } else {
            volumeValue = new BreakEven.Volume.From(volume);
            String key = volume.signum() == 0 && exact.perQuerySaving(baseline).signum() < 0
                    ? "cost.breakEven.volume.lowOnly" : "cost.breakEven.volume";
            volumeText = texts.format(key, "against", against, "horizon", horizon,
                    "volume", Formats.decimal(new BigDecimal(volume)),
                    "fineTuned", fineTunedPerQuery, "baseline", baselinePerQuery);
        }
        // Sentences are separated by a space in English and by nothing in Chinese.
        String between = texts.language() == Language.ZH ? "" : " ";
        return new BreakEven(baseline, monthValue, volumeValue, monthText + between + volumeText);
    }

    private static String perQueryText(Exact.Line line) {
        return "$" + line.perQuery().setScale(PER_QUERY_SCALE, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }

    static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
