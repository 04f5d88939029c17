package dev.trainingadvisor.api;

import static dev.trainingadvisor.api.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogueResourceTest {

    @Test
    void listsTheComparisonTableInItsOrder() {
        api().get("/training-methods").then().statusCode(200).contentType("application/json")
                .header("Content-Language", "en")
                .body("id", equalTo(List.of("RAG", "SFT", "RLHF", "PEFT")))
                .body("frontEndRelevance", equalTo(List.of("YOU_IMPLEMENT", "HIRE_ML_ENGINEER",
                        "RESEARCH_TEAMS_ONLY", "ML_ENGINEER_IMPLEMENTS")))
                .body("costTier", equalTo(List.of("$", "$$$", "$$$$", "$$")))
                .body("documentation", equalTo(List.of("FULL", "FULL", "CONCEPT_ONLY", "CONCEPT_ONLY")))
                .body("[0].costRangeUsd", nullValue())
                .body("[1].costRangeUsd.min", equalTo(1000))
                .body("[1].costRangeUsd.max", equalTo(100000))
                .body("[1].labeledExamples.openEnded", equalTo(true))
                .body("[2].costRangeUsd.min", equalTo(50000))
                .body("[2].costRangeUsd.max", nullValue())
                .body("[2].costRangeUsd.openEnded", equalTo(true))
                .body("[3].costRangeUsd.approximate", equalTo(true))
                .body("[2].pros", hasSize(0));
    }

    @Test
    void findsOneMethodByItsId() {
        api().get("/training-methods/SFT").then().statusCode(200)
                .body("id", equalTo("SFT"))
                .body("cons", hasSize(4))
                .body("guideSections.id", equalTo(List.of("METHOD_COMPARISON", "SFT_CHECKLIST", "SFT_OVERVIEW")));
    }

    @Test
    void unknownMethodIs404WithTheKnownIds() {
        api().get("/training-methods/LORA").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("/problems/not-found"))
                .body("detail", equalTo("There is no training method with id \"LORA\". Known ids: RAG, SFT, RLHF, PEFT."));
        api().get("/training-methods/sft").then().statusCode(404);
    }

    @Test
    void catalogueIsWrittenInChineseWhenAsked() {
        api().header("Accept-Language", "zh-CN").get("/training-methods/RAG").then().statusCode(200)
                .header("Content-Language", "zh-CN")
                .body("name", equalTo("RAG（检索增强生成）"))
                .body("frontEndRelevance", equalTo("YOU_IMPLEMENT"));
    }

    @Test
    void explainsEachProblemType() {
        api().get("/problems/invalid-request").then().statusCode(200)
                .body("type", equalTo("/problems/invalid-request")).body("status", equalTo(400));
        api().header("Accept-Language", "zh").get("/problems/payload-too-large").then().statusCode(200)
                .body("title", equalTo("请求体过大"));
        api().get("/problems/teapot").then().statusCode(404);
    }
}
