package dev.trainingadvisor.api.common;

import io.vertx.ext.web.RoutingContext;

/**
 * Work put off from start to the first request that needs it (issue 22: start to first assessment), done on a worker
 * thread so that the event loop never waits for it: the MCP tools' registration, the OpenAPI document.
 */
public final class FirstRequest {
    private FirstRequest() {
    }

    /**
     * Runs {@code work} on a Vert.x worker thread (unordered), then passes {@code context} on to its next handler; a
     * failure of {@code work} fails the request with it (the router's failure handlers answer).
     */
    public static void thenNext(RoutingContext context, Runnable work) {
        then(context, work, context::next);
    }

    /** As {@link #thenNext}, with {@code next} run (on the request's event loop) instead of the next handler. */
    public static void then(RoutingContext context, Runnable work, Runnable next) {
        context.vertx().<Void>executeBlocking(() -> {
            work.run();
            return null;
        }, false).onComplete(done -> {
            if (done.succeeded()) {
                next.run();
            } else {
                context.fail(done.cause());
            }
        });
    }
}
