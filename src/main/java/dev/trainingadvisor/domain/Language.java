package dev.trainingadvisor.domain;

import java.util.Locale;

/** The two languages every human text exists in. Codes (approaches, ids, criteria) never change with it. */
public enum Language {
    EN(Locale.ENGLISH),
    ZH(Locale.SIMPLIFIED_CHINESE);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * Simplified Chinese for any {@code zh} locale that is not explicitly Traditional (script {@code Hant},
     * or region TW/HK/MO without a {@code Hans} script); English for everything else.
     */
    public static Language of(Locale locale) {
        if (!"zh".equals(locale.getLanguage())) {
            return EN;
        }
        String script = locale.getScript();
        if ("Hant".equals(script)) {
            return EN;
        }
        if (script.isEmpty()) {
            String region = locale.getCountry();
            if (region.equals("TW") || region.equals("HK") || region.equals("MO")) {
                return EN;
            }
        }
        return ZH;
    }
}
