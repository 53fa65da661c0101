package io.github.gluelabels.junit5;

import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.fake.FakeGlue;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The parameter types the extension resolves, and how: each for the account of the test (or class) asking. */
enum Injectable {

    /** The account itself: seeding, pacing, outcomes, faults, journal, exported objects. */
    FAKE_GLUE(FakeGlue.class) {
        @Override
        Object resolve(AccountResource account) {
            return account.fake();
        }
    },

    /** A Glue client signed for the account. */
    GLUE_CLIENT(GlueClient.class) {
        @Override
        Object resolve(AccountResource account) {
            return account.glueClient();
        }
    },

    /** An S3 client signed for the account, path style. */
    S3_CLIENT(S3Client.class) {
        @Override
        Object resolve(AccountResource account) {
            return account.s3Client();
        }
    },

    /** The core exporter over the account's clients: start, wait, download, summarize. */
    LABEL_EXPORTER(LabelExporter.class) {
        @Override
        Object resolve(AccountResource account) {
            return account.exporter();
        }
    };

    private final Class<?> type;

    Injectable(Class<?> type) {
        this.type = type;
    }

    abstract Object resolve(AccountResource account);

    Class<?> type() {
        return type;
    }

    /**
     * The failure for a parameter asked for outside any test (a constructor on JUnit 5.11, a {@code @BeforeAll} method)
     * while each test gets an account of its own: no account is the right one.
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

    /** @return the kind of the parameter type, or {@code null} when it is not one of ours (so another may resolve it) */
    static Injectable of(Class<?> parameterType) {
        for (Injectable kind : values()) {
            if (kind.type == parameterType) {
                return kind;
            }
        }
        return null;
    }
}
