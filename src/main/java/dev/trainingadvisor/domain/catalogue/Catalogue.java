package dev.trainingadvisor.domain.catalogue;

import dev.trainingadvisor.domain.GuideSection;
import dev.trainingadvisor.domain.Language;
import dev.trainingadvisor.domain.Texts;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The guide's comparison table and its providers, in each language. The figures are written here once; the prose
 * comes from the text bundles. Everything is built when the class loads and never changes.
 */
public final class Catalogue {
    private static final Map<Language, List<TrainingMethod>> METHODS = new EnumMap<>(Language.class);
    private static final Map<Language, List<Provider>> PROVIDERS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            Texts texts = Texts.in(language);
            METHODS.put(language, List.of(
                    method(texts, MethodId.RAG, FrontEndRelevance.YOU_IMPLEMENT, "$", Optional.empty(),
                            Optional.empty(), Documentation.FULL,
                            List.of(GuideSection.METHOD_COMPARISON, GuideSection.WHY_RAG)),
                    method(texts, MethodId.SFT, FrontEndRelevance.HIRE_ML_ENGINEER, "$$$",
                            Optional.of(Range.between("1000", "100000")),
                            Optional.of(Range.between("1000", "100000").orMore()), Documentation.FULL,
                            List.of(GuideSection.METHOD_COMPARISON, GuideSection.SFT_CHECKLIST,
                                    GuideSection.SFT_OVERVIEW)),
                    method(texts, MethodId.RLHF, FrontEndRelevance.RESEARCH_TEAMS_ONLY, "$$$$",
                            Optional.of(Range.from("50000")), Optional.empty(), Documentation.CONCEPT_ONLY,
                            List.of(GuideSection.METHOD_COMPARISON, GuideSection.RLHF_CHECKLIST,
                                    GuideSection.RLHF_OVERVIEW)),
                    method(texts, MethodId.PEFT, FrontEndRelevance.ML_ENGINEER_IMPLEMENTS, "$$",
                            Optional.of(Range.about("100")), Optional.empty(), Documentation.CONCEPT_ONLY,
                            List.of(GuideSection.METHOD_COMPARISON, GuideSection.PEFT_CHECKLIST,
                                    GuideSection.PEFT_OVERVIEW))));
            Provider.Caveat caveat = new Provider.Caveat(texts.get("provider.caveat"), items(texts, "provider.caveat.need"));
            PROVIDERS.put(language, List.of(
                    provider(texts, "openai-fine-tuning", "OpenAI Fine-Tuning", Optional.of(Range.about("1200")),
                            Provider.PricingUnit.TRAINING, true, caveat),
                    provider(texts, "anthropic", "Anthropic", Optional.empty(), Provider.PricingUnit.CONTACT_SALES, false, caveat),
                    provider(texts, "huggingface-autotrain", "HuggingFace AutoTrain", Optional.of(Range.between("100", "5000")),
                            Provider.PricingUnit.TRAINING, false, caveat),
                    provider(texts, "replicate", "Replicate", Optional.of(Range.between("0.50", "5")),
                            Provider.PricingUnit.PER_TRAINING_RUN, false, caveat)));
        }
    }

    private Catalogue() {
    }

    /** RAG, SFT, RLHF, PEFT: the table's order. */
    public static List<TrainingMethod> methods(Language language) {
        return METHODS.get(language);
    }

    public static TrainingMethod method(MethodId id, Language language) {
        return METHODS.get(language).get(id.ordinal());
    }

    /** The providers the filter accepts, in the guide's order. */
    public static List<Provider> providers(ProviderFilter filter, Language language) {
        List<Provider> accepted = new ArrayList<>(4);
        for (Provider provider : PROVIDERS.get(language)) {
            if (filter.accepts(provider)) {
                accepted.add(provider);
            }
        }
        return accepted;
    }

    public static Optional<Provider> provider(String id, Language language) {
        return PROVIDERS.get(language).stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private static TrainingMethod method(Texts texts, MethodId id, FrontEndRelevance relevance, String tier,
                                         Optional<Range> cost, Optional<Range> examples, Documentation documentation,
                                         List<GuideSection> sources) {
        String key = "method." + id.name();
        return new TrainingMethod(id, texts.get(key + ".name"), texts.get(key + ".does"), texts.get(key + ".when"),
                relevance, texts.get("relevance." + relevance.name()), tier, cost, texts.get(key + ".cost"), examples,
                texts.get(key + ".data"), items(texts, key + ".pro"), items(texts, key + ".con"),
                items(texts, key + ".useCase"), texts.get(key + ".example"), documentation, sources);
    }

    /** A provider's name is a proper noun, the same in every language; the rest of its prose is translated. */
    private static Provider provider(Texts texts, String id, String name, Optional<Range> cost, Provider.PricingUnit unit,
                                     boolean plusUsage, Provider.Caveat caveat) {
        String key = "provider." + id;
        // Guide's "supported methods": it presents all four as fine-tuning (SFT) services and names no other method.
        return new Provider(id, name, texts.get(key + ".bestFor"), List.of(MethodId.SFT), cost,
                unit, plusUsage, texts.get(key + ".pricing"), caveat);
    }

    /** The texts {@code prefix.1}, {@code prefix.2}, ... as a list (empty when there is no {@code prefix.1}). */
    private static List<String> items(Texts texts, String prefix) {
        List<String> items = new ArrayList<>();
        for (int i = 1; texts.has(prefix + "." + i); i++) {
            items.add(texts.get(prefix + "." + i));
        }
        return items;
    }
}
