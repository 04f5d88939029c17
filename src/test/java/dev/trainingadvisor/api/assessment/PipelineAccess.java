package dev.trainingadvisor.api.assessment;

import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.assessment.Advisor;
import java.time.Instant;
import java.util.UUID;

/** For benchmarks: the mapping steps of the assessment endpoint, without the HTTP server. */
public final class PipelineAccess {
    private PipelineAccess() {
    }

    /** A request as the domain's profile, as the endpoint maps it. */
    public static dev.trainingadvisor.domain.assessment.Profile profile(AssessmentRequest request) {
        return AssessmentMapper.toProfile(request);
    }

    public static AssessmentResponse respond(Advisor advisor, AssessmentRequest request) {
        return AssessmentMapper.toResponse(advisor.assess(AssessmentMapper.toProfile(request), Language.EN),
                UUID.randomUUID(), Instant.now());
    }
}
