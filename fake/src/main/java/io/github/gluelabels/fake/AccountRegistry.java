package io.github.gluelabels.fake;

import io.github.gluelabels.fake.internal.glue.GlueService;
import io.github.gluelabels.fake.internal.http.FakeRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The accounts of one {@link FakeGlueServer}, by access key: which account a request reaches (the one whose key signed
 * it, or else the default account), and the making, renewing and forgetting of accounts and their keys. Owns the one
 * thread that paces every account's task runs.
 */
final class AccountRegistry {

    /** The access key in a SigV4 {@code Authorization} header. */
    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/,\\s]+)/");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ServerSettings settings;
    /** The data folder the server made for itself, locked while it runs; null when one was given. */
    private final DataFolders.Owned ownedDataDir;

    private final Path dataDir;
    private final ScheduledExecutorService scheduler;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Account defaultAccount;

    /**
     * Makes the data folder (each account keeps its data in a folder in it named after its first key) and the default
     * account.
     *
     * @param settings the server's settings
     * @throws UncheckedIOException when the data folder cannot be made
     */
    AccountRegistry(ServerSettings settings) {
        this.settings = settings;
        try {
            this.ownedDataDir = settings.dataDirectory() == null ? DataFolders.create() : null;
            this.dataDir =
                    ownedDataDir != null ? ownedDataDir.folder() : Files.createDirectories(settings.dataDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the fake's data folder", e);
        }
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "glue-labels-fake-pacing");
            t.setDaemon(true);
            return t;
        });
        this.defaultAccount = add(FakeGlueServer.DEFAULT_ACCESS_KEY_ID);
    }

    /** @return the account every request reaches unless it is signed with another account's access key */
    Account defaultAccount() {
        return defaultAccount;
    }

    /**
     * @param request a request, signed in its {@code Authorization} header or presigned ({@code X-Amz-Credential})
     * @return the account of its access key, or the default account
     */
    Account accountFor(FakeRequest request) {
        String credential = request.header("Authorization").orElse(null);
        String accessKey = null;
        if (credential != null) {
            Matcher m = CREDENTIAL.matcher(credential);
            if (m.find()) {
                accessKey = m.group(1);
            }
        } else {
            accessKey = request.queryValue("X-Amz-Credential")
                    .map(c -> c.split("/", -1)[0])
                    .orElse(null);
        }
        Account account = accessKey == null ? null : accounts.get(accessKey);
        return account == null ? defaultAccount : account;
    }

    /** @return a new, empty account with an access key of its own */
    Account create() {
        String key;
        do {
            key = newAccessKey();
        } while (accounts.containsKey(key));
        return add(key);
    }

    private Account add(String accessKeyId) {
        String folder = accessKeyId.toLowerCase(Locale.ROOT);
        Account account = new Account(
                accessKeyId,
                dataDir.resolve(folder),
                new GlueService.Settings(
                        settings.region(),
                        settings.accountId(),
                        settings.rowsPerPart(),
                        settings.importLimitBytes(),
                        settings.maxConcurrentTaskRunsPerTransform()),
                settings.clock(),
                scheduler,
                settings.journalCapacity());
        accounts.put(accessKeyId, account);
        return account;
    }

    /** Gives an account a new access key; requests signed with the old one reach the default account from now on. */
    void renew(Account account) {
        if (account == defaultAccount) {
            throw new IllegalStateException(
                    "The default account keeps its access key; only accounts from newAccount() can be renewed");
        }
        String key;
        do {
            key = newAccessKey();
        } while (accounts.putIfAbsent(key, account) != null);
        accounts.remove(account.accessKeyId, account);
        account.accessKeyId = key;
    }

    private static String newAccessKey() {
        return "FAKEGLUE"
                + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36).toUpperCase(Locale.ROOT);
    }

    /** Forgets an account made by {@link #create()}, and deletes its data; the default account stays. */
    void forget(Account account) {
        if (account != defaultAccount && accounts.remove(account.accessKeyId) != null) {
            account.shutdown();
            account.deleteData();
        }
    }

    /** Stops pacing and every account's work; deletes the data folder if it was made here. */
    void shutdown() {
        scheduler.shutdownNow();
        accounts.values().forEach(Account::shutdown);
        if (ownedDataDir != null) {
            accounts.values().forEach(Account::deleteData);
            ownedDataDir.delete();
        }
    }
}
