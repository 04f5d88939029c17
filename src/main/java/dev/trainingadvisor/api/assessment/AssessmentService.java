package dev.trainingadvisor.api.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.ops.ConsoleLog;
import dev.trainingadvisor.api.ops.Traces;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.Advisor;
import dev.trainingadvisor.domain.assessment.Approach;
import dev.trainingadvisor.domain.assessment.Assessment;
import dev.trainingadvisor.domain.assessment.Decision;
import dev.trainingadvisor.domain.market.MarketWarning;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import dev.trainingadvisor.domain.assessment.Rulesets;
import dev.trainingadvisor.domain.assessment.RulesetId;
import dev.trainingadvisor.domain.assessment.TreeDiagram;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * Runs the domain's assessment under the chosen ruleset and does what the domain must not: gives it an id and a time,
 * counts it by approach and ruleset ({@code advisor_assessments_total{approach=...,ruleset=...}}), and submits one
 * decision-log line (written off the request's thread by {@link ConsoleLog}).
 */
@ApplicationScoped
public class AssessmentService {
    /** The decision log's logger: one JSON line per assessment decided (and per one then not delivered). */
    public static final String DECISION_LOG = "advisor.decision";
    private static final Logger DECISIONS = Logger.getLogger(DECISION_LOG);

    private final Map<RulesetId, Advisor> advisors = new EnumMap<>(RulesetId.class);
    private final Map<RulesetId, Map<Approach, Counter>> counters = new EnumMap<>(RulesetId.class);
    private final ObjectMapper json;

    private final AssessmentMarket market;
    private final ConsoleLog console;

    public AssessmentService(MeterRegistry registry, ObjectMapper json, AssessmentMarket market, ConsoleLog console) {
        this.json = json;
        this.console = console;
        this.market = market;
        for (RulesetId ruleset : RulesetId.values()) {
            advisors.put(ruleset, new Advisor(Rulesets.of(ruleset)));
            Map<Approach, Counter> byApproach = new EnumMap<>(Approach.class);
            for (Approach approach : Approach.values()) {
                byApproach.put(approach, Counter.builder("advisor.assessments")
                        .description("Assessments made, by the approach they recommended and the ruleset that decided")
                        .tag("approach", approach.name())
                        .tag("ruleset", Integer.toString(ruleset.number()))
                        .register(registry));
            }
            counters.put(ruleset, byApproach);
        }
    }

    /** An assessment and its wire form. */
    public record Result(Assessment assessment, AssessmentResponse response) {
        /** The ruleset's tree as Mermaid, with the path this assessment took in bold. */
        public String mermaid() {
            return TreeDiagram.mermaid(Rulesets.of(assessment.ruleset()).tree(), assessment.language(),
                    assessment.decisionPath());
        }
    }

    /**
     * Assesses {@code request} under {@code ruleset}; the request must already satisfy the contract and
     * {@link AssessmentRules}.
     */
    public Result assess(AssessmentRequest request, RulesetId ruleset, Language language) {
        Assessment assessment = advisors.get(ruleset).assess(AssessmentMapper.toProfile(request), language);
        UUID id = randomId();
        AssessmentResponse response = market.addTo(AssessmentMapper.toResponse(assessment, id, Instant.now()),
                language);
        counters.get(ruleset).get(assessment.approach()).increment();
        log(response.assessmentId(), response.ruleset(), response.rulesetVersion(), response.approach(),
                response.reasonCode().name(), response.step(), response.projectName());
        return new Result(assessment, response);
    }

    /**
     * Decides {@code request} again under {@code ruleset} as {@link #assess} would, for a re-assessment or an impact
     * analysis (issue 19): the same answer with a fresh id, neither counted nor logged, since nothing is recorded. The
     * request must already satisfy the contract and {@link AssessmentRules}.
     */
    public AssessmentResponse evaluate(AssessmentRequest request, RulesetId ruleset, Language language) {
        Assessment assessment = advisors.get(ruleset).assess(AssessmentMapper.toProfile(request), language);
        return market.addTo(AssessmentMapper.toResponse(assessment, randomId(), Instant.now()), language);
    }

    /** A decision replayed for an impact analysis: its approach and the distinct codes of its warnings. */
    public record Replay(Approach approach, List<String> warnings) {
        public Replay {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Decides {@code request} under {@code ruleset} as the lean answer would (no counterfactuals, no texts), with the
     * market warnings of {@code data} on {@code today} (issue 19 impact analysis: the running data, or a candidate
     * file). Neither counted nor logged. The request must already satisfy the contract and {@link AssessmentRules}.
     */
    public Replay replay(AssessmentRequest request, RulesetId ruleset, dev.trainingadvisor.domain.market.MarketData data,
                         java.time.LocalDate today, java.time.Period maxAge) {
        Decision decision = advisors.get(ruleset).decideCore(AssessmentMapper.toProfile(request));
        Set<String> warnings = new LinkedHashSet<>(4);
        for (Decision.Finding finding : decision.warnings()) {
            warnings.add(WarningCode.of(finding.id()).name());
        }
        if (decision.approach() == Approach.TRAINING) {
            for (dev.trainingadvisor.domain.market.MarketAdvice.ProviderNotice notice
                    : dev.trainingadvisor.domain.market.MarketAdvice.forTraining(decision.recommendedMethods(), data,
                    today).notices()) {
                warnings.add(notice.code().name());
            }
            if (data.staleOn(today, maxAge)) {
                warnings.add(MarketWarning.MARKET_DATA_STALE.name());
            }
        }
        return new Replay(decision.approach(), List.copyOf(warnings));
    }

    /**
     * The lean assessment of {@code request} under {@code ruleset} ({@code Prefer: return=minimal}): the decision
     * without counterfactuals ({@link Advisor#decideCore}), no wording, no texts; the warning codes of the full
     * answer, market ones included. Counted and logged like {@link #assess}. The request must already satisfy the
     * contract and {@link AssessmentRules}.
     */
    public AssessmentSummary summarise(AssessmentRequest request, RulesetId ruleset) {
        Decision decision = advisors.get(ruleset).decideCore(AssessmentMapper.toProfile(request));
        Approach approach = decision.approach();
        Set<WarningCode> warnings = new LinkedHashSet<>(4); // each code once, in the order of the full answer
        for (Decision.Finding finding : decision.warnings()) {
            warnings.add(WarningCode.of(finding.id()));
        }
        for (MarketWarning code : market.warningCodes(approach, decision.recommendedMethods())) {
            warnings.add(WarningCode.of(code));
        }
        AssessmentSummary summary = new AssessmentSummary(randomId(), ruleset.number(), decision.rules().version(),
                Instant.now(), approach, decision.walk().outcome().id(), decision.walk().step(),
                decision.recommendedMethods(), decision.escalationOptions(), decision.mlExpertAdvised(),
                List.copyOf(warnings), market.validUntil(approach, decision.recommendedMethods()).orElse(null));
        counters.get(ruleset).get(approach).increment();
        log(summary.assessmentId(), summary.ruleset(), summary.rulesetVersion(), approach, summary.reasonCode().name(),
                summary.step(), request.projectName());
        return summary;
    }

    /**
     * A new assessment id: a version 7 UUID (RFC 9562 §5.7), the Unix time in milliseconds in its first 48 bits, then
     * 74 random bits from {@link ThreadLocalRandom}. Ids made later sort later (as PostgreSQL and H2 compare UUIDs), so
     * the history's unique index on ids grows at its end; a random (version 4) id put each record on a random page of
     * that index, which then had to be written again (issue 18's throughput). An id identifies, it does not protect:
     * it needs no cryptographic generator, whose shared lock showed under load, and the time it carries is the
     * answer's {@code evaluatedAt} anyway.
     */
    static UUID randomId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (System.currentTimeMillis() << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    public Advisor advisor(RulesetId ruleset) {
        return advisors.get(ruleset);
    }

    /**
     * The decision log entry: one JSON object per assessment, whatever the log format. {@code traceId} is the
     * request's W3C trace id (32 hex digits), the one its history record keeps; null outside a request.
     */
    record DecisionLogEntry(String event, UUID assessmentId, int ruleset, String rulesetVersion, Approach approach,
                            String reasonCode, String step, String projectName, String traceId) {
    }

    private void log(UUID id, int ruleset, String rulesetVersion, Approach approach, String reasonCode, String step,
                     String projectName) {
        if (DECISIONS.isInfoEnabled()) {
            // formatted as JSON and written by the console's writer thread, never on the request's (issue 22)
            console.submit(new ConsoleLog.JsonLine(DECISIONS, new DecisionLogEntry("assessment", id, ruleset,
                    rulesetVersion, approach, reasonCode, step, projectName, Traces.currentTraceId().orElse(null)),
                    json));
        }
    }
}
