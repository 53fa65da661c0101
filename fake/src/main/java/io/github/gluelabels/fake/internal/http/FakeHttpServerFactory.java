package io.github.gluelabels.fake.internal.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import java.util.EnumSet;
import java.util.function.Function;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.jakarta.servlet.Filter;
import wiremock.org.eclipse.jetty.server.Server;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's own Jetty server with {@link RequestBodies} in front of both its servlet contexts (the fake's and
 * WireMock's admin API), so that no request body reaches WireMock unread and unlimited, and {@link DirectAnswers}
 * after it in the fake's, which answers what needs none of WireMock's faults; and with {@link ModelledErrors} in place
 * of Jetty's HTML error pages. WireMock offers no setting for a request size limit; {@link HttpServerFactory} and the
 * context hooks of {@link Jetty11HttpServer} are its way to add a servlet filter and an error handler.
 */
public final class FakeHttpServerFactory implements HttpServerFactory {

    /** The factory of the server being built on this thread: the hooks run inside the superclass's constructor. */
    private static final ThreadLocal<FakeHttpServerFactory> BUILDING = new ThreadLocal<>();

    private final RequestBodies bodies;
    private final DirectAnswers answers;

    /**
     * @param bodies the filter every request goes through
     * @param handler answers the fake's requests (see {@link DirectAnswers})
     */
    public FakeHttpServerFactory(RequestBodies bodies, Function<FakeRequest, FakeResponse> handler) {
        this.bodies = bodies;
        this.answers = new DirectAnswers(handler);
    }

    @Override
    public String getName() {
        return "glue-labels-fake-http-server";
    }

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
        BUILDING.set(this);
        try {
            return new FilteredServer(options, admin, stubs);
        } finally {
            BUILDING.remove();
        }
    }

    private static final class FilteredServer extends Jetty11HttpServer {

        FilteredServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
            super(options, admin, stubs);
        }

        @Override
        protected void applyAdditionalServerConfiguration(Server server, Options options) {
            super.applyAdditionalServerConfiguration(server, options);
            server.setErrorHandler(new ModelledErrors(building().bodies.policy()));
        }

        @Override
        protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
            FakeHttpServerFactory factory = building();
            addFilter(context, factory.bodies);
            addFilter(context, factory.answers);
            context.setErrorHandler(new ModelledErrors(factory.bodies.policy()));
        }

        @Override
        protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
            FakeHttpServerFactory factory = building();
            addFilter(context, factory.bodies);
            context.setErrorHandler(new ModelledErrors(factory.bodies.policy()));
        }

        private static FakeHttpServerFactory building() {
            FakeHttpServerFactory factory = BUILDING.get();
            if (factory == null) {
                throw new IllegalStateException("FilteredServer is built by FakeHttpServerFactory only");
            }
            return factory;
        }

        /** For requests, and for the dispatch that answers a body read without a thread ({@link AsyncBody}). */
        private static void addFilter(ServletContextHandler context, Filter filter) {
            FilterHolder holder = new FilterHolder(filter);
            holder.setAsyncSupported(true);
            context.addFilter(holder, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
        }
    }
}
