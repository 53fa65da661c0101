package io.github.gluelabels.core.export;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.labels.LabelSummary;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Downloads what an export wrote under its output folder: lists it and decides what to bring and where
 * ({@link DownloadPlan}), fetches the objects several at a time ({@link WindowedFetch}), each into a staged file in the
 * folder's bookkeeping folder ({@link ObjectFetch}), counts their labels as they arrive ({@link DownloadSummary}), and
 * only once every object has arrived whole moves them all into place, all or nothing ({@link FolderCommit}).
 */
final class Downloader {

    /** By default, objects are fetched, and their labels read, this many at a time. */
    static final int DEFAULT_THREADS = 4;

    private final S3Client s3;
    private final ErrorTranslator errors;
    private final ExportListener listener;
    private final Clock clock;
    private final int threads;
    private final ObjectFetch objects;

    Downloader(S3Client s3, ErrorTranslator errors, ExportListener listener, Clock clock, int threads) {
        this.s3 = s3;
        this.errors = errors;
        this.listener = listener;
        this.clock = clock;
        this.threads = threads;
        this.objects = new ObjectFetch(s3, errors);
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
        DownloadPlan plan = DownloadPlan.of(source, PrefixListing.list(s3, errors, source), earlier, limits);
        if (plan.leftAside() > 0) {
            listener.info(plan.leftAsideNote());
        }
        Path root = directory.toAbsolutePath().normalize();
        try (DownloadFolder folder = DownloadFolder.open(root, listener)) {
            folder.refuseObstacles(source, plan.keys(), plan.targets());
            String run = UUID.randomUUID().toString();
            Path staging = folder.staging(run);
            listener.downloadStarted(plan.count(), plan.totalBytes(), root);
            List<DownloadedFile> files = plan.files(root);
            boolean moved = false;
            try (DownloadSummary summary = new DownloadSummary(summarize, listener)) {
                fetchAll(plan, files, staging, summary);
                int removed = folder.commit(run, source, plan.targets(), i -> "the download of " + plan.location(i));
                moved = true;
                if (removed > 0) {
                    listener.info("Removed " + removed + " file(s) of an earlier download from " + root
                            + ": the folder holds this export's files (and any file glue-labels did not write).");
                }
                LabelSummary labels = summary.build();
                Duration took = Duration.between(begin, clock.instant());
                return new DownloadResult(source, root, files, plan.totalBytes(), plan.leftAside(), labels, took);
            } finally {
                if (!moved) {
                    folder.discard(run);
                }
            }
        }
    }

    /**
     * Fetches every object, several at a time, each into its staged file, and reads the labels of each as soon as it is
     * on disk. The first failure stops the others; what was staged is then discarded by the caller.
     */
    private void fetchAll(DownloadPlan plan, List<DownloadedFile> files, Path staging, DownloadSummary summary) {
        DownloadProgress progress = new DownloadProgress(listener, plan.totalBytes(), plan.count());
        WindowedFetch.run(
                threads,
                plan.count(),
                i -> {
                    S3Object object = plan.objects().get(i);
                    Path target = files.get(i).file();
                    Path staged = staging.resolve(String.valueOf(i));
                    objects.fetch(plan.source(), object, target, staged, progress);
                    progress.fileDone();
                    return summary.read(staged, target, object.size());
                },
                summary::add,
                plan.source());
    }
}
