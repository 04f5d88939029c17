package dev.trainingadvisor.api.language;

import dev.trainingadvisor.api.AdvisorConfig;
import dev.trainingadvisor.domain.Language;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;

/** Picks each response's language from its request, falling back to the configured default. */
@Singleton
public class Languages {
    private final Language fallback;

    public Languages(AdvisorConfig config) {
        this.fallback = config.defaultLanguage().toLowerCase(java.util.Locale.ROOT).startsWith("zh")
                ? Language.ZH : Language.EN;
    }

    public Language of(HttpHeaders headers) {
        return of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public Language of(String acceptLanguage) {
        return RequestLanguage.from(acceptLanguage, fallback);
    }
}
