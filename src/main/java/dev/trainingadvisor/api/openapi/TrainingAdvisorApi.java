package dev.trainingadvisor.api.openapi;

import dev.trainingadvisor.api.problem.FieldError;
import dev.trainingadvisor.api.problem.Problem;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.Components;

/** The API as a whole: what the contract says about itself. Paths start at the root. */
@OpenAPIDefinition(
        info = @Info(
                title = "Training Advisor",
                version = TrainingAdvisorApi.VERSION,
                description = TrainingAdvisorApi.DESCRIPTION,
                contact = @Contact(name = "Training Advisor team")),
        tags = {
                @Tag(name = "Assessments", description = "Should this project train a model? The recommendation, why, "
                        + "and what would change it."),
                @Tag(name = "Catalogue", description = "The guide's comparison of RAG, SFT, RLHF and PEFT, its "
                        + "fine-tuning providers beside today's market, and its decision tree."),
                @Tag(name = "Market", description = "Today's fine-tunable models and their prices, from dated, "
                        + "sourced market data that operators replace without a rebuild."),
                @Tag(name = "ROI", description = "Does training pay for itself? What do prompting, RAG and a "
                        + "fine-tuned model cost?"),
                @Tag(name = "Problems", description = "What each problem type means.")},
        components = @Components(schemas = {
                @Schema(name = "Problem", implementation = Problem.class),
                @Schema(name = "FieldError", implementation = FieldError.class)}))
public class TrainingAdvisorApi extends Application {
    public static final String VERSION = "1.0.0";

    static final String DESCRIPTION = """
            Teams keep asking "should we fine-tune a model?". This service answers with the rules of the guide \
            "AI model training for front-end engineers": almost always use RAG or better prompts; train (SFT, PEFT) \
            only when strict conditions hold. Two rulesets decide (`?ruleset=1|2`, see `GET /rulesets`): ruleset 1 is \
            the guide's decision tree read literally; ruleset 2, the default, refines it where real cases show the \
            literal tree wrong, and says when it departs from ruleset 1.

            **Conventions.** JSON in and out, UTF-8. Request bodies are strict: unknown properties, nulls for required \
            fields, wrong JSON types, fractions where whole numbers are required and repeated list values are \
            rejected with 400, never silently ignored. Bodies are limited to 64 KiB (413). Every error is an RFC 9457 \
            `application/problem+json` document whose `errors[].pointer` is a JSON Pointer to your own property name. \
            A method a path does not take answers 405 with an `Allow` header.

            **Languages.** `Accept-Language: zh` (or `zh-CN`) gives every human text in Simplified Chinese, anything \
            else English; `Content-Language` says which. Codes never change with the language.

            **Stability.** Codes (approaches, reason codes, criteria, ids) are stable. Every answer names its \
            `ruleset`; `rulesetVersion` changes whenever one of that ruleset's rules changes.""";
}
