package dev.trainingadvisor.api.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.trainingadvisor.domain.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RequestLanguageTest {

    /** HeaderFuzzIT found "-": the JDK's LanguageRange.parse throws an index error for it, which became a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"-", "--", "-;q=0.5", "zh-", ";;", "zh;q=abc", "x-", "a-b-c-d-e-f-g-h-i-j"})
    void anUnreadableHeaderGivesTheDefaultLanguage(String header) {
        assertEquals(Language.EN, RequestLanguage.from(header, Language.EN));
        assertEquals(Language.ZH, RequestLanguage.from(header, Language.ZH));
    }

    @Test
    void chineseByQualityElseTheDefault() {
        assertEquals(Language.ZH, RequestLanguage.from("fr;q=0.9, zh;q=0.8", Language.EN));
        assertEquals(Language.EN, RequestLanguage.from("zh-TW", Language.EN));
        assertEquals(Language.EN, RequestLanguage.from("de", Language.EN));
    }
}
