package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.fake.internal.s3.S3Store;
import io.github.gluelabels.fake.internal.s3.StoredObject;
import java.util.List;
import java.util.Optional;

/**
 * {@code StartImportLabelsTaskRun}: checks that {@code InputS3Path} names label files of a size the service takes,
 * then starts a run that reads them into the transform when it succeeds (see {@link LabelImport}).
 */
final class ImportLabelsOperation implements Operation {

    private final GlueState state;

    ImportLabelsOperation(GlueState state) {
        this.state = state;
    }

    @Override
    public byte[] answer(JsonIn in) {
        String transformId = in.string("TransformId");
        String inputS3Path = in.string("InputS3Path");
        Boolean replace = in.bool("ReplaceAllLabels");
        Validation.check(
                Constraints.hashString("TransformId", transformId), Validation.required("InputS3Path", inputS3Path));
        S3Uri input = S3Paths.parse("InputS3Path", inputS3Path);
        Transform transform = state.transforms().existing(transformId);
        state.s3Paths().requireSameRegion(input);
        List<StoredObject> files = labelFiles(state.s3(), input);
        requireImportableSize(files.stream().mapToLong(StoredObject::size).sum());
        boolean replaceAll = Boolean.TRUE.equals(replace);
        LabelImport work = new LabelImport(state, transform, input, files, replaceAll);
        TaskRun run = state.runs()
                .start(TaskRuns.newId(), transformId, TaskRunSpec.importLabels(inputS3Path, replaceAll), work);
        return new JsonOut().string("TaskRunId", run.id).bytes();
    }

    /**
     * The label files an input path names: the object it names, or else every object under it as a folder (such as
     * an export's output) but empty folder markers and Spark's {@code _}-files.
     *
     * @throws GlueError {@code InvalidInputException} as the service words it when there is none
     */
    static List<StoredObject> labelFiles(S3Store s3, S3Uri input) {
        if (!s3.bucketExists(input.bucket())) {
            throw GlueError.invalidInput("Invalid label file path.");
        }
        if (!input.key().isEmpty() && !input.key().endsWith("/")) {
            Optional<StoredObject> file = s3.get(input.bucket(), input.key());
            if (file.isPresent()) {
                return List.of(file.get());
            }
        }
        List<StoredObject> files = s3.list(input.bucket(), input.folderPrefix()).stream()
                .filter(o -> !o.key().substring(o.key().lastIndexOf('/') + 1).startsWith("_"))
                .filter(o -> !o.key().endsWith("/"))
                .toList();
        if (files.isEmpty()) {
            throw GlueError.invalidInput("Invalid label file path.");
        }
        return files;
    }

    private void requireImportableSize(long size) {
        long limit = state.settings().importLimitBytes();
        if (size == 0) {
            throw GlueError.invalidInput("Invalid label file of size 0.");
        }
        if (size > limit) {
            throw GlueError.invalidInput("Label file has exceeded the limit of " + limit / (1024 * 1024) + " MB.");
        }
    }
}
