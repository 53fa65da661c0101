package io.github.gluelabels.core.diff;

/**
 * How many labeling sets and records differ between two sides of a {@link LabelDiff}, and how many each side has. A
 * record repeated in a set is counted once per repeat (each is a label Glue reads).
 *
 * @param setsAdded sets only the second side ({@code to}) has
 * @param setsRemoved sets only the first side ({@code from}) has
 * @param setsChanged sets both sides have, with at least one record added, removed or relabeled
 * @param recordsAdded records the second side has in a set and the first does not, those of added sets included
 * @param recordsRemoved records the first side has in a set and the second does not, those of removed sets included
 * @param recordsRelabeled records both sides have in the same set, with another label
 * @param fromRecords the records (labels) of the first side
 * @param toRecords the records (labels) of the second side
 * @param fromSets the labeling sets of the first side
 * @param toSets the labeling sets of the second side
 * @since 0.1.0
 */
public record DiffCounts(
        long setsAdded,
        long setsRemoved,
        long setsChanged,
        long recordsAdded,
        long recordsRemoved,
        long recordsRelabeled,
        long fromRecords,
        long toRecords,
        long fromSets,
        long toSets) {

    /** @return whether the sides hold the same labels: no set and no record differs */
    public boolean identical() {
        return setsAdded == 0
                && setsRemoved == 0
                && setsChanged == 0
                && recordsAdded == 0
                && recordsRemoved == 0
                && recordsRelabeled == 0;
    }
}
