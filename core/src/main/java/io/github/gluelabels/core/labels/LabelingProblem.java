package io.github.gluelabels.core.labels;

import java.util.Objects;

/**
 * One problem, or one warning, that a check of labeling files found: where (file and line), which rule, and what was
 * seen.
 *
 * @param source the file, as messages call it
 * @param line the line the problem is on (1 is the header), or 0 when it concerns the whole file
 * @param rule the rule, in a few words, e.g. {@code "fields"} or {@code "set size"} (see {@link LabelingFilesCheck})
 * @param detail what was seen, in plain words
 * @since 0.1.0
 */
public record LabelingProblem(String source, long line, String rule, String detail) {

    /** Checks the members. */
    public LabelingProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or more, was " + line);
        }
    }

    /** @return e.g. {@code labels.csv line 7 [fields]: the record has 3 fields, but the header has 4 (…)} */
    @Override
    public String toString() {
        return source + (line > 0 ? " line " + line : "") + " [" + rule + "]: " + detail;
    }
}
