package io.github.gluelabels.junit5;

import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.fake.FakeGlue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * One account of a fake server, with the clients injected for it, made when first asked for. Closing it closes the
 * clients and forgets the account. Thread-safe: a shared account serves tests running at once.
 */
final class AccountResource implements AutoCloseable {

    private final FakeGlue account;
    private final ServerResource server;
    private final Set<Class<?>> seededClasses = ConcurrentHashMap.newKeySet();
    private GlueClient glue;
    private S3Client s3;
    private LabelExporter exporter;

    AccountResource(FakeGlue account, ServerResource server) {
        this.account = account;
        this.server = server;
    }

    FakeGlue fake() {
        return account;
    }

    synchronized GlueClient glueClient() {
        if (glue == null) {
            glue = InjectedClients.glue(account, server.clientEndpoint(account), server.http());
        }
        return glue;
    }

    synchronized S3Client s3Client() {
        if (s3 == null) {
            s3 = InjectedClients.s3(account, server.clientEndpoint(account), server.http());
        }
        return s3;
    }

    synchronized LabelExporter exporter() {
        if (exporter == null) {
            exporter = LabelExporter.builder()
                    .glue(glueClient())
                    .s3(s3Client())
                    .region(account.region())
                    .glueEndpoint(server.clientEndpoint(account))
                    .build();
        }
        return exporter;
    }

    /**
     * Marks the class seeds of a class as applied.
     *
     * @return whether they had not been applied yet
     */
    boolean markSeeded(Class<?> testClass) {
        return seededClasses.add(testClass);
    }

    /**
     * Forgets everything the test did to the account (transforms, runs, buckets, faults, journal) and gives it a new
     * access key; keeps the clients, whose credentials follow the key.
     */
    void recycle() {
        account.recycle();
        seededClasses.clear();
    }

    /** Hands the account back to its server for the next test. */
    void release() {
        server.release(this);
    }

    synchronized void closeClients() {
        try {
            if (glue != null) {
                glue.close();
            }
            if (s3 != null) {
                s3.close();
            }
        } finally {
            glue = null;
            s3 = null;
            exporter = null;
        }
    }

    @Override
    public synchronized void close() {
        try {
            closeClients();
        } finally {
            account.close();
        }
    }
}
