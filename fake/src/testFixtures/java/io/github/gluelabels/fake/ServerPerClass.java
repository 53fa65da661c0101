package io.github.gluelabels.fake;

import java.net.URI;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One fake server for a test class and its {@code @Nested} classes, as a static {@code @RegisterExtension} field:
 * started before the class's first test, stopped after its last. Each test takes an account of its own with
 * {@link #newAccount()}. A test fixture: compiled into this module's tests and core-it's from src/testFixtures, never
 * published.
 */
public final class ServerPerClass implements BeforeAllCallback, AfterAllCallback {

    private final FakeGlueServer.Builder builder;
    private FakeGlueServer server;
    /** The class that started the server: its {@code @Nested} classes inherit the extension and share the server. */
    private Class<?> owner;

    private ServerPerClass(FakeGlueServer.Builder builder) {
        this.builder = builder;
    }

    /** @return a server with the defaults */
    public static ServerPerClass withDefaults() {
        return with(FakeGlueServer.builder());
    }

    /** @return a server started from this builder */
    public static ServerPerClass with(FakeGlueServer.Builder builder) {
        return new ServerPerClass(builder);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (server == null) {
            server = builder.start();
            owner = context.getRequiredTestClass();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getRequiredTestClass() == owner) {
            server.stop();
            server = null;
            owner = null;
        }
    }

    /** @return the server's default account: the one unsigned requests, such as a test's raw HTTP, reach */
    public FakeGlue defaultAccount() {
        return server.defaultAccount();
    }

    /** @return the server's endpoint, e.g. {@code http://127.0.0.1:PORT} */
    public URI endpoint() {
        return server.endpoint();
    }

    /** @return a new isolated account on the server */
    public FakeGlue newAccount() {
        return server.newAccount();
    }
}
