package io.github.gluelabels.fake.internal.http;

import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import java.util.EnumSet;
import wiremock.jakarta.servlet.DispatcherType;
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's own Jetty server with {@link RequestBodies} in front of both its servlet contexts (the fake's and
 * WireMock's admin API), so that no request body reaches WireMock unread and unlimited. WireMock offers no setting for
 * a request size limit; {@link HttpServerFactory} and the context hooks of {@link Jetty11HttpServer} are its way to
 * add a servlet filter.
 */
public final class FakeHttpServerFactory implements HttpServerFactory {

  /** The filter of the server being built on this thread: the hooks run inside the superclass's constructor. */
  private static final ThreadLocal<RequestBodies> BUILDING = new ThreadLocal<>();

  private final RequestBodies bodies;

  /** @param bodies the filter every request goes through */
  public FakeHttpServerFactory(RequestBodies bodies) {
    this.bodies = bodies;
  }

  @Override
  public String getName() {
    return "glue-labels-fake-http-server";
  }

  @Override
  public HttpServer buildHttpServer(Options options, AdminRequestHandler admin, StubRequestHandler stubs) {
    BUILDING.set(bodies);
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
    protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
      addFilter(context);
    }

    @Override
    protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
      addFilter(context);
    }

    private static void addFilter(ServletContextHandler context) {
      RequestBodies bodies = BUILDING.get();
      if (bodies == null) {
        throw new IllegalStateException("FilteredServer is built by FakeHttpServerFactory only");
      }
      context.addFilter(new FilterHolder(bodies), "/*", EnumSet.of(DispatcherType.REQUEST));
    }
  }
}
