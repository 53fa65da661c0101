package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.fake.EvaluationMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A FindMatches transform of the fake: its id, what its owner set, its labels and input records, if it has any, and the metrics of
 * its last evaluation.
 */
final class Transform {

    final String id;
    final Instant createdOn;
    private volatile TransformSettings settings;
    private volatile Instant lastModifiedOn;
    private volatile LabelSet labels;
    private volatile InputRecords records;
    private volatile EvaluationMetrics metrics;
    private volatile EvaluationMetrics chosenMetrics;

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

    /** Gives the transform the records of its input table, which labeling set generations draw from. */
    void records(InputRecords next) {
        records = next;
    }

    /**
     * @param most how many to take at most from labels
     * @return the records a labeling set generation draws from: those given, or else those its labels hold
     */
    InputRecords inputRecords(int most) {
        InputRecords given = records;
        if (given != null) {
            return given;
        }
        LabelSet current = labels;
        return current == null ? new InputRecords(List.of(), List.of()) : InputRecords.fromLabels(current, most);
    }

    /** An evaluation succeeded: its metrics are the transform's from now on. */
    void evaluated(EvaluationMetrics next, Instant now) {
        metrics = next;
        lastModifiedOn = now;
    }

    /** @return the metrics of the last evaluation that succeeded, or {@code null} */
    EvaluationMetrics metrics() {
        return metrics;
    }

    /** Sets what the evaluations started from now on find; null to derive it from the labels again. */
    void chooseMetrics(EvaluationMetrics chosen) {
        chosenMetrics = chosen;
    }

    /** @return what a test chose for the evaluations to find, or null */
    EvaluationMetrics chosenMetrics() {
        return chosenMetrics;
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
