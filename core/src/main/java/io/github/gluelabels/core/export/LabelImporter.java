package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.labels.InvalidLabelingFilesException;
import io.github.gluelabels.core.labels.LabelingCheck;
import java.util.Objects;

/**
 * Imports labels into a Glue FindMatches transform: checks the local labeling files, uploads them to the input path,
 * starts the import task run and waits for it — against real AWS Glue or a fake, explaining every failure in plain
 * words. A replace first backs up the transform's labels with a real export (see {@link ImportOptions}); if the backup
 * fails, nothing is imported. Thread-safe: one importer can run several imports at once.
 *
 * <p>It lives beside {@link LabelExporter} as it is made of the same parts: the wait for a task run, the translation
 * of what AWS answers, and an exporter for the backup.
 *
 * <pre>{@code
 * try (AwsClients clients = AwsClients.create(ClientSettings.builder().region("eu-west-1").build())) {
 *   ImportResult result = LabelImporter.of(clients, ImportListener.NONE).importLabels(
 *       ImportRequest.of("tfm-0123", Path.of("labels.csv"), "s3://my-bucket/labels/import-1/"),
 *       ImportOptions.defaults());
 *   System.out.println(result.labelCountBefore() + " -> " + result.labelCountAfter());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LabelImporter {

    private final ImportParts parts;

    private LabelImporter(ImportParts parts) {
        this.parts = parts;
    }

    /**
     * An importer over the clients of a factory.
     *
     * @param clients the clients
     * @param listener hears progress; {@link ImportListener#NONE} for silence
     * @return the importer
     */
    public static LabelImporter of(AwsClients clients, ImportListener listener) {
        return builder().clients(clients).listener(listener).build();
    }

    /** @return a builder, for clients made elsewhere (e.g. injected by a test extension) */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Checks the request's local files, and their columns against the transform's schema ({@code GetMLTransform})
     * when the transform can be read; when it cannot, the listener hears a warning saying why. Sends nothing else.
     *
     * @param request what would be imported where
     * @return every problem and warning found
     */
    public LabelingCheck check(ImportRequest request) {
        return new ImportCheck(parts).check(request);
    }

    /**
     * Imports: checks the files (every problem at once), backs up before a replace, uploads, starts the import task
     * run and waits for it to end.
     *
     * @param request what to import where
     * @param options whether to replace, and the backup
     * @return the outcome
     * @throws InvalidLabelingFilesException when the files would fail in Glue: nothing was sent
     * @throws AwsCallException when a call to AWS fails, explained (e.g. an unknown transform, named with the region)
     * @throws TaskRunFailedException when the import's task run (or the backup's) ends other than {@code SUCCEEDED}
     * @throws WaitTimeoutException when a wait's timeout passes first
     * @throws GlueLabelsException on any other failure, explained, e.g. a backup that failed (then nothing was
     *     imported) or an input path that already holds objects
     */
    public ImportResult importLabels(ImportRequest request, ImportOptions options) {
        return new ImportRun(parts, request, options).run();
    }

    /**
     * Reads a transform's {@code LabelCount} ({@code GetMLTransform}).
     *
     * @param transformId the transform
     * @return how many labels it has
     * @throws AwsCallException when Glue cannot be asked, explained
     */
    public long labelCount(String transformId) {
        return parts.transforms().read(transformId).labelCount();
    }

    /** Builds a {@link LabelImporter}: the settings every task-run runner takes, and the upload's part sizes. */
    public static final class Builder extends TaskRunnerBuilder<Builder> {
        private ImportListener importListener = ImportListener.NONE;
        private long multipartThreshold = Uploader.DEFAULT_MULTIPART_THRESHOLD;
        private long partSize = Uploader.DEFAULT_PART_SIZE;

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /**
         * @param listener hears progress, the import's and the backup's
         * @return this builder
         */
        public Builder listener(ImportListener listener) {
            this.importListener = Objects.requireNonNull(listener, "listener");
            return super.listener(listener);
        }

        /**
         * @param bytes the size from which a file is uploaded in parts (multipart upload); 16 MiB by default
         * @return this builder
         */
        public Builder multipartThreshold(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("multipartThreshold must be at least 1 byte, was " + bytes);
            }
            this.multipartThreshold = bytes;
            return this;
        }

        /**
         * @param bytes the size of each part of a multipart upload but the last; 8 MiB by default, at least 5 MiB (S3's
         *     least)
         * @return this builder
         */
        public Builder partSize(long bytes) {
            if (bytes < Uploader.MIN_PART_SIZE) {
                throw new IllegalArgumentException("partSize must be at least " + Uploader.MIN_PART_SIZE
                        + " bytes (5 MiB, S3's least), was " + bytes);
            }
            this.partSize = bytes;
            return this;
        }

        /** @return the importer */
        public LabelImporter build() {
            Objects.requireNonNull(glue, "glue");
            Objects.requireNonNull(s3, "s3");
            ErrorTranslator errors = errors();
            TaskRuns runs = taskRuns(errors);
            Downloader downloader = new Downloader(s3, errors, listener, clock, Downloader.DEFAULT_THREADS);
            LabelExporter exporter = LabelExporter.of(runs, downloader, errors, listener, clock, sleeper);
            return new LabelImporter(new ImportParts(
                    runs,
                    new ImportStart(glue, errors, importListener, clock, sleeper, attempts()),
                    new TransformReads(glue, errors),
                    new Uploader(s3, errors, importListener, multipartThreshold, partSize),
                    exporter,
                    errors,
                    importListener,
                    clock,
                    sleeper));
        }
    }
}
