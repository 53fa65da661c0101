package io.github.gluelabels.core.labels;

import io.github.gluelabels.core.GlueLabelsException;
import java.util.Objects;

/**
 * A labeling file broke one of the rules of the format: it is empty, its header does not start with
 * {@code labeling_set_id,label}, a record has the wrong number of fields or an empty set id or label, its quoting is
 * not valid CSV, or it is not UTF-8. The message names the file and the line, e.g. {@code labels/tfm.csv line 7: the
 * record has 3 fields, but the header has 5 (labeling_set_id,label,name,city,zip)}.
 *
 * @since 0.1.0
 */
public class LabelingFileException extends GlueLabelsException {

    private static final long serialVersionUID = 1L;

    /** The file the problem is in, as the user knows it. */
    private final String source;
    /** The 1-based line the problem is on, or 0 when it concerns the whole file. */
    private final long line;
    /** What is wrong, the rule and the value seen. */
    private final String problem;

    /**
     * @param source the file the problem is in, as the user knows it: a path or an {@code s3://bucket/key} URI
     * @param line the 1-based line the problem is on, or 0 when it concerns the whole file
     * @param problem what is wrong, the rule and the value seen; for a whole-file problem ({@code line} 0) it continues
     *     the sentence that starts with the source, e.g. {@code is empty: …}
     */
    public LabelingFileException(String source, long line, String problem) {
        super(message(source, line, problem));
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    /**
     * @param source the file the problem is in
     * @param line the 1-based line the problem is on, or 0 when it concerns the whole file
     * @param problem what is wrong
     * @param cause the underlying failure
     */
    public LabelingFileException(String source, long line, String problem, Throwable cause) {
        super(message(source, line, problem), cause);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    /**
     * @return the file the problem is in, as it was named when it was opened
     */
    public String source() {
        return source;
    }

    /**
     * @return the 1-based line the problem is on, or 0 when it concerns the whole file (an empty file)
     */
    public long line() {
        return line;
    }

    /**
     * @return the message without the source and the line
     */
    public String problem() {
        return problem;
    }

    private static String message(String source, long line, String problem) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(problem, "problem");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or more, was " + line);
        }
        return line == 0 ? source + " " + problem : source + " line " + line + ": " + problem;
    }
}
