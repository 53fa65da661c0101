package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.labels.LabelSummary;
import io.github.gluelabels.core.labels.LabelSummaryBuilder;
import io.github.gluelabels.core.labels.LabelingFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Downloads everything under an export's output folder, streaming each object to a temporary file that is moved into
 * place only once it is complete and its size checked: a failed download never leaves a file that looks finished,
 * and a rerun is safe. Keys that would land outside the target folder are refused.
 */
final class Downloader {

  private static final int BUFFER = 1 << 16;
  /** By default, objects are fetched, and their labels read, this many at a time. */
  static final int DEFAULT_THREADS = 4;
  private static final long PROGRESS_EVERY = 8L << 20;
  /** Objects this much older than the run's start cannot come from it (allowing for clock differences). */
  private static final Duration CLOCK_SLACK = Duration.ofMinutes(1);

  private final S3Client s3;
  private final ErrorTranslator errors;
  private final ExportListener listener;
  private final Clock clock;

  private final int threads;

  Downloader(S3Client s3, ErrorTranslator errors, ExportListener listener, Clock clock, int threads) {
    this.threads = threads;
    this.s3 = s3;
    this.errors = errors;
    this.listener = listener;
    this.clock = clock;
  }

  DownloadResult download(S3Uri source, Path directory, Instant runStartedOn, boolean summarize) {
    Instant begin = clock.instant();
    String prefix = source.folderPrefix();
    List<S3Object> objects = list(source, prefix);
    if (objects.isEmpty()) {
      throw new GlueLabelsException("Nothing to download: there is no object under " + source
          + ". The export wrote nothing there, or to another path.");
    }
    Path root = directory.toAbsolutePath().normalize();
    List<Path> targets = new ArrayList<>(objects.size());
    Map<Path, String> keyByTarget = new HashMap<>();
    for (S3Object object : objects) {
      Path target = target(root, prefix, object.key(), source);
      String other = keyByTarget.putIfAbsent(target, object.key());
      if (other != null) {
        throw new GlueLabelsException("Refusing to download s3://" + source.bucket() + "/" + other + " and s3://"
            + source.bucket() + "/" + object.key() + ": both keys would be written to the same file " + target
            + ", and one would silently replace the other. Nothing was downloaded. Look at what wrote them under "
            + source + ".");
      }
      targets.add(target);
    }
    warnAboutOlderObjects(source, objects, runStartedOn);
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw new GlueLabelsException("Cannot create the download folder " + root + ": " + e, e);
    }
    removeLeftovers(targets);
    long total = objects.stream().mapToLong(S3Object::size).sum();
    listener.downloadStarted(objects.size(), total, root);
    Progress progress = new Progress(total, objects.size());
    try (Summary summary = new Summary(summarize)) {
      List<DownloadedFile> files = fetchAll(source, objects, targets, progress, summary);
      forgetEarlierDownload(root, files);
      return new DownloadResult(source, root, files, total, summary.build(), Duration.between(begin, clock.instant()));
    }
  }

  /**
   * Fetches every object, several at a time, each into a temporary file, and reads the labels of each as soon as it is
   * on disk. Only when every object has arrived whole are the files moved into place: a failed download keeps nothing
   * of this run (earlier files in the folder stay as they were), so a folder never holds a part of the export that
   * looks finished. The first failure stops the others.
   */
  private List<DownloadedFile> fetchAll(S3Uri source, List<S3Object> objects, List<Path> targets, Progress progress,
      Summary summary) {
    AtomicInteger threadNumber = new AtomicInteger();
    // set by the first fetch that fails: fetches not yet begun do not begin
    AtomicBoolean failed = new AtomicBoolean();
    List<Fetched> arrived = new ArrayList<>(objects.size());
    // every temporary file a fetch creates, until it is moved into place: a fetch that finished after another failed
    // is never collected, and its file is deleted with the rest at the end
    Set<Path> temporaries = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, objects.size()), task -> {
      Thread thread = new Thread(task, "glue-labels-download-" + threadNumber.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    try {
      IntFunction<Future<Fetched>> start = i -> pool.submit(() -> {
        if (failed.get()) {
          return null;
        }
        S3Object object = objects.get(i);
        Path target = targets.get(i);
        Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        temporaries.add(temp);
        try {
          fetch(source, object, target, temp, progress);
          progress.fileDone();
          DownloadedFile file = new DownloadedFile(object.key(), target, object.size());
          return new Fetched(file, temp,
              !summary.wanted() || object.size() == 0 ? PartLabels.SKIPPED : readLabels(temp, target));
        } catch (RuntimeException | Error e) {
          failed.set(true);
          deleteQuietly(temp);
          throw e;
        }
      });
      // parts are counted in key order as they arrive; fetches run at most a window ahead of the part being added, so
      // that memory holds the counts of a few parts (not of every part that arrived before a slow one)
      int window = 2 * threads;
      List<Future<Fetched>> futures = new ArrayList<>(Collections.nCopies(objects.size(), null));
      for (int i = 0; i < Math.min(window, objects.size()); i++) {
        futures.set(i, start.apply(i));
      }
      for (int i = 0; i < futures.size(); i++) {
        try {
          Fetched part = futures.get(i).get();
          futures.set(i, null); // the future held the part's count too: it goes once added
          if (i + window < objects.size()) {
            futures.set(i + window, start.apply(i + window));
          }
          if (part == null) {
            continue; // skipped: another fetch failed, and its future, further on, says how
          }
          arrived.add(part.withoutLabels());
          summary.add(part.labels());
        } catch (ExecutionException e) {
          futures.forEach(Downloader::cancel);
          throw e.getCause() instanceof RuntimeException r ? r
              : new GlueLabelsException("Download failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
          futures.forEach(Downloader::cancel);
          Thread.currentThread().interrupt();
          throw new GlueLabelsException("Interrupted while downloading " + source + "; what was not complete was not "
              + "kept. Run again.", e);
        }
      }
      return moveIntoPlace(source, arrived, temporaries);
    } finally {
      pool.shutdownNow();
      try {
        // let cancelled fetches delete their temporary files before anyone looks at the folder
        pool.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      temporaries.forEach(Downloader::deleteQuietly);
    }
  }

  private static void cancel(Future<?> fetch) {
    if (fetch != null) {
      fetch.cancel(true);
    }
  }

  private static List<DownloadedFile> moveIntoPlace(S3Uri source, List<Fetched> arrived, Set<Path> temporaries) {
    List<DownloadedFile> files = new ArrayList<>(arrived.size());
    for (Fetched part : arrived) {
      DownloadedFile file = part.file();
      try {
        move(part.temp(), file.file());
        temporaries.remove(part.temp());
      } catch (IOException e) {
        throw new GlueLabelsException("Cannot move the download of s3://" + source.bucket() + "/" + file.key()
            + " into place at " + file.file() + ": " + e + ". Check the folder (permissions) and run again.", e);
      }
      files.add(file);
    }
    return files;
  }

  /**
   * The list of the files the last download into a folder wrote, one path a line relative to the folder: the next
   * download removes those it does not bring again, and never touches a file it did not write.
   */
  static final String MANIFEST = ".glue-labels-files";

  /**
   * Removes the files an earlier download wrote into the folder that this one did not bring (the parts of an earlier
   * export), then records this download's files. Files that glue-labels did not write stay.
   */
  private void forgetEarlierDownload(Path root, List<DownloadedFile> files) {
    Path manifest = root.resolve(MANIFEST);
    Set<Path> now = new HashSet<>();
    files.forEach(f -> now.add(f.file()));
    int removed = 0;
    try {
      if (Files.isRegularFile(manifest)) {
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
          Path earlier = root.resolve(line).normalize();
          if (!line.isBlank() && earlier.startsWith(root) && !now.contains(earlier) && Files.deleteIfExists(earlier)) {
            removed++;
          }
        }
      }
      List<String> lines = files.stream().map(f -> root.relativize(f.file()).toString()).toList();
      Path temp = root.resolve(MANIFEST + "." + UUID.randomUUID() + ".part");
      Files.write(temp, lines, StandardCharsets.UTF_8);
      move(temp, manifest);
    } catch (IOException e) {
      listener.warning("Cannot keep the list of downloaded files in " + manifest + " (" + e + "): files of an earlier "
          + "download that this one did not bring may stay in " + root + ".");
    }
    if (removed > 0) {
      listener.info("Removed " + removed + " file(s) of an earlier download from " + root + ": the folder holds this "
          + "export's files (and any file glue-labels did not write).");
    }
  }

  /** One object on disk in its temporary file, where it goes, and its labels if it is a labeling file. */
  private record Fetched(DownloadedFile file, Path temp, PartLabels labels) {
    Fetched withoutLabels() {
      return new Fetched(file, temp, null);
    }
  }

  /** The labels of one file: counted, not a labeling file by name, or unreadable (why). */
  private record PartLabels(LabelSummaryBuilder summary, String unreadable) {
    static final PartLabels SKIPPED = new PartLabels(null, null);
  }

  /** Adds up bytes and files from every fetching thread and tells the listener in order, every few megabytes. */
  private final class Progress {
    private final long total;
    private final int count;
    private long bytes;
    private int files;
    private long nextReport = PROGRESS_EVERY;

    Progress(long total, int count) {
      this.total = total;
      this.count = count;
    }

    synchronized void add(long more) {
      bytes += more;
      if (bytes >= nextReport) {
        listener.downloadProgress(bytes, total, files, count);
        nextReport = bytes + PROGRESS_EVERY;
      }
    }

    synchronized void fileDone() {
      files++;
      listener.downloadProgress(bytes, total, files, count);
    }
  }

  private List<S3Object> list(S3Uri source, String prefix) {
    try {
      List<S3Object> objects = new ArrayList<>();
      s3.listObjectsV2Paginator(r -> r.bucket(source.bucket()).prefix(prefix)).contents().forEach(o -> {
        if (!(o.key().endsWith("/") && o.size() == 0)) {
          objects.add(o);
        }
      });
      return objects;
    } catch (SdkException e) {
      throw errors.s3("ListObjectsV2", source.toString(), e);
    }
  }

  /** Where a key goes under the folder; refuses a key that would escape it. */
  static Path target(Path root, String prefix, String key, S3Uri source) {
    String relative = key.substring(prefix.length());
    List<String> segments = new ArrayList<>();
    for (String segment : relative.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..") || segment.indexOf('\\') >= 0 || segment.indexOf('\0') >= 0
          || segment.length() >= 2 && segment.charAt(1) == ':') {
        throw unsafe(source, key);
      }
      segments.add(segment);
    }
    if (segments.isEmpty()) {
      throw unsafe(source, key);
    }
    Path target = root;
    for (String segment : segments) {
      target = target.resolve(segment);
    }
    if (!target.normalize().startsWith(root)) {
      throw unsafe(source, key);
    }
    return target;
  }

  private static GlueLabelsException unsafe(S3Uri source, String key) {
    return new GlueLabelsException("Refusing to download s3://" + source.bucket() + "/" + key + ": its key would be "
        + "written outside the download folder (it has '..', a backslash, a drive letter or no name). Nothing was "
        + "downloaded. Look at what wrote that object under " + source + ".");
  }

  private void warnAboutOlderObjects(S3Uri source, List<S3Object> objects, Instant runStartedOn) {
    if (runStartedOn == null) {
      return;
    }
    long older = objects.stream().filter(o -> o.lastModified() != null
        && o.lastModified().isBefore(runStartedOn.minus(CLOCK_SLACK))).count();
    if (older > 0) {
      listener.warning(older + " of the " + objects.size() + " objects under " + source + " are older than this "
          + "export: they come from an earlier export to the same path and are downloaded (and counted) too. Export "
          + "to a fresh path to keep exports apart.");
    }
  }

  /** Streams one object into its temporary file and checks its size. */
  private void fetch(S3Uri source, S3Object object, Path target, Path temp, Progress progress) {
    String location = "s3://" + source.bucket() + "/" + object.key();
    try {
      Files.createDirectories(target.getParent());
      long copied = 0;
      try (ResponseInputStream<GetObjectResponse> in = s3.getObject(r -> r.bucket(source.bucket())
              .key(object.key()));
          OutputStream out = Files.newOutputStream(temp)) {
        byte[] buffer = new byte[BUFFER];
        while (true) {
          int n;
          try {
            n = in.read(buffer);
          } catch (IOException | SdkException e) {
            throw brokeOff(location, copied, object.size(), e);
          }
          if (n < 0) {
            break;
          }
          out.write(buffer, 0, n);
          copied += n;
          progress.add(n);
        }
      }
      if (copied != object.size()) {
        throw new GlueLabelsException("Download of " + location + " is incomplete: the listing says "
            + object.size() + " bytes, " + copied + " arrived. Nothing was kept of it; run again.");
      }
    } catch (SdkException e) {
      throw errors.s3("GetObject", location, e);
    } catch (IOException e) {
      throw new GlueLabelsException("Cannot write the download of " + location + " to " + target + ": " + e
          + ". Nothing was kept of it; check the folder (space, permissions) and run again.", e);
    }
  }

  /** The body of an object stopped arriving: the connection broke, or the SDK found it damaged. */
  private static GlueLabelsException brokeOff(String location, long copied, long size, Exception e) {
    return new GlueLabelsException("Download of " + location + " broke off after " + copied + " of " + size
        + " bytes: " + e.getMessage() + ". Nothing was kept of it; run again.", e);
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Reads the labels of one downloaded file (still in its temporary file; messages name where it goes), unless its
   * name says it is not a part of the labels.
   */
  private static PartLabels readLabels(Path temp, Path target) {
    String name = target.getFileName().toString();
    if (name.startsWith("_") || name.startsWith(".")) {
      return PartLabels.SKIPPED;
    }
    try {
      return new PartLabels(LabelingFile.count(temp, target.toString()), null);
    } catch (IOException | UncheckedIOException | GlueLabelsException e) {
      return new PartLabels(null, target + " is not a labeling file we can read (" + e.getMessage() + ")");
    }
  }

  /**
   * Adds up the labels of the parts as they arrive, in key order (a set spread over parts counts once), and drops each
   * part's own count once added, so that memory holds one count of the sets, not two.
   */
  private final class Summary implements AutoCloseable {
    private final boolean wanted;
    private final LabelSummaryBuilder builder = new LabelSummaryBuilder();
    private int labelingFiles;
    private boolean unusable;

    /** @param wanted whether to read the labels at all: without, every part is skipped and there is no summary */
    Summary(boolean wanted) {
      this.wanted = wanted;
    }

    boolean wanted() {
      return wanted;
    }

    void add(PartLabels part) {
      if (unusable) {
        return;
      }
      if (part.unreadable() != null) {
        warn(part.unreadable());
      } else if (part.summary() != null) {
        try (LabelSummaryBuilder counted = part.summary()) {
          builder.addAll(counted);
          labelingFiles++;
        } catch (GlueLabelsException | UncheckedIOException e) {
          warn(e.getMessage());
        }
      }
    }

    private void warn(String why) {
      unusable = true;
      listener.warning("Cannot summarize the labels: " + why + ". The files were downloaded as they are.");
    }

    /** @return the summary, or {@code null} when there is none */
    LabelSummary build() {
      if (unusable || labelingFiles == 0) {
        return null;
      }
      try {
        return builder.build();
      } catch (UncheckedIOException e) {
        warn(e.getMessage());
        return null;
      }
    }

    /** Deletes the builder's temporary file, if its sets outgrew its memory. */
    @Override
    public void close() {
      builder.close();
    }
  }



  /** The temporary files of a download: {@code .<name>.<uuid>.part}, beside the file they become. */
  private static final Pattern TEMPORARY =
      Pattern.compile("\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.part");

  /**
   * Deletes the temporary files an earlier run left when it was killed (a normal failure deletes its own) in the
   * folders this download writes to; only names of the download's own pattern are touched.
   */
  private static void removeLeftovers(List<Path> targets) {
    targets.stream().map(Path::getParent).distinct().filter(Files::isDirectory).forEach(folder -> {
      try (var files = Files.list(folder)) {
        files.filter(f -> TEMPORARY.matcher(f.getFileName().toString()).matches()).forEach(Downloader::deleteQuietly);
      } catch (IOException e) {
        // a folder that cannot be listed is reported when the download writes to it
      }
    });
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover temporary file is named .<name>.<uuid>.part and never mistaken for a finished one
    }
  }
}
