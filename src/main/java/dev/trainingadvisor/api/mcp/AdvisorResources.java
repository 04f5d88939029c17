package dev.trainingadvisor.api.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.trainingadvisor.api.language.Languages;
import dev.trainingadvisor.api.tree.DecisionTreeDto;
import dev.trainingadvisor.api.common.Representation;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import dev.trainingadvisor.domain.assessment.RulesetId;
import dev.trainingadvisor.domain.assessment.Rulesets;
import dev.trainingadvisor.domain.assessment.TreeDiagram;
import io.quarkiverse.mcp.server.JsonRpcErrorCodes;
import io.quarkiverse.mcp.server.McpException;
import io.quarkiverse.mcp.server.PromptManager;
import io.quarkiverse.mcp.server.PromptMessage;
import io.quarkiverse.mcp.server.PromptResponse;
import io.quarkiverse.mcp.server.ResourceManager;
import io.quarkiverse.mcp.server.ResourceResponse;
import io.quarkiverse.mcp.server.TextResourceContents;
import io.quarkiverse.mcp.server.TransportHint;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * What an agent reads rather than calls, over MCP: the rules document ({@value #RULES}, ADVISOR-RULES.md, the binding
 * restatement of the guide's rules), each ruleset's decision tree as Mermaid ({@code advisor://decision-tree/<n>.mmd})
 * and as the JSON of {@code GET /decision-tree} ({@code advisor://decision-tree/<n>.json}), in the service's default
 * language; and the prompt {@value #PROMPT}, which walks an agent through the questions before it calls
 * {@code assess_project}.
 */
@Singleton
public class AdvisorResources {
    static final String RULES = "advisor://rules";
    static final String TREE = "advisor://decision-tree/";
    static final String PROMPT = "should_we_fine_tune";
    static final String RULES_FILE = "/META-INF/docs/ADVISOR-RULES.md";

    private final ResourceManager resources;
    private final PromptManager prompts;
    private final Languages languages;
    private final ObjectMapper json;

    public AdvisorResources(ResourceManager resources, PromptManager prompts, Languages languages, ObjectMapper json) {
        this.resources = resources;
        this.prompts = prompts;
        this.languages = languages;
        this.json = json;
    }

    /** Registers the resources and the prompt; {@link McpRegistration} calls it once, at the first MCP request. */
    void register() {
        String rules = rulesDocument();
        define("rules", RULES, "text/markdown", "The rules this service decides by (ADVISOR-RULES.md): the guide's "
                + "decision tree, ruleset 2's refinements, names, codes and the cost formulas, section by section.",
                () -> rules);
        Language language = languages.of((String) null);
        for (RulesetId ruleset : RulesetId.values()) {
            int number = ruleset.number();
            define("decision-tree-" + number + "-mermaid", TREE + number + ".mmd", Representation.MERMAID_TYPE,
                    "Ruleset " + number + "'s decision tree as a Mermaid flowchart, each branch naming its rule.",
                    () -> TreeDiagram.mermaid(Rulesets.of(ruleset).tree(), language));
            define("decision-tree-" + number + "-json", TREE + number + ".json", "application/json",
                    "Ruleset " + number + "'s decision tree as JSON nodes and edges (GET /decision-tree?ruleset="
                            + number + ").",
                    () -> write(DecisionTreeDto.of(number, TreeDiagram.view(Rulesets.of(ruleset).tree(), language))));
        }
        prompts.newPrompt(PROMPT)
                .setTitle("Should we fine-tune?")
                .setDescription(Texts.in(language).get("mcp.prompt.shouldWeFineTune.description"))
                .addArgument("project", "What the project is, in a sentence (optional).", false)
                .addArgument("language", "en or zh-Hans: the language of the walk-through (optional).", false)
                .addHint(TransportHint.STREAMABLE_HTTP_SKIP_SSE_INIT)
                .setHandler(arguments -> {
                    Language chosen = promptLanguage(arguments.args().get("language"), language);
                    String project = arguments.args().get("project");
                    Texts texts = Texts.in(chosen);
                    String about = project == null || project.isBlank() ? ""
                            : texts.format("mcp.prompt.shouldWeFineTune.project", "project", project.strip());
                    return PromptResponse.withMessages(PromptMessage.withUserRole(
                            texts.format("mcp.prompt.shouldWeFineTune.text", "project", about)));
                })
                .register();
    }

    /**
     * The walk-through's language: {@code value} read as the tools read their {@code language} argument (an
     * Accept-Language value, RFC 9110 §12.5.4; absent: the default language).
     *
     * @throws McpException JSON-RPC Invalid params (-32602, as MCP answers a prompt's missing argument) for a value
     *                      the tools refuse ({@link ToolArguments#isLanguage}: a control character, over 256
     *                      characters), its message in the default language
     */
    private Language promptLanguage(String value, Language defaultLanguage) {
        if (value != null && !ToolArguments.isLanguage(value)) {
            throw new McpException(Texts.in(defaultLanguage).format("mcp.prompt.languageRefused",
                    "max", Integer.toString(ToolArguments.MAX_LANGUAGE_LENGTH)), JsonRpcErrorCodes.INVALID_PARAMS);
        }
        return languages.of(value);
    }

    private void define(String name, String uri, String mimeType, String description, Supplier<String> text) {
        resources.newResource(name)
                .setUri(uri)
                .setMimeType(mimeType)
                .setDescription(description)
                .addHint(TransportHint.STREAMABLE_HTTP_SKIP_SSE_INIT)
                .setHandler(arguments -> new ResourceResponse(new TextResourceContents(uri, text.get(), mimeType)))
                .register();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a decision tree that cannot be written as JSON", e);
        }
    }

    private static String rulesDocument() {
        try (InputStream in = AdvisorResources.class.getResourceAsStream(RULES_FILE)) {
            if (in == null) {
                throw new IllegalStateException(RULES_FILE + " is not packaged: the build copies src/docs");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
