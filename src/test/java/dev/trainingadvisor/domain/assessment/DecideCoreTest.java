package dev.trainingadvisor.domain.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.Language;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Advisor#decideCore} is {@link Advisor#decide} without the counterfactuals (nor the toFindOut links they
 * make), under both rulesets: the lean
 * answer ({@code Prefer: return=minimal}) can never disagree with the full one.
 */
class DecideCoreTest {
    private static final Advisor ONE = new Advisor(Rulesets.ONE);
    private static final Advisor TWO = new Advisor(Rulesets.TWO);

    @Provide
    Arbitrary<Advisor> advisors() {
        return Arbitraries.of(ONE, TWO);
    }

    @Property(tries = 500)
    void decideCoreIsDecideWithoutCounterfactuals(@ForAll("advisors") Advisor advisor,
                                                 @ForAll("profiles") Profile profile) {
        Decision full = advisor.decide(profile);
        Decision core = advisor.decideCore(profile);
        assertTrue(core.counterfactuals().isEmpty());
        assertEquals(new Decision(full.rules(), full.profile(), full.walk(), full.recommendedMethods(),
                full.escalationOptions(), full.gate(), full.checklists(), full.hireSignals(), full.nextSteps(),
                java.util.List.of(), full.warnings(), withoutLinks(full.toFindOut())), core);
    }

    /**
     * What toFindOut holds without counterfactuals: no leadsTo, and no field listed only because an unstated-only
     * counterfactual sets it.
     */
    private static java.util.List<Decision.Unknown> withoutLinks(java.util.List<Decision.Unknown> toFindOut) {
        return toFindOut.stream().filter(u -> u.stoppedAt().isPresent() || !u.criteria().isEmpty())
                .map(u -> new Decision.Unknown(u.field(), u.stoppedAt(), u.criteria(), java.util.List.of())).toList();
    }

    @Property(tries = 300)
    void mlExpertAdvisedIsWhatTheWordedAssessmentSays(@ForAll("advisors") Advisor advisor,
                                                      @ForAll("profiles") Profile profile) {
        assertEquals(advisor.assess(profile, Language.EN).mlExpertAdvised(), advisor.decideCore(profile)
                .mlExpertAdvised());
    }

    @Provide
    Arbitrary<Profile> profiles() {
        return GeneratedProfiles.profiles();
    }
}
