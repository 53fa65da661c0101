package io.github.gluelabels.fake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One account of a running {@link FakeGlueServer}: what a test sees and drives. Seed transforms with labels, create
 * buckets, choose how task runs pace and end, inject faults, read the journal of calls and the objects exports wrote.
 *
 * <p>Clients reach this account by signing with {@link #accessKeyId()} at {@link #glueEndpoint()} and
 * {@link #s3Endpoint()} (path style). Thread-safe.
 *
 * <pre>{@code
 * try (FakeGlue glue = FakeGlue.start()) {
 *   glue.seedLabels("tfm-123", Path.of("labels.csv")).createBucket("my-bucket");
 *   // point a GlueClient at glue.glueEndpoint() with glue.accessKeyId() / glue.secretAccessKey()
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FakeGlue extends AccountBuckets implements AutoCloseable {

    private final FakeGlueServer server;
    private final boolean ownsServer;

    FakeGlue(FakeGlueServer server, Account account, boolean ownsServer) {
        super(account, server.region());
        this.server = server;
        this.ownsServer = ownsServer;
    }

    /**
     * Starts a server with the defaults and returns its default account; closing it stops the server.
     *
     * @return the account
     */
    public static FakeGlue start() {
        return new FakeGlue(FakeGlueServer.start(), null, true).ownDefault();
    }

    /**
     * Starts a configured server and returns its default account; closing it stops the server.
     *
     * @param server a configured server builder
     * @return the account
     */
    public static FakeGlue start(FakeGlueServer.Builder server) {
        return new FakeGlue(server.start(), null, true).ownDefault();
    }

    private FakeGlue ownDefault() {
        FakeGlue view = server.defaultAccount();
        return new FakeGlue(server, view.account, true);
    }

    /** @return the server this account lives on */
    public FakeGlueServer server() {
        return server;
    }

    /**
     * @return the Glue endpoint, e.g. {@code http://127.0.0.1:41234}; of a server in process, see {@link
     *     FakeGlueServer#endpoint()}
     */
    public URI glueEndpoint() {
        return server.endpoint();
    }

    /**
     * @return the S3 endpoint (path style), e.g. {@code http://127.0.0.1:41234}; of a server in process, see {@link
     *     FakeGlueServer#endpoint()}
     */
    public URI s3Endpoint() {
        return server.endpoint();
    }

    /** @return the region of the fake */
    public String region() {
        return server.region();
    }

    /** @return the account id the fake's messages name */
    public String accountId() {
        return server.accountId();
    }

    /** @return the access key that reaches this account */
    public String accessKeyId() {
        return account.accessKeyId;
    }

    /** @return the secret key to sign with; the fake does not check signatures, so it is no secret */
    public String secretAccessKey() {
        return FakeGlueServer.FAKE_SECRET_ACCESS_KEY;
    }

    // ---------------------------------------------------------------- labels and transforms

    /**
     * Seeds a transform with the labels of a labeling file, creating the transform if needed and replacing any labels
     * it had.
     *
     * @param transformId the transform
     * @param labelingFile a UTF-8 CSV whose header starts with {@code labeling_set_id,label}
     * @return this
     * @throws io.github.gluelabels.core.labels.LabelingFileException naming the file and line when it is not valid;
     *     nothing is seeded then
     */
    public FakeGlue seedLabels(String transformId, Path labelingFile) {
        try (InputStream in = Files.newInputStream(labelingFile)) {
            account.glue.seed(transformId, in, labelingFile.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the labeling file " + labelingFile + ": " + e.getMessage(), e);
        }
        return this;
    }

    /**
     * Seeds a transform with labels given as text.
     *
     * @param transformId the transform
     * @param labelingFile the labeling file's text
     * @return this
     */
    public FakeGlue seedLabels(String transformId, String labelingFile) {
        account.glue.seed(
                transformId,
                new ByteArrayInputStream(labelingFile.getBytes(StandardCharsets.UTF_8)),
                "labels of " + transformId);
        return this;
    }

    /**
     * Seeds a transform with labels from a stream.
     *
     * @param transformId the transform
     * @param labelingFile the labeling file's bytes; read to the end and closed
     * @param source where they come from, for messages
     * @return this
     */
    public FakeGlue seedLabels(String transformId, InputStream labelingFile, String source) {
        account.glue.seed(transformId, labelingFile, source);
        return this;
    }

    /**
     * Creates a transform without labels: exporting it fails with the service's "No labelset exists" error.
     *
     * @param transformId the transform
     * @return this
     */
    public FakeGlue createTransform(String transformId) {
        account.glue.createTransform(transformId);
        return this;
    }

    /**
     * @param transformId the transform
     * @return how many labels the transform has now; 0 when it does not exist
     */
    public long labelCount(String transformId) {
        return account.glue.labelCount(transformId);
    }

    /**
     * @param transformId a transform
     * @return its labeling file as it is now (after imports), if it has labels
     */
    public Optional<byte[]> labels(String transformId) {
        return account.glue.labels(transformId);
    }

    // ---------------------------------------------------------------- task runs

    /**
     * Sets how the task runs started from now on move; {@link Pacing#immediate()} by default.
     *
     * @param pacing how the runs move from STARTING to their end
     * @return this
     */
    public FakeGlue pacing(Pacing pacing) {
        account.glue.pacing(pacing);
        return this;
    }

    /**
     * Sets how the task runs started from now on end; {@link Outcome#succeed()} by default.
     *
     * @param outcome how the runs end
     * @return this
     */
    public FakeGlue outcome(Outcome outcome) {
        account.glue.outcome(outcome);
        return this;
    }

    /**
     * Sets how the task runs of one transform started from now on end, over the account's default.
     *
     * @param transformId the transform
     * @param outcome how its runs end
     * @return this
     */
    public FakeGlue outcome(String transformId, Outcome outcome) {
        account.glue.outcome(transformId, outcome);
        return this;
    }

    /** @return every task run, oldest first, as it is now */
    public List<TaskRunInfo> taskRuns() {
        return account.glue.taskRuns();
    }

    /**
     * @param taskRunId the task run
     * @return the task run as it is now, if it exists; looking does not count as a status read
     */
    public Optional<TaskRunInfo> taskRun(String taskRunId) {
        return account.glue.taskRun(taskRunId);
    }

    /**
     * Moves a task run one step, whatever its pacing: {@code STARTING → RUNNING → outcome}, {@code STOPPING → STOPPED}.
     *
     * @param taskRunId the task run
     * @return the run after the step
     * @throws IllegalArgumentException when there is no such run
     */
    public TaskRunInfo advance(String taskRunId) {
        return account.glue.advance(taskRunId);
    }

    /**
     * Ends a task run now with its outcome (or {@code STOPPED} when it is stopping).
     *
     * @param taskRunId the task run
     * @return the run after it ended
     * @throws IllegalArgumentException when there is no such run
     */
    public TaskRunInfo finish(String taskRunId) {
        return account.glue.finish(taskRunId);
    }

    // ---------------------------------------------------------------- faults and journal

    /** @return the faults injected into this account's calls */
    public Faults faults() {
        return account.faults;
    }

    /** @return the calls this account answered */
    public RequestJournal journal() {
        return account.journal;
    }

    /** Forgets every transform, task run, bucket, object, fault and journal entry, and restores the defaults. */
    public void reset() {
        account.reset();
    }

    /**
     * Makes this a fresh account for the next user: {@link #reset()}, then a new {@link #accessKeyId()}, so that clients
     * still signing with the old key (a thread the last test left running) no longer reach it. Cheaper than closing the
     * account and asking the server for a new one when its clients are reused with a credentials provider that reads
     * {@link #accessKeyId()} per call.
     *
     * @throws IllegalStateException for the default account, whose key never changes
     */
    public void recycle() {
        account.reset();
        server.renew(account);
    }

    /**
     * Releases the account: a {@link #start()}ed fake stops its server; an account from
     * {@link FakeGlueServer#newAccount()} is forgotten; the default account of a shared server stays.
     */
    @Override
    public void close() {
        if (ownsServer) {
            server.stop();
        } else {
            server.forget(account);
        }
    }
}
