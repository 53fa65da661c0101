package io.github.gluelabels.core.diff;

/**
 * What the join finds, change by change, in the order of {@link DiffEntry#ORDER}: the record changes of a labeling
 * set, then the set itself. Each change of a record repeated in a set (a multiset entry) is told once per repeat.
 */
interface DiffSink {

    /** How a labeling set differs between the sides. */
    enum SetStatus {
        ADDED,
        REMOVED,
        CHANGED,
        UNCHANGED
    }

    void recordAdded(String setId, String[] key, String label);

    void recordRemoved(String setId, String[] key, String label);

    void recordRelabeled(String setId, String[] key, String fromLabel, String toLabel);

    /** Called after the set's record changes, for every set of either side. */
    void set(String setId, SetStatus status);
}
