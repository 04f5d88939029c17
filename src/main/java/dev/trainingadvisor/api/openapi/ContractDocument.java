package dev.trainingadvisor.api.openapi;

import io.quarkus.smallrye.openapi.runtime.OpenApiConfigHelper;
import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.quarkus.smallrye.openapi.runtime.filter.DisabledRestEndpointsFilter;
import io.smallrye.openapi.api.SmallRyeOpenAPI;
import io.smallrye.openapi.runtime.io.Format;
import dev.trainingadvisor.api.common.ConditionalRequests;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * The OpenAPI document that {@code /q/openapi} serves (YAML; JSON with {@code ?format=json}, {@code Accept:
 * application/json} or {@code .json}), built by SmallRye OpenAPI at the first request for it instead of at start
 * (issue 22, start to first assessment). The build already made the whole document, {@link ContractFilter} applied
 * ({@value #GENERATED}, about 540 KB); SmallRye OpenAPI's extension reads it back at every start and writes it out
 * again as JSON and as YAML - about a quarter of the main thread's start and the JIT work that goes with it, for a
 * document that no assessment needs.
 *
 * <p>This bean takes the place of the extension's {@link OpenApiDocumentService} (a CDI alternative): while the
 * extension prepares its documents at start it is shown a class loader without {@value #GENERATED} (through
 * {@link OpenApiConstants#classLoader}, the extension's own way to load that file from another class loader, which
 * it otherwise uses in dev mode only), so it prepares an empty one; the default document is then built here, once,
 * by the same SmallRye OpenAPI builder calls the extension makes (the build's document as a static file, no
 * annotation scan, no model reader, no standard filter, the extension's filter of endpoints disabled at run time), so
 * its bytes are the same ({@code OpenApiContractTest} compares them with the committed contract byte for byte). The
 * extension's routes and handler are unchanged; {@link ContractEndpoint} negotiates before them, and has the first
 * request for the document wait for it on a worker thread, never on the event loop. Documents other than the default
 * one, and any filter that runs at start or per request, are left to the extension: this service registers none.
 */
@Alternative
@Priority(1)
@Singleton
public class ContractDocument extends OpenApiDocumentService {
    /** The document the build generated, as the extension names it (the default document, JSON). */
    static final String GENERATED = OpenApiConstants.BASE_NAME + ".JSON";
    /** The paths the extension serves the default document at (its default {@code quarkus.smallrye-openapi.path}). */
    static final String PATHS = "^/q/openapi(\\.json|\\.yaml|\\.yml)?$";
    private static final Logger LOG = Logger.getLogger(ContractDocument.class);

    private final Config config;
    private final ClassLoader loader;
    private final ClassLoader previous;
    private volatile Built built;

    private record Built(Representation json, Representation yaml) {
    }

    /** The document in one format: its bytes (UTF-8) and their strong entity tag. */
    record Representation(byte[] bytes, String tag) {
        Representation(byte[] bytes) {
            this(bytes, ConditionalRequests.strongTag(bytes));
        }
    }

    @Inject
    public ContractDocument(Config config) {
        this.config = config;
        this.previous = OpenApiConstants.classLoader;
        this.loader = previous != null ? previous : Thread.currentThread().getContextClassLoader();
        // The extension calls prepareDocument on this bean right after creating it: without the generated file.
        OpenApiConstants.classLoader = new WithoutGenerated(loader);
    }

    @PreDestroy
    void restore() {
        OpenApiConstants.classLoader = previous;
    }

    /**
     * The default document as the extension would have prepared it, built at the first call; other documents as the
     * extension prepared them.
     */
    @Override
    public byte[] getDocument(String documentName, Format format) {
        if (!OpenApiConstants.DEFAULT_DOCUMENT_NAME.equals(documentName)) {
            return super.getDocument(documentName, format);
        }
        return representation(format).bytes();
    }

    /** The default document in {@code format}, built at the first call (which may wait for it: not on the event loop). */
    Representation representation(Format format) {
        Built document = build();
        return format == Format.JSON ? document.json() : document.yaml();
    }

    /** Whether the default document has been built (no request has asked for it yet when not). */
    public boolean built() {
        return built != null;
    }

    /** What the extension prepared at start for the default document: nothing, as this bean intends. */
    byte[] preparedAtStart(Format format) {
        return super.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, format);
    }

    private Built build() {
        Built document = built;
        if (document != null) {
            return document;
        }
        synchronized (this) {
            if (built == null) {
                built = read();
                LOG.debugf("OpenAPI document built at its first request: %d bytes of JSON, %d of YAML",
                        built.json().bytes().length, built.yaml().bytes().length);
            }
            return built;
        }
    }

    private Built read() {
        try (InputStream in = loader.getResourceAsStream(GENERATED)) {
            if (in == null) {
                throw new IllegalStateException(GENERATED + " is missing: the build generates it");
            }
            SmallRyeOpenAPI.Builder builder = SmallRyeOpenAPI.builder()
                    .withConfig(OpenApiConfigHelper.wrap(config, OpenApiConstants.DEFAULT_DOCUMENT_NAME))
                    .withApplicationClassLoader(loader)
                    .enableModelReader(false)
                    .enableStandardStaticFiles(false)
                    .enableAnnotationScan(false)
                    .enableStandardFilter(false)
                    .withCustomStaticFile(() -> in);
            DisabledRestEndpointsFilter.maybeGetInstance().ifPresent(builder::addFilter);
            SmallRyeOpenAPI document = builder.build();
            return new Built(new Representation(document.toJSON().getBytes(StandardCharsets.UTF_8)),
                    new Representation(document.toYAML().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(GENERATED + " cannot be read", e);
        }
    }

    /** The application's class loader without the generated document. */
    private static final class WithoutGenerated extends ClassLoader {
        WithoutGenerated(ClassLoader parent) {
            super(parent);
        }

        @Override
        public URL getResource(String name) {
            return GENERATED.equals(name) ? null : super.getResource(name);
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            return GENERATED.equals(name) ? null : super.getResourceAsStream(name);
        }
    }
}
