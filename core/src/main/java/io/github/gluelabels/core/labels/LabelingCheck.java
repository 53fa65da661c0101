package io.github.gluelabels.core.labels;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a check of labeling files found ({@link LabelingFilesCheck}): the files, their columns, how many records and
 * sets they hold, every problem (which Glue would refuse) and every warning (which it takes, though it may not be what
 * was meant).
 *
 * @param files the files checked, in the order they would be uploaded
 * @param columns the columns of the first file's header (empty when it has none)
 * @param records how many records the files hold, well formed or not
 * @param sets how many labeling sets the well-formed records name
 * @param problems every problem, in file and line order; empty when the files can be imported
 * @param warnings every warning, in file and line order
 * @since 0.1.0
 */
public record LabelingCheck(
        List<Path> files,
        List<String> columns,
        long records,
        long sets,
        List<LabelingProblem> problems,
        List<LabelingProblem> warnings) {

    /** Copies the lists. */
    public LabelingCheck {
        files = List.copyOf(Objects.requireNonNull(files, "files"));
        columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }

    /** @return whether Glue would take the files: no problem was found */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * @param what what was checked, for the message
     * @return this check, when it is valid
     * @throws InvalidLabelingFilesException listing every problem, when it is not
     */
    public LabelingCheck requireValid(String what) {
        if (!isValid()) {
            throw new InvalidLabelingFilesException(what, problems);
        }
        return this;
    }
}
