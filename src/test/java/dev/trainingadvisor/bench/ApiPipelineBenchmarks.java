package dev.trainingadvisor.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.assessment.AssessmentRequest;
import dev.trainingadvisor.api.assessment.PipelineAccess;
import dev.trainingadvisor.api.json.StrictJson;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** What POST /assessments does besides the domain, step by step, with the service's own Jackson settings. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class ApiPipelineBenchmarks {
    static final byte[] REQUEST = ("{\"usesPrivateData\": false, \"desiredChange\": \"DEEP_KNOWLEDGE\", "
            + "\"labeledExamples\": 12000, \"mlExpertise\": \"IN_HOUSE\", \"trainingBudgetUsd\": 25000, "
            + "\"projectName\": \"Support assistant\", \"knowledgeInPublicData\": false, \"ragTooSlowOrExpensive\": true, "
            + "\"ragAccuracyPercent\": 84.5, \"ragOptimizations\": [\"HYBRID_SEARCH\", \"RERANKING\"], "
            + "\"promptTechniques\": [\"FEW_SHOT\"], \"providersTested\": 1, \"monthlyApiSpendUsd\": 12000}")
            .getBytes(StandardCharsets.UTF_8);

    private ObjectMapper json;
    private Validator validator;
    private AssessmentRequest request;
    private Object response;
    private final dev.trainingadvisor.domain.assessment.Advisor advisor = new dev.trainingadvisor.domain.assessment.Advisor();

    @Setup
    public void setUp() throws IOException {
        json = new ObjectMapper().findAndRegisterModules();
        new StrictJson().customize(json);
        validator = Validation.buildDefaultValidatorFactory().getValidator();
        request = json.readValue(REQUEST, AssessmentRequest.class);
        response = PipelineAccess.respond(advisor, request);
    }

    @Benchmark
    public AssessmentRequest readRequest() throws IOException {
        return json.readValue(REQUEST, AssessmentRequest.class);
    }

    @Benchmark
    public Object validateRequest() {
        return validator.validate(request);
    }

    @Benchmark
    public Object assessAndMap() {
        return PipelineAccess.respond(advisor, request);
    }

    @Benchmark
    public byte[] writeResponse() throws IOException {
        return json.writeValueAsBytes(response);
    }
}
