package dev.trainingadvisor.domain.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.trainingadvisor.domain.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The guide's figures, exactly as it gives them, and nothing it does not give. */
class CatalogueTest {

    @Test
    void listsTheFourMethodsOfTheComparisonTableInItsOrder() {
        assertEquals(List.of(MethodId.RAG, MethodId.SFT, MethodId.RLHF, MethodId.PEFT),
                Catalogue.methods(Language.EN).stream().map(TrainingMethod::id).toList());
    }

    @Test
    void methodsCarryTheTablesRelevanceCostTierAndDocumentation() {
        TrainingMethod rag = Catalogue.method(MethodId.RAG, Language.EN);
        TrainingMethod sft = Catalogue.method(MethodId.SFT, Language.EN);
        TrainingMethod rlhf = Catalogue.method(MethodId.RLHF, Language.EN);
        TrainingMethod peft = Catalogue.method(MethodId.PEFT, Language.EN);
        assertEquals(List.of(FrontEndRelevance.YOU_IMPLEMENT, FrontEndRelevance.HIRE_ML_ENGINEER,
                        FrontEndRelevance.RESEARCH_TEAMS_ONLY, FrontEndRelevance.ML_ENGINEER_IMPLEMENTS),
                List.of(rag.frontEndRelevance(), sft.frontEndRelevance(), rlhf.frontEndRelevance(),
                        peft.frontEndRelevance()));
        assertEquals(List.of("$", "$$$", "$$$$", "$$"),
                List.of(rag.costTier(), sft.costTier(), rlhf.costTier(), peft.costTier()));
        assertEquals(List.of(Documentation.FULL, Documentation.FULL, Documentation.CONCEPT_ONLY,
                Documentation.CONCEPT_ONLY), List.of(rag.documentation(), sft.documentation(), rlhf.documentation(),
                peft.documentation()));
    }

    @Test
    void costAndDataFiguresAreTheGuidesOwn() {
        assertEquals(Optional.empty(), Catalogue.method(MethodId.RAG, Language.EN).costRangeUsd());
        assertEquals(Optional.of(Range.between("1000", "100000")),
                Catalogue.method(MethodId.SFT, Language.EN).costRangeUsd());
        assertEquals(Optional.of(new Range(new BigDecimal("1000"), Optional.of(new BigDecimal("100000")), true, false)),
                Catalogue.method(MethodId.SFT, Language.EN).exampleRange());
        Range rlhf = Catalogue.method(MethodId.RLHF, Language.EN).costRangeUsd().orElseThrow();
        assertEquals(new BigDecimal("50000"), rlhf.min());
        assertTrue(rlhf.openEnded());
        assertEquals(Optional.empty(), rlhf.max());
        Range peft = Catalogue.method(MethodId.PEFT, Language.EN).costRangeUsd().orElseThrow();
        assertEquals(new BigDecimal("100"), peft.min());
        assertTrue(peft.approximate());
        assertTrue(Catalogue.method(MethodId.PEFT, Language.EN).cost().contains("$10,000"));
    }

    @Test
    void prosAndConsAreOnlyWhatTheGuideLists() {
        assertEquals(5, Catalogue.method(MethodId.RAG, Language.EN).pros().size());
        assertEquals(3, Catalogue.method(MethodId.SFT, Language.EN).pros().size());
        assertEquals(4, Catalogue.method(MethodId.SFT, Language.EN).cons().size());
        assertEquals(List.of(), Catalogue.method(MethodId.RLHF, Language.EN).pros());
        assertEquals(List.of(), Catalogue.method(MethodId.RLHF, Language.EN).cons());
        assertEquals(List.of(), Catalogue.method(MethodId.PEFT, Language.EN).cons());
    }

    @Test
    void bothLanguagesDescribeTheSameCatalogue() {
        for (MethodId id : MethodId.values()) {
            TrainingMethod en = Catalogue.method(id, Language.EN);
            TrainingMethod zh = Catalogue.method(id, Language.ZH);
            assertEquals(en.costRangeUsd(), zh.costRangeUsd());
            assertEquals(en.exampleRange(), zh.exampleRange());
            assertEquals(en.pros().size(), zh.pros().size());
            assertEquals(en.cons().size(), zh.cons().size());
            assertEquals(en.useCases().size(), zh.useCases().size());
            assertFalse(en.name().equals(zh.name()));
        }
    }

    @Test
    void listsTheFourProvidersWithTheirPricesAndTheCaveat() {
        List<Provider> providers = Catalogue.providers(ProviderFilter.ALL, Language.EN);
        assertEquals(List.of("openai-fine-tuning", "anthropic", "huggingface-autotrain", "replicate"),
                providers.stream().map(Provider::id).toList());
        Provider openai = providers.get(0);
        assertEquals(Optional.of(Range.about("1200")), openai.startingCostUsd());
        assertTrue(openai.plusUsage());
        assertEquals(Optional.empty(), providers.get(1).startingCostUsd());
        assertEquals(Provider.PricingUnit.CONTACT_SALES, providers.get(1).pricingUnit());
        assertEquals(Optional.of(Range.between("100", "5000")), providers.get(2).startingCostUsd());
        assertEquals(Optional.of(Range.between("0.50", "5")), providers.get(3).startingCostUsd());
        assertEquals(Provider.PricingUnit.PER_TRAINING_RUN, providers.get(3).pricingUnit());
        for (Provider provider : providers) {
            assertEquals(4, provider.caveat().needsMlExpertiseFor().size());
        }
    }

    @Test
    void providersWithoutAPriceNeverPassAMaximumCost() {
        assertEquals(List.of("huggingface-autotrain", "replicate"), ids(filter(null, "1000")));
        assertEquals(List.of("openai-fine-tuning", "huggingface-autotrain", "replicate"), ids(filter(null, "1200")));
        assertEquals(List.of("replicate"), ids(filter(null, "0.50")));
        assertEquals(List.of(), ids(filter(null, "0.49")));
        assertEquals(List.of("openai-fine-tuning", "huggingface-autotrain", "replicate"),
                ids(filter(null, "1000000000000")));
    }

    @Test
    void filtersByMethod() {
        assertEquals(4, filter(MethodId.SFT, null).size());
        assertEquals(List.of(), filter(MethodId.RLHF, null));
        assertEquals(List.of("replicate"), ids(filter(MethodId.SFT, "1")));
    }

    @Test
    void findsAProviderById() {
        assertEquals("Replicate", Catalogue.provider("replicate", Language.ZH).orElseThrow().name());
        assertEquals(Optional.empty(), Catalogue.provider("openai", Language.EN));
    }

    private static List<Provider> filter(MethodId method, String max) {
        return Catalogue.providers(new ProviderFilter(Optional.ofNullable(method),
                Optional.ofNullable(max).map(BigDecimal::new)), Language.EN);
    }

    private static List<String> ids(List<Provider> providers) {
        return providers.stream().map(Provider::id).toList();
    }
}
