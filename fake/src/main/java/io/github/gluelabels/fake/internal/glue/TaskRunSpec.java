package io.github.gluelabels.fake.internal.glue;

/**
 * What a task run is, as its {@code Properties} report it: its {@code TaskType} and the members of that type's
 * properties in the model's {@code TaskRunProperties}.
 *
 * @param taskType e.g. {@code EXPORT_LABELS}, one of the model's {@code TaskType}
 * @param s3Path the path it writes to ({@code OutputS3Path}) or reads from ({@code InputS3Path}); {@code null} for a
 *     run without one (an evaluation)
 * @param replace for an import, whether it replaces the labels; {@code null} otherwise
 */
record TaskRunSpec(String taskType, String s3Path, Boolean replace) {

    static final String EXPORT_LABELS = "EXPORT_LABELS";
    static final String IMPORT_LABELS = "IMPORT_LABELS";
    static final String LABELING_SET_GENERATION = "LABELING_SET_GENERATION";
    static final String EVALUATION = "EVALUATION";

    /** @return an export's: {@code ExportLabelsTaskRunProperties {OutputS3Path}} */
    static TaskRunSpec exportLabels(String outputS3Path) {
        return new TaskRunSpec(EXPORT_LABELS, outputS3Path, null);
    }

    /** @return an import's: {@code ImportLabelsTaskRunProperties {InputS3Path, Replace}} */
    static TaskRunSpec importLabels(String inputS3Path, boolean replace) {
        return new TaskRunSpec(IMPORT_LABELS, inputS3Path, replace);
    }

    /** @return a labeling set generation's: {@code LabelingSetGenerationTaskRunProperties {OutputS3Path}} */
    static TaskRunSpec labelingSetGeneration(String outputS3Path) {
        return new TaskRunSpec(LABELING_SET_GENERATION, outputS3Path, null);
    }

    /** @return an evaluation's: the model has no properties of this type, so only its {@code TaskType} */
    static TaskRunSpec evaluation() {
        return new TaskRunSpec(EVALUATION, null, null);
    }
}
