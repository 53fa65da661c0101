package io.github.gluelabels.junit5;

import io.github.gluelabels.fake.FakeGlue;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * One account of a fake server, with what is injected for it ({@link Injectable}: clients, an exporter), each made
 * when first asked for. Closing it closes what was made and forgets the account. Thread-safe: a shared account serves
 * tests running at once.
 */
final class AccountResource implements AutoCloseable {

    private final FakeGlue account;
    private final ServerResource server;
    private final Set<Class<?>> seededClasses = ConcurrentHashMap.newKeySet();
    private final Map<Injectable, Object> injected = new EnumMap<>(Injectable.class);

    AccountResource(FakeGlue account, ServerResource server) {
        this.account = account;
        this.server = server;
    }

    FakeGlue fake() {
        return account;
    }

    /** @return where the injected clients send their requests */
    URI clientEndpoint() {
        return server.clientEndpoint(account);
    }

    /** @return the HTTP client that the injected clients of every account of the server share */
    SdkHttpClient http() {
        return server.http();
    }

    /** @return the object of this kind for the account, made the first time it is asked for */
    synchronized Object injected(Injectable kind) {
        Object made = injected.get(kind);
        if (made == null) {
            // not computeIfAbsent: making one kind may ask for others (the exporter for the clients)
            made = kind.make(this);
            injected.put(kind, made);
        }
        return made;
    }

    /** @return the injected object of this type, for making another from it */
    <T> T injected(Class<T> type) {
        return type.cast(injected(Objects.requireNonNull(Injectable.of(type), type.getName())));
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

    /**
     * Closes what was made for the account (its clients), in the order of {@link Injectable}, each even when another
     * fails; the account itself stays open until {@link #close()}.
     */
    synchronized void closeInjected() {
        List<AutoCloseable> closeables = new ArrayList<>();
        for (Object made : injected.values()) {
            if (made != account && made instanceof AutoCloseable closeable) {
                closeables.add(closeable);
            }
        }
        injected.clear();
        Closeables.closeAll(closeables);
    }

    @Override
    public synchronized void close() {
        try {
            closeInjected();
        } finally {
            account.close();
        }
    }
}
