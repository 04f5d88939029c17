package dev.trainingadvisor.api.mcp;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import dev.trainingadvisor.api.common.FirstRequest;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/**
 * Registers the MCP tools ({@link AdvisorTools}), resources and prompt ({@link AdvisorResources}) when the first
 * request reaches {@code /mcp}, not at start (issue 22, start to first assessment): registering parses the packaged
 * contract (about 480 KB of YAML) for the tools' input schemas and creates the MCP extension's managers, none of which
 * a REST operation needs. The first MCP request waits for it on a worker thread (not on the event loop), after
 * {@link RepeatedKeys} has read and checked its body; every later request passes straight through. An agent sees the
 * same tools, resources and prompt as before, from its first {@code initialize} on.
 */
@Singleton
public class McpRegistration {
    /** Logged once the tools, resources and prompt are registered: after Quarkus's "started in" line, never before. */
    public static final String REGISTERED = "MCP tools, resources and prompt registered at the first MCP request";
    private static final Logger LOG = Logger.getLogger(McpRegistration.class);
    private final Instance<AdvisorTools> tools;
    private final Instance<AdvisorResources> resources;
    private volatile boolean registered;

    public McpRegistration(Instance<AdvisorTools> tools, Instance<AdvisorResources> resources) {
        this.tools = tools;
        this.resources = resources;
    }

    void install(@Observes Router router) {
        // after RepeatedKeys (ROUTE_ORDER_UPLOAD_LIMIT), which has read the body; before the extension's own route
        router.route(RepeatedKeys.PATH + "/*").order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT + 1)
                .handler(this::registerFirst);
    }

    /** Whether the tools, resources and prompt are registered (no MCP request has come yet when not). */
    public boolean registered() {
        return registered;
    }

    /** Registers them now unless that is done; blocks while another thread does it. */
    public synchronized void register() {
        if (!registered) {
            tools.get().register();
            resources.get().register();
            registered = true;
            LOG.info(REGISTERED);
        }
    }

    private void registerFirst(RoutingContext context) {
        if (registered) {
            context.next();
            return;
        }
        FirstRequest.thenNext(context, this::register);
    }
}
