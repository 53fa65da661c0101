package io.github.gluelabels.fake.internal.glue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;

/** A FindMatches transform of the fake: its id, what its owner set, and its labels, if it has any. */
final class Transform {

    final String id;
    final Instant createdOn;
    private volatile TransformSettings settings;
    private volatile Instant lastModifiedOn;
    private volatile LabelSet labels;

    Transform(String id, TransformSettings settings, Instant createdOn) {
        this.id = id;
        this.settings = settings;
        this.createdOn = createdOn;
        this.lastModifiedOn = createdOn;
    }

    /** @return the name of the table of a transform's input records: its id with what a table name cannot hold as _ */
    static String tableName(String transformId) {
        return transformId.replaceAll("[^A-Za-z0-9_]", "_");
    }

    TransformSettings settings() {
        return settings;
    }

    String name() {
        return settings.name();
    }

    /** Replaces what the owner set, as {@code UpdateMLTransform} does. */
    synchronized void update(TransformSettings next, Instant now) {
        settings = next;
        lastModifiedOn = now;
    }

    /**
     * @return {@code READY} once the transform has labels, {@code NOT_READY} before: the console shows a transform
     *     without labels as needing training (see the departures in the fake's README)
     */
    String status() {
        return labelCount() > 0 ? "READY" : "NOT_READY";
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
