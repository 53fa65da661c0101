package io.github.gluelabels.fake.internal.glue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

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

    /** @return the name of the table of a transform's input records: its id with what a table name cannot hold as _ */
    static String tableName(String transformId) {
        return transformId.replaceAll("[^A-Za-z0-9_]", "_");
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

    /** @return the labeling file as it is now, if the transform has labels */
    Optional<byte[]> labelingFile() {
        LabelSet current = labels;
        if (current == null) {
            return Optional.empty();
        }
        try (InputStream in = current.content().open()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
