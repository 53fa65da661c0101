package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.labels.LabelingFileException;
import io.github.gluelabels.fake.internal.s3.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * What an import run does when it succeeds: reads its label files, which must all be valid labeling files with the
 * same columns as each other and as the transform's labels (its schema; a replace cannot change it), and replaces the
 * transform's labels with them or adds them to its labels. A problem ends the run {@code FAILED} with the service's
 * words and leaves the labels as they were.
 */
final class LabelImport implements TaskRun.Work {

    private final GlueState state;
    private final Transform transform;
    private final S3Uri input;
    private final List<StoredObject> files;
    private final boolean replaceAll;

    LabelImport(GlueState state, Transform transform, S3Uri input, List<StoredObject> files, boolean replaceAll) {
        this.state = state;
        this.transform = transform;
        this.input = input;
        this.files = files;
        this.replaceAll = replaceAll;
    }

    /** @throws TaskRun.Failure when a file cannot be read, is not a labeling file, or its columns differ */
    @Override
    public void run() {
        LabelSet imported = readAll();
        LabelSet current = transform.labels();
        // the transform's schema is its labels' columns: a replace must keep it too, as an add must
        LabelSet next = imported;
        if (current != null) {
            String firstFile = input.withKey(files.get(0).key()).toString();
            next = replaceAll ? requireSameColumns(current, imported, firstFile) : join(current, imported, firstFile);
        }
        transform.replaceLabels(next, state.clock().instant());
    }

    private LabelSet readAll() {
        LabelSet imported = null;
        try {
            for (StoredObject file : files) {
                String source = input.withKey(file.key()).toString();
                LabelSet part = read(file, source);
                imported = imported == null ? part : join(imported, part, source);
            }
        } catch (LabelingFileException e) {
            throw new TaskRun.Failure("Invalid label file: " + e.getMessage());
        }
        return imported;
    }

    private LabelSet read(StoredObject file, String source) {
        try (InputStream in = state.s3().open(file)) {
            return state.labelFiles().read(in, source);
        } catch (IOException e) {
            throw new TaskRun.Failure("Cannot read label file " + source + ": " + e.getMessage());
        }
    }

    private LabelSet join(LabelSet first, LabelSet more, String source) {
        return state.labelFiles().append(first, requireSameColumns(first, more, source));
    }

    /** @return {@code more}, once its columns are known to be {@code first}'s */
    private static LabelSet requireSameColumns(LabelSet first, LabelSet more, String source) {
        if (!first.columns().equals(more.columns())) {
            throw new TaskRun.Failure("The columns of " + source + " " + more.columns()
                    + " differ from the transform's labels " + first.columns() + ".");
        }
        return more;
    }
}
