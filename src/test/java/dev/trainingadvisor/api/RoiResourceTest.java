package dev.trainingadvisor.api;

import static dev.trainingadvisor.api.Bodies.roi;
import static dev.trainingadvisor.api.Bodies.with;
import static dev.trainingadvisor.api.Contract.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.config.JsonPathConfig;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoiResourceTest {
    private static final io.restassured.config.RestAssuredConfig DECIMALS = io.restassured.config.RestAssuredConfig
            .config().jsonConfig(io.restassured.config.JsonConfig.jsonConfig()
                    .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    @Test
    void estimatesWithTheGuidesDefaults() {
        api().config(DECIMALS).contentType("application/json").body(roi()).post("/roi-estimates")
                .then().statusCode(200).contentType("application/json").header("Content-Language", "en")
                .body("input.implementationCostUsd", equalTo(50000))
                .body("input.horizonMonths", equalTo(24))
                .body("input.retrainingIntervalMonths", equalTo(12))
                .body("grossMonthlySavingsUsd", equalTo(new BigDecimal("6000.00")))
                .body("upfrontCostUsd", equalTo(new BigDecimal("60000.00")))
                .body("paybackMonths", equalTo(new BigDecimal("10.00")))
                .body("netBenefitUsd", equalTo(new BigDecimal("84000.00")))
                .body("roiPercent", equalTo(new BigDecimal("140.00")))
                .body("verdict", equalTo("PAYS_OFF"))
                .body("apiSpendAboveTenThousand", equalTo(true))
                .body("cumulativeNetPosition", hasSize(25))
                .body("cumulativeNetPosition[0].cumulativeNetUsd", equalTo(new BigDecimal("-60000.00")))
                .body("scenarios.id", equalTo(List.of("PESSIMISTIC", "BASE", "OPTIMISTIC")))
                .body("scenarios[0].figures.verdict", equalTo("DOES_NOT_PAY_OFF"));
    }

    @Test
    void negativeNetSavingsHaveNoPaybackAndSayNull() {
        api().contentType("application/json").body(with(with(roi(), "expectedSpendReductionPercent", 1),
                        "monthlyOperatingCostUsd", 1000)).post("/roi-estimates")
                .then().statusCode(200)
                .body("paybackMonths", nullValue())
                .body("verdict", equalTo("DOES_NOT_PAY_OFF"))
                .body("summary", startsWith("Training never pays for itself"));
    }

    @Test
    void noUpfrontCostHasNoRoiPercentage() {
        api().contentType("application/json").body(with(with(roi(), "trainingCostUsd", 0), "implementationCostUsd", 0))
                .post("/roi-estimates").then().statusCode(200)
                .body("roiPercent", nullValue()).body("paybackMonths", equalTo(0.0f));
    }

    @Test
    void answersInChineseWhenAsked() {
        api().contentType("application/json").header("Accept-Language", "zh-CN").body(roi()).post("/roi-estimates")
                .then().statusCode(200).header("Content-Language", "zh-CN").body("language", equalTo("zh-CN"))
                .body("summary", startsWith("训练在第 10 个月收回成本"));
    }
}
