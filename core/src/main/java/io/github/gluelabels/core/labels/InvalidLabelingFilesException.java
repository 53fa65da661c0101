package io.github.gluelabels.core.labels;

import io.github.gluelabels.core.GlueLabelsException;
import java.util.List;

/**
 * Labeling files that Glue would refuse, with every problem found in them (file, line, rule). Thrown before anything
 * is sent.
 *
 * @since 0.1.0
 */
public class InvalidLabelingFilesException extends GlueLabelsException {

    private static final long serialVersionUID = 1L;

    /** The most problems the message lists; {@link #problems()} has them all. */
    static final int LISTED = 50;

    private final transient List<LabelingProblem> problems;

    /**
     * @param what what was checked, e.g. {@code labels.csv}
     * @param problems every problem, at least one
     */
    public InvalidLabelingFilesException(String what, List<LabelingProblem> problems) {
        super(message(what, problems));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem found, in file and line order */
    public List<LabelingProblem> problems() {
        return problems;
    }

    private static String message(String what, List<LabelingProblem> problems) {
        StringBuilder text = new StringBuilder()
                .append(what)
                .append(" cannot be imported: ")
                .append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                .append(" (nothing was sent):");
        problems.stream()
                .limit(LISTED)
                .forEach(p -> text.append(System.lineSeparator()).append("  ").append(p));
        if (problems.size() > LISTED) {
            text.append(System.lineSeparator())
                    .append("  … and ")
                    .append(problems.size() - LISTED)
                    .append(" more");
        }
        return text.toString();
    }
}
