package io.github.gluelabels.junit5;

import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.export.LabelImporter;
import io.github.gluelabels.fake.FakeGlue;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.util.function.Function;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The parameter types the extension injects, and how each is made for an account. To inject one more type, add a
 * constant here (and name the type in {@link FakeGlueExtension}'s Javadoc): the extension then resolves it, the
 * account makes it once, when first asked for, and closes it with the clients if it is {@link AutoCloseable}.
 */
enum Injectable {

    /** The account itself: seeding, pacing, outcomes, faults, journal, exported objects. */
    FAKE_GLUE(FakeGlue.class, AccountResource::fake),

    /** A Glue client signed for the account. */
    GLUE_CLIENT(GlueClient.class, InjectedClients::glue),

    /** An S3 client signed for the account, path style. */
    S3_CLIENT(S3Client.class, InjectedClients::s3),

    /** The core exporter over the account's clients: start, wait, download, summarize. */
    LABEL_EXPORTER(
            LabelExporter.class,
            account -> LabelExporter.builder()
                    .glue(account.injected(GlueClient.class))
                    .s3(account.injected(S3Client.class))
                    .region(account.fake().region())
                    .glueEndpoint(account.clientEndpoint())
                    .s3Endpoint(account.clientEndpoint())
                    .build()),

    /** The core importer over the account's clients: check, back up, upload, import, wait. */
    LABEL_IMPORTER(
            LabelImporter.class,
            account -> LabelImporter.builder()
                    .glue(account.injected(GlueClient.class))
                    .s3(account.injected(S3Client.class))
                    .region(account.fake().region())
                    .glueEndpoint(account.clientEndpoint())
                    .s3Endpoint(account.clientEndpoint())
                    .build());

    private final Class<?> type;

    // made once per account and kept with it, so that what it holds (a client, a connection) is shared by every
    // parameter of the test and closed once, by the account
    @SuppressWarnings("ImmutableEnumChecker") // method references and a lambda that capture nothing: stateless
    private final Function<AccountResource, Object> maker;

    Injectable(Class<?> type, Function<AccountResource, Object> maker) {
        this.type = type;
        this.maker = maker;
    }

    Class<?> type() {
        return type;
    }

    /** @return a new object of this kind for the account; call through {@link AccountResource#injected} instead */
    Object make(AccountResource account) {
        return type.cast(maker.apply(account));
    }

    /** @return the kind of a parameter type, or {@code null} when it is not one of ours (so another may resolve it) */
    static Injectable of(Class<?> parameterType) {
        for (Injectable kind : values()) {
            if (kind.type == parameterType) {
                return kind;
            }
        }
        return null;
    }

    /**
     * The failure for a parameter asked for outside any test (a constructor on JUnit 5.11, a {@code @BeforeAll}
     * method) while each test gets an account of its own: no account is the right one.
     *
     * @param executable the method or constructor that takes the parameter
     */
    ParameterResolutionException refusedOutsideTest(Executable executable) {
        return new ParameterResolutionException("Cannot inject a " + type.getSimpleName() + " into "
                + Descriptions.of(executable)
                + ": each test gets a fresh fake Glue account of its own (resetPerTest = true, the default), and this "
                + "runs outside any test, so what it did there would not be seen by the tests. Take the parameter in a "
                + "@BeforeEach, @AfterEach or test method instead, or share one account across the class with "
                + "@FakeGlueTest(resetPerTest = false) (builder: resetPerTest(false))."
                + (JupiterSupport.constructorsRunInTestScope() || !(executable instanceof Constructor<?>)
                        ? ""
                        : " (JUnit 5.11 makes test instances outside the test they are for; JUnit 5.12 and newer "
                                + "make them inside it, and a constructor then gets the test's account.)"));
    }
}
