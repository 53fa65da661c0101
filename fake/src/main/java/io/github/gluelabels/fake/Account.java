package io.github.gluelabels.fake;

import io.github.gluelabels.fake.internal.glue.GlueService;
import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import io.github.gluelabels.fake.internal.s3.S3Service;
import io.github.gluelabels.fake.internal.s3.S3Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Stream;

/**
 * The state of one fake account: its Glue transforms and task runs, its S3 buckets, its faults and its journal.
 * Requests signed with the account's access key reach it and nothing else, so that tests running in parallel against
 * one server never see each other's labels, runs or faults.
 */
final class Account {

    /**
     * The most bytes of a request body a journal entry keeps: the journal's memory stays bounded by its capacity times
     * this, whatever the calls send.
     */
    static final int MAX_JOURNALED_BODY_BYTES = 4096;

    /** Query parameters of presigned URLs whose values are credentials or signatures: never journaled. */
    private static final Set<String> SECRET_QUERY =
            Set.of("x-amz-security-token", "x-amz-signature", "x-amz-credential", "signature", "awsaccesskeyid");

    volatile String accessKeyId;
    final Path dataDir;
    final S3Store s3Store;
    final S3Service s3;
    final GlueService glue;
    final Faults faults = new Faults();
    final RequestJournal journal;
    private final Clock clock;

    Account(
            String accessKeyId,
            Path dataDir,
            GlueService.Settings settings,
            Clock clock,
            ScheduledExecutorService scheduler,
            int journalCapacity) {
        this.accessKeyId = accessKeyId;
        this.dataDir = dataDir;
        this.clock = clock;
        this.s3Store = new S3Store(dataDir.resolve("s3"), clock);
        this.s3 = new S3Service(s3Store, settings.region(), settings.accountId());
        this.glue = new GlueService(settings, clock, s3Store, dataDir.resolve("labels"), scheduler);
        this.journal = new RequestJournal(journalCapacity);
    }

    /**
     * Answers one request: picks the service, applies any fault, records the call. A failure of the fake itself is
     * answered as the service's internal error, never as a page with a stack trace.
     */
    FakeResponse handle(FakeRequest request, boolean isGlue) {
        Instant arrived = clock.instant();
        String operation = isGlue ? "UnknownOperation" : "Unsupported";
        FakeResponse response;
        try {
            operation = isGlue ? glue.operation(request) : s3.operation(request);
            String op = operation;
            response = faults.take(operation)
                    .map(fault -> applyFault(fault, request, op, isGlue))
                    .orElseGet(() -> isGlue ? glue.handle(request, op) : s3.handle(request, op));
        } catch (RuntimeException e) {
            String message = "The glue-labels fake failed on this request (" + e
                    + "). This is a bug of the fake: please " + "report it with the request.";
            response = isGlue
                    ? glue.error(request, "InternalServiceException", 500, message)
                    : s3.error(request, 500, "InternalError", message);
        }
        record(arrived, request, isGlue, operation, response);
        return response;
    }

    /** @return the time on the account's clock */
    Instant now() {
        return clock.instant();
    }

    /** Journals a call and its answer. */
    void record(Instant arrived, FakeRequest request, boolean isGlue, String operation, FakeResponse response) {
        if (journal.capacity() > 0) {
            journal.record(new JournalEntry(
                    arrived,
                    request.requestId(),
                    isGlue ? "glue" : "s3",
                    operation,
                    isGlue ? describeGlue(request, operation) : describeS3(request),
                    response.drop() == null ? response.status() : 0,
                    errorCode(response)));
        }
    }

    private FakeResponse applyFault(Fault fault, FakeRequest request, String operation, boolean isGlue) {
        if (fault instanceof Fault.ErrorAnswer e) {
            return isGlue
                    ? glue.error(request, e.glueType(), e.glueStatus(), e.glueMessage())
                    : s3.error(request, e.s3Status(), e.s3Code(), e.s3Message());
        }
        if (fault instanceof Fault.DropConnection) {
            return FakeResponse.dropped(FakeResponse.Drop.RESET);
        }
        FakeResponse normal = isGlue ? glue.handle(request, operation) : s3.handle(request, operation);
        if (fault instanceof Fault.Delay d) {
            return normal.delay(d.delay());
        }
        if (fault instanceof Fault.CutShort c) {
            return normal.cutAfter(c.bytes());
        }
        return normal;
    }

    private static String errorCode(FakeResponse response) {
        if (response.drop() != null) {
            return "ConnectionDropped";
        }
        if (response.errorCode() != null) {
            return response.errorCode();
        }
        return response.status() >= 400 ? "HTTP " + response.status() : null;
    }

    /**
     * The body, its first {@value #MAX_JOURNALED_BODY_BYTES} bytes at most; for a call the fake does not understand,
     * the target first, since the body alone does not say it.
     */
    private static String describeGlue(FakeRequest r, String operation) {
        String body = journaled(r.body());
        if (!operation.equals("UnknownOperation")) {
            return body;
        }
        return "X-Amz-Target: " + r.header("X-Amz-Target").orElse("(none)") + " " + body;
    }

    private static String journaled(byte[] body) {
        if (body.length <= MAX_JOURNALED_BODY_BYTES) {
            return new String(body, StandardCharsets.UTF_8);
        }
        return new String(body, 0, MAX_JOURNALED_BODY_BYTES, StandardCharsets.UTF_8) + "… (" + body.length
                + " bytes in all)";
    }

    /** The method, path and query; the credentials and signature of a presigned URL are left out. */
    private static String describeS3(FakeRequest r) {
        StringBuilder out = new StringBuilder(r.method()).append(' ').append(r.path());
        if (!r.query().isEmpty()) {
            Map<String, List<String>> query = new LinkedHashMap<>();
            r.query()
                    .forEach((name, values) -> query.put(
                            name,
                            SECRET_QUERY.contains(name.toLowerCase(Locale.ROOT))
                                    ? List.of("(not journaled)")
                                    : values));
            out.append(' ').append(query);
        }
        return out.toString();
    }

    void reset() {
        glue.reset();
        s3Store.clear();
        faults.clear();
        journal.clear();
    }

    void shutdown() {
        glue.shutdown();
    }

    void deleteData() {
        if (!Files.exists(dataDir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // the operating system's temporary folder takes what is left
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
