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
import wiremock.org.eclipse.jetty.servlet.FilterHolder;
import wiremock.org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's own Jetty server with {@link RequestBodies} in front of both its servlet contexts (the fake's and
 * WireMock's admin API), so that no request body reaches WireMock unread and unlimited, and {@link DirectAnswers}
 * after it in the fake's, which answers what needs none of WireMock's faults. WireMock offers no setting for
 * a request size limit; {@link HttpServerFactory} and the context hooks of {@link Jetty11HttpServer} are its way to
 * add a servlet filter.
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
    protected void decorateMockServiceContextAfterConfig(ServletContextHandler context) {
      FakeHttpServerFactory factory = building();
      addFilter(context, factory.bodies);
      addFilter(context, factory.answers);
    }

    @Override
    protected void decorateAdminServiceContextAfterConfig(ServletContextHandler context) {
      addFilter(context, building().bodies);
    }

    private static FakeHttpServerFactory building() {
      FakeHttpServerFactory factory = BUILDING.get();
      if (factory == null) {
        throw new IllegalStateException("FilteredServer is built by FakeHttpServerFactory only");
      }
      return factory;
    }

    private static void addFilter(ServletContextHandler context, Filter filter) {
      context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
    }
  }
}
