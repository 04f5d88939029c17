package dev.trainingadvisor.api.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.json.EncodedFragments;
import dev.trainingadvisor.api.json.StrictJson;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.Advisor;
import dev.trainingadvisor.domain.assessment.GeneratedProfiles;
import dev.trainingadvisor.domain.assessment.Profile;
import dev.trainingadvisor.domain.assessment.RulesetId;
import dev.trainingadvisor.domain.assessment.Rulesets;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing fixed fragments from kept bytes changes no byte of any answer, in any language, under any ruleset. */
class EncodedFragmentsTest {
    private static final ObjectMapper PLAIN = strict();
    /** One mapper for all tries, as in the service, so later tries write from bytes kept by earlier ones. */
    private static final ObjectMapper FRAGMENTS = withFragments();

    @Provide
    Arbitrary<Profile> profiles() {
        return GeneratedProfiles.profiles();
    }

    @Property(tries = 400)
    void anAnswerIsTheSameBytesAsJacksonsOwnSerialisation(@ForAll("profiles") Profile profile,
                                                          @ForAll RulesetId ruleset, @ForAll Language language)
            throws Exception {
        Advisor advisor = new Advisor(Rulesets.of(ruleset));
        if (!advisor.rules().missing(profile).isEmpty()) {
            return;
        }
        AssessmentResponse response = AssessmentMapper.toResponse(advisor.assess(profile, language),
                UUID.randomUUID(), Instant.now());

        String expected = new String(PLAIN.writeValueAsBytes(response), StandardCharsets.UTF_8);
        String once = new String(FRAGMENTS.writeValueAsBytes(response), StandardCharsets.UTF_8);
        String again = new String(FRAGMENTS.writeValueAsBytes(response), StandardCharsets.UTF_8);

        assertEquals(expected, once);
        assertEquals(expected, again);
    }

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        new StrictJson().customize(mapper);
        return mapper;
    }

    private static ObjectMapper withFragments() {
        ObjectMapper mapper = strict();
        new EncodedFragments().customize(mapper);
        return mapper;
    }
}
