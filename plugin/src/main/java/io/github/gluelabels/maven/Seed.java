package io.github.gluelabels.maven;

import java.io.File;

/**
 * One transform of the fake and the labels it starts with, as configured in {@code fake-start}'s {@code <fakeSeeds>}:
 *
 * <pre>{@code
 * <seed>
 *   <transformId>tfm-0123456789abcdef</transformId>
 *   <labels>src/test/resources/labels.csv</labels>
 * </seed>
 * }</pre>
 *
 * @since 0.1.0
 */
public class Seed {

    /** The transform's id. Required. */
    private String transformId;

    /**
     * A labeling file (UTF-8 CSV whose header starts with {@code labeling_set_id,label}), relative to the project's
     * folder. Required.
     */
    private File labels;

    /** @return the transform's id */
    public String getTransformId() {
        return transformId;
    }

    /** @param transformId the transform's id */
    public void setTransformId(String transformId) {
        this.transformId = transformId;
    }

    /** @return the labeling file */
    public File getLabels() {
        return labels;
    }

    /** @param labels the labeling file */
    public void setLabels(File labels) {
        this.labels = labels;
    }

    @Override
    public String toString() {
        return transformId + " <- " + labels;
    }
}
