package dev.trainingadvisor.api.common;

import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The response headers of an operation that honours {@code Prefer: return=...} (RFC 7240): on a successful answer,
 * {@code Preference-Applied: return=minimal} or {@code return=representation} when the request asked for it (§3), and
 * {@code Vary: Accept-Language, Prefer} whether it asked or not, since the answer depends on both. The operation
 * answers by the same {@link Prefer} reading of the same header. Problems vary with Accept-Language only.
 */
public class PreferenceApplied {
    /** The value of Vary on an answer that depends on the language and the Prefer header. */
    public static final String VARY = HttpHeaders.ACCEPT_LANGUAGE + ", " + Prefer.HEADER;

    /** Marks a resource method that honours {@code Prefer: return=minimal}. */
    @NameBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    public @interface HonoursReturn {
    }

    @ServerResponseFilter
    @HonoursReturn
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 200 || response.getStatus() >= 300) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.VARY, VARY);
        Prefer.parse(request.getHeaders().get(Prefer.HEADER)).returnPreference()
                .ifPresent(preference -> response.getHeaders().putSingle(Prefer.APPLIED_HEADER, preference.header()));
    }
}
