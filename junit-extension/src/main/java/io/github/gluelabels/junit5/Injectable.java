package io.github.gluelabels.junit5;

import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.fake.FakeGlue;
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
