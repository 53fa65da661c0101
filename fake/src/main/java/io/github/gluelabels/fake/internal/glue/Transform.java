package io.github.gluelabels.fake.internal.glue;

import java.time.Instant;

/** A FindMatches transform of the fake: its id and name, and its labels, if it has any. */
final class Transform {

    final String id;
    final String name;
    final Instant createdOn;
    private volatile Instant lastModifiedOn;
    private volatile LabelSet labels;

    Transform(String id, String name, Instant createdOn) {
        this.id = id;
        this.name = name;
        this.createdOn = createdOn;
        this.lastModifiedOn = createdOn;
    }

    LabelSet labels() {
        return labels;
    }

    Instant lastModifiedOn() {
        return lastModifiedOn;
    }

    /** Replaces the labels; returns the previous ones. */
    synchronized LabelSet replaceLabels(LabelSet next, Instant now) {
        LabelSet previous = labels;
        labels = next;
        lastModifiedOn = now;
        return previous;
    }

    long labelCount() {
        LabelSet current = labels;
        return current == null ? 0 : current.rows();
    }
}
