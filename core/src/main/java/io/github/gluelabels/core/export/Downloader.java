package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.labels.LabelSummary;
import io.github.gluelabels.core.labels.LabelSummaryBuilder;
import io.github.gluelabels.core.labels.LabelingFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
  private static final long PROGRESS_EVERY = 8L << 20;
  /** Objects this much older than the run's start cannot come from it (allowing for clock differences). */
  private static final Duration CLOCK_SLACK = Duration.ofMinutes(1);

  private final S3Client s3;
  private final ErrorTranslator errors;
  private final ExportListener listener;
  private final Clock clock;

  Downloader(S3Client s3, ErrorTranslator errors, ExportListener listener, Clock clock) {
    this.s3 = s3;
    this.errors = errors;
    this.listener = listener;
    this.clock = clock;
  }

  DownloadResult download(S3Uri source, Path directory, Instant runStartedOn) {
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
    long total = objects.stream().mapToLong(S3Object::size).sum();
    listener.downloadStarted(objects.size(), total, root);
    long[] done = {0, 0};
    List<DownloadedFile> files = new ArrayList<>(objects.size());
    for (int i = 0; i < objects.size(); i++) {
      S3Object object = objects.get(i);
      files.add(fetch(source, object, targets.get(i), done, total, i, objects.size()));
      listener.downloadProgress(done[0], total, i + 1, objects.size());
    }
    LabelSummary summary = summarize(files);
    return new DownloadResult(source, root, files, total, summary, Duration.between(begin, clock.instant()));
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

  private DownloadedFile fetch(S3Uri source, S3Object object, Path target, long[] done, long total, int index,
      int count) {
    String location = "s3://" + source.bucket() + "/" + object.key();
    Path temp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
    try {
      Files.createDirectories(target.getParent());
      long copied = 0;
      long nextReport = done[0] + PROGRESS_EVERY;
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
          done[0] += n;
          if (done[0] >= nextReport) {
            listener.downloadProgress(done[0], total, index, count);
            nextReport = done[0] + PROGRESS_EVERY;
          }
        }
      }
      if (copied != object.size()) {
        throw new GlueLabelsException("Download of " + location + " is incomplete: the listing says "
            + object.size() + " bytes, " + copied + " arrived. Nothing was kept of it; run again.");
      }
      move(temp, target);
      return new DownloadedFile(object.key(), target, copied);
    } catch (SdkException e) {
      throw errors.s3("GetObject", location, e);
    } catch (IOException e) {
      throw new GlueLabelsException("Cannot write the download of " + location + " to " + target + ": " + e
          + ". Nothing was kept of it; check the folder (space, permissions) and run again.", e);
    } finally {
      deleteQuietly(temp);
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

  private LabelSummary summarize(List<DownloadedFile> files) {
    LabelSummaryBuilder summary = new LabelSummaryBuilder();
    int labelingFiles = 0;
    for (DownloadedFile file : files) {
      String name = file.file().getFileName().toString();
      if (name.startsWith("_") || name.startsWith(".") || file.size() == 0) {
        continue;
      }
      try (InputStream in = Files.newInputStream(file.file());
          LabelingFileReader reader = LabelingFileReader.open(in, file.file().toString())) {
        summary.columns(file.file().toString(), reader.columns()).addAll(reader);
        labelingFiles++;
      } catch (IOException | UncheckedIOException | GlueLabelsException e) {
        listener.warning("Cannot summarize the labels: " + file.file() + " is not a labeling file we can read ("
            + e.getMessage() + "). The files were downloaded as they are.");
        return null;
      }
    }
    return labelingFiles == 0 ? null : summary.build();
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover temporary file is named .<name>.<uuid>.part and never mistaken for a finished one
    }
  }
}
