package io.github.gluelabels.fake;

import io.github.gluelabels.fake.internal.glue.GlueService;
import io.github.gluelabels.fake.internal.http.FakeRequest;
import io.github.gluelabels.fake.internal.http.FakeResponse;
import io.github.gluelabels.fake.internal.s3.S3Service;
import io.github.gluelabels.fake.internal.s3.S3Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Stream;

/**
 * The state of one fake account: its Glue transforms and task runs, its S3 buckets, its faults and its journal.
 * Requests signed with the account's access key reach it and nothing else, so that tests running in parallel against
 * one server never see each other's labels, runs or faults.
 */
final class Account {

  volatile String accessKeyId;
  final Path dataDir;
  final S3Store s3Store;
  final S3Service s3;
  final GlueService glue;
  final Faults faults = new Faults();
  final RequestJournal journal;
  private final Clock clock;

  Account(String accessKeyId, Path dataDir, GlueService.Settings settings, Clock clock,
      ScheduledExecutorService scheduler, int journalCapacity) {
    this.accessKeyId = accessKeyId;
    this.dataDir = dataDir;
    this.clock = clock;
    this.s3Store = new S3Store(dataDir.resolve("s3"), clock);
    this.s3 = new S3Service(s3Store, settings.region(), settings.accountId());
    this.glue = new GlueService(settings, clock, s3Store, dataDir.resolve("labels"), scheduler);
    this.journal = new RequestJournal(journalCapacity);
  }

  /** Answers one request: picks the service, applies any fault, records the call. */
  FakeResponse handle(FakeRequest request, boolean isGlue) {
    Instant arrived = clock.instant();
    String operation = isGlue ? glue.operation(request) : s3.operation(request);
    FakeResponse response = faults.take(operation)
        .map(fault -> applyFault(fault, request, operation, isGlue))
        .orElseGet(() -> isGlue ? glue.handle(request, operation) : s3.handle(request, operation));
    if (journal.capacity() > 0) {
      journal.record(new JournalEntry(arrived, request.requestId(), isGlue ? "glue" : "s3", operation,
          isGlue ? describeGlue(request, operation) : describeS3(request),
          response.drop() == null ? response.status() : 0, errorCode(response)));
    }
    return response;
  }

  private FakeResponse applyFault(Fault fault, FakeRequest request, String operation, boolean isGlue) {
    if (fault instanceof Fault.Error e) {
      return isGlue ? glue.error(request, e.glueType(), e.glueStatus(), e.glueMessage())
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

  /** The body; for a call the fake does not understand, the target first, since the body alone does not say it. */
  private static String describeGlue(FakeRequest r, String operation) {
    if (!operation.equals("UnknownOperation")) {
      return r.bodyAsString();
    }
    return "X-Amz-Target: " + r.header("X-Amz-Target").orElse("(none)") + " " + r.bodyAsString();
  }

  private static String describeS3(FakeRequest r) {
    StringBuilder out = new StringBuilder(r.method()).append(' ').append(r.path());
    if (!r.query().isEmpty()) {
      out.append(' ').append(r.query());
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
