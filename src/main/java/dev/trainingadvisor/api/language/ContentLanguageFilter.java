package dev.trainingadvisor.api.language;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Every API response says its language and that it varies with Accept-Language (for caches). */
public class ContentLanguageFilter {
    private final Languages languages;

    public ContentLanguageFilter(Languages languages) {
        this.languages = languages;
    }

    @ServerResponseFilter
    public void contentLanguage(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
            response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE,
                    RequestLanguage.tag(languages.of(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
        }
        if (!response.getHeaders().containsKey(HttpHeaders.VARY)) {
            response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        }
    }
}
