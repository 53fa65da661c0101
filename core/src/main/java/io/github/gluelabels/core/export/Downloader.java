package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.labels.LabelSummary;
import io.github.gluelabels.core.labels.LabelSummaryBuilder;
import io.github.gluelabels.core.labels.LabelingFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Downloads what an export wrote under its output folder: lists it, leaves aside the objects that were there before the
 * export (see {@link EarlierObjects}), decides where each key goes ({@link DownloadTargets}), streams each object to a
 * staged file in the folder's bookkeeping folder, checks its size and reads its labels, and only once every object has
 * arrived whole moves them all into place, all or nothing ({@link FolderCommit}).
 */
final class Downloader {

    private static final int BUFFER = 1 << 16;
    /** By default, objects are fetched, and their labels read, this many at a time. */
    static final int DEFAULT_THREADS = 4;

    private static final long PROGRESS_EVERY = 8L << 20;

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

    /** @return the objects under an export's output path now, to leave aside after its run */
    EarlierObjects before(S3Uri source) {
        DownloadTargets.refuseWholeBucket(source);
        return new EarlierObjects(PrefixListing.list(s3, errors, source));
    }

    DownloadResult download(
            S3Uri source, Path directory, EarlierObjects earlier, boolean summarize, DownloadLimits limits) {
        Instant begin = clock.instant();
        DownloadTargets.refuseWholeBucket(source);
        List<S3Object> listed = PrefixListing.list(s3, errors, source);
        List<S3Object> objects = listed.stream().filter(o -> !earlier.holds(o)).toList();
        int leftAside = listed.size() - objects.size();
        if (objects.isEmpty()) {
            throw nothingToDownload(source, leftAside);
        }
        List<String> keys = objects.stream().map(S3Object::key).toList();
        List<RelativePath> targets = DownloadTargets.plan(source, keys);
        long total = objects.stream().mapToLong(S3Object::size).sum();
        limits.check(source, objects.size(), total);
        if (leftAside > 0) {
            listener.info("Left aside " + leftAside + " object(s) under " + source
                    + " that were there before this export "
                    + "started (earlier exports to the same path); downloading the " + objects.size() + " it wrote.");
        }
        Path root = directory.toAbsolutePath().normalize();
        try (DownloadFolder folder = DownloadFolder.open(root, listener)) {
            folder.refuseObstacles(source, keys, targets);
            String run = UUID.randomUUID().toString();
            Path staging = folder.staging(run);
            listener.downloadStarted(objects.size(), total, root);
            Progress progress = new Progress(total, objects.size());
            List<DownloadedFile> files = new ArrayList<>(objects.size());
            for (int i = 0; i < objects.size(); i++) {
                files.add(new DownloadedFile(
                        keys.get(i), targets.get(i).in(root), objects.get(i).size()));
            }
            boolean moved = false;
            try (Summary summary = new Summary(summarize)) {
                fetchAll(source, objects, files, staging, progress, summary);
                int removed = folder.commit(
                        run, source, targets, i -> "the download of " + DownloadTargets.location(source, keys.get(i)));
                moved = true;
                if (removed > 0) {
                    listener.info("Removed " + removed + " file(s) of an earlier download from " + root
                            + ": the folder holds " + "this export's files (and any file glue-labels did not write).");
                }
                return new DownloadResult(
                        source,
                        root,
                        files,
                        total,
                        leftAside,
                        summary.build(),
                        Duration.between(begin, clock.instant()));
            } finally {
                if (!moved) {
                    folder.discard(run);
                }
            }
        }
    }

    private static GlueLabelsException nothingToDownload(S3Uri source, int leftAside) {
        if (leftAside == 0) {
            return new GlueLabelsException("Nothing to download: there is no object under " + source
                    + ". The export wrote " + "nothing there, or to another path.");
        }
        return new GlueLabelsException("Nothing to download: this export wrote no object under " + source + "; "
                + (leftAside == 1
                        ? "1 object that was there before it started was"
                        : leftAside + " objects that were there " + "before it started were")
                + " left aside (a download brings only what the export's own task run wrote). "
                + "The run wrote to another path, or its objects were removed meanwhile.");
    }

    /**
     * Fetches every object, several at a time, each into its staged file, and reads the labels of each as soon as it is
     * on disk. The first failure stops the others; what was staged is then discarded by the caller.
     */
    private void fetchAll(
            S3Uri source,
            List<S3Object> objects,
            List<DownloadedFile> files,
            Path staging,
            Progress progress,
            Summary summary) {
        AtomicInteger threadNumber = new AtomicInteger();
        // set by the first fetch that fails: fetches not yet begun do not begin
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, objects.size()), task -> {
            Thread thread = new Thread(task, "glue-labels-download-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            IntFunction<Future<PartLabels>> start = i -> pool.submit(() -> {
                if (failed.get()) {
                    return null;
                }
                S3Object object = objects.get(i);
                Path target = files.get(i).file();
                Path staged = staging.resolve(String.valueOf(i));
                try {
                    fetch(source, object, target, staged, progress);
                    progress.fileDone();
                    return !summary.wanted() || object.size() == 0 ? PartLabels.SKIPPED : readLabels(staged, target);
                } catch (RuntimeException | Error e) {
                    failed.set(true);
                    throw e;
                }
            });
            // parts are counted in key order as they arrive; fetches run at most a window ahead of the part being
            // added, so
            // that memory holds the counts of a few parts (not of every part that arrived before a slow one)
            int window = 2 * threads;
            List<Future<PartLabels>> futures = new ArrayList<>(Collections.nCopies(objects.size(), null));
            for (int i = 0; i < Math.min(window, objects.size()); i++) {
                futures.set(i, start.apply(i));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    PartLabels part = futures.get(i).get();
                    futures.set(i, null); // the future held the part's count too: it goes once added
                    if (i + window < objects.size()) {
                        futures.set(i + window, start.apply(i + window));
                    }
                    if (part != null) {
                        summary.add(part);
                    } // else skipped: another fetch failed, and its future, further on, says how
                } catch (ExecutionException e) {
                    futures.forEach(Downloader::cancel);
                    throw e.getCause() instanceof RuntimeException r
                            ? r
                            : new GlueLabelsException("Download failed: " + e.getCause(), e.getCause());
                } catch (InterruptedException e) {
                    futures.forEach(Downloader::cancel);
                    Thread.currentThread().interrupt();
                    throw new GlueLabelsException(
                            "Interrupted while downloading " + source + "; what was not complete was not "
                                    + "kept. Run again.",
                            e);
                }
            }
        } finally {
            pool.shutdownNow();
            try {
                // let cancelled fetches end before their staged files are discarded
                pool.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void cancel(Future<?> fetch) {
        if (fetch != null) {
            fetch.cancel(true);
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

    /** Streams one object into its staged file and checks its size. */
    private void fetch(S3Uri source, S3Object object, Path target, Path staged, Progress progress) {
        String location = DownloadTargets.location(source, object.key());
        try {
            long copied = 0;
            try (ResponseInputStream<GetObjectResponse> in =
                            s3.getObject(r -> r.bucket(source.bucket()).key(object.key()));
                    OutputStream out = Files.newOutputStream(staged)) {
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
            throw new GlueLabelsException(
                    "Cannot write the download of " + location + " to " + target + ": " + e
                            + ". Nothing was kept of it; check the folder (space, permissions) and run again.",
                    e);
        }
    }

    /** The body of an object stopped arriving: the connection broke, or the SDK found it damaged. */
    private static GlueLabelsException brokeOff(String location, long copied, long size, Exception e) {
        return new GlueLabelsException(
                "Download of " + location + " broke off after " + copied + " of " + size + " bytes: " + e.getMessage()
                        + ". Nothing was kept of it; run again.",
                e);
    }

    /**
     * Reads the labels of one downloaded file (still in its staged file; messages name where it goes), unless its
     * name says it is not a part of the labels.
     */
    private static PartLabels readLabels(Path staged, Path target) {
        String name = target.getFileName().toString();
        if (name.startsWith("_") || name.startsWith(".")) {
            return PartLabels.SKIPPED;
        }
        try {
            return new PartLabels(LabelingFile.count(staged, target.toString()), null);
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
}
