package io.github.gluelabels.core.labels;

import io.github.gluelabels.core.text.ShortList;
import io.github.gluelabels.core.validation.Values;
import java.util.List;

/**
 * The rules of a labeling file's header and records, as {@link LabelingFileReader} checks them: the header starts with
 * {@code labeling_set_id,label}; every record has as many fields as the header, and a non-empty set id and label. A
 * broken rule is a {@link LabelingFileException} that names the file, the line, the rule and what was seen.
 */
final class LabelingFileRules {

    private LabelingFileRules() {}

    /**
     * @param source the file, as messages call it
     * @param found the header's column names
     */
    static void checkHeader(String source, List<String> found) {
        if (found.size() >= 2
                && found.get(0).equals(LabelingFileReader.LABELING_SET_ID)
                && found.get(1).equals(LabelingFileReader.LABEL)) {
            return;
        }
        String seen;
        if (found.size() == 1 && found.get(0).isEmpty()) {
            seen = "the first line is empty";
        } else if (found.size() == 1) {
            seen = "its only column is " + Values.describe(found.get(0));
        } else {
            seen = "it starts with " + Values.describe(found.get(0)) + ", " + Values.describe(found.get(1));
        }
        throw new LabelingFileException(
                source,
                1,
                "the header must start with the columns " + LabelingFileReader.LABELING_SET_ID + ","
                        + LabelingFileReader.LABEL + ", but " + seen);
    }

    /**
     * @param source the file, as messages call it
     * @param columns the header's column names
     * @param line the line the record starts on
     * @param values the record's fields
     * @param emptyLine whether the record is an empty line (which parses as one empty field, as {@code ""} does)
     */
    static void checkRecord(String source, List<String> columns, long line, List<String> values, boolean emptyLine) {
        if (values.size() != columns.size()) {
            String header = ShortList.of(columns, ",", 20);
            String problem = emptyLine
                    ? "the line is empty, but a record needs the header's " + columns.size() + " fields (" + header
                            + ")"
                    : "the record has " + fields(values.size()) + ", but the header has " + columns.size() + " ("
                            + header + ")";
            throw new LabelingFileException(source, line, problem);
        }
        if (values.get(0).isEmpty()) {
            throw new LabelingFileException(
                    source,
                    line,
                    "the " + LabelingFileReader.LABELING_SET_ID + " is empty: every record needs"
                            + " a labeling set id and a label");
        }
        if (values.get(1).isEmpty()) {
            throw new LabelingFileException(
                    source,
                    line,
                    "the " + LabelingFileReader.LABEL + " is empty (" + LabelingFileReader.LABELING_SET_ID + " "
                            + Values.describe(values.get(0)) + "): every record needs a labeling set id and a label");
        }
    }

    private static String fields(int count) {
        return count == 1 ? "1 field" : count + " fields";
    }
}
