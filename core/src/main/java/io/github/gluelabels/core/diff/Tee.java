package io.github.gluelabels.core.diff;

/** Tells two sinks every change, the first first. */
record Tee(DiffSink first, DiffSink second) implements DiffSink {

    @Override
    public void recordAdded(String setId, String[] key, String label) {
        first.recordAdded(setId, key, label);
        second.recordAdded(setId, key, label);
    }

    @Override
    public void recordRemoved(String setId, String[] key, String label) {
        first.recordRemoved(setId, key, label);
        second.recordRemoved(setId, key, label);
    }

    @Override
    public void recordRelabeled(String setId, String[] key, String fromLabel, String toLabel) {
        first.recordRelabeled(setId, key, fromLabel, toLabel);
        second.recordRelabeled(setId, key, fromLabel, toLabel);
    }

    @Override
    public void set(String setId, SetStatus status) {
        first.set(setId, status);
        second.set(setId, status);
    }
}
