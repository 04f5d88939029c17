package dev.trainingadvisor.api.language;

import dev.trainingadvisor.domain.Language;
import java.util.List;
import java.util.Locale;

/**
 * The language of a response, from the request's {@code Accept-Language}: the first acceptable range (by quality)
 * that is Chinese gives Simplified Chinese unless it asks for Traditional script or region; anything else, a missing
 * or unreadable header, gives the default (English unless configured otherwise).
 */
public final class RequestLanguage {
    private static final int MAX_HEADER_LENGTH = 512;

    private RequestLanguage() {
    }

    public static Language from(String acceptLanguage, Language fallback) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > MAX_HEADER_LENGTH) {
            return fallback;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException | IndexOutOfBoundsException unreadable) {
            // The JDK's parser throws ArrayIndexOutOfBoundsException for some malformed headers, such as "-".
            return fallback;
        }
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() <= 0) {
                continue;
            }
            String tag = range.getRange();
            if (tag.equals("*")) {
                return fallback;
            }
            Locale locale = Locale.forLanguageTag(tag.replace("-*", ""));
            if (locale.getLanguage().equals("zh")) {
                return Language.of(locale);
            }
            if (locale.getLanguage().equals("en")) {
                return Language.EN;
            }
        }
        return fallback;
    }

    /** The {@code Content-Language} of a response in {@code language}. */
    public static String tag(Language language) {
        return language == Language.ZH ? "zh-CN" : "en";
    }
}
