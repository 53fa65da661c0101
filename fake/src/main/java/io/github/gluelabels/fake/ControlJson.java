package io.github.gluelabels.fake;

import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/**
 * The JSON of the control API and of the journal file: task runs and journal entries with their record's component
 * names, times as ISO-8601 text ({@code 2026-12-06T16:30:00.125Z}), absent values as {@code null}.
 */
final class ControlJson {

    private ControlJson() {}

    /** @return {@code {"name": "value", …}} from pairs of names and values (strings, numbers, booleans or null) */
    static byte[] object(Object... namesAndValues) {
        JsonWriter writer = JsonWriter.create();
        writeObject(writer, namesAndValues);
        return writer.getBytes();
    }

    /** @return one journal entry as an object */
    static byte[] entry(JournalEntry entry) {
        JsonWriter writer = JsonWriter.create();
        write(writer, entry);
        return writer.getBytes();
    }

    /** @return {@code {"dropped": n, "entries": [...]}} */
    static byte[] journal(long dropped, List<JournalEntry> entries) {
        JsonWriter writer = JsonWriter.create();
        writer.writeStartObject().writeFieldName("dropped").writeNumber(Long.toString(dropped));
        writer.writeFieldName("entries").writeStartArray();
        entries.forEach(e -> write(writer, e));
        writer.writeEndArray().writeEndObject();
        return writer.getBytes();
    }

    /** @return one task run as an object */
    static byte[] taskRun(TaskRunInfo run) {
        JsonWriter writer = JsonWriter.create();
        write(writer, run);
        return writer.getBytes();
    }

    /** @return {@code {"taskRuns": [...]}} */
    static byte[] taskRuns(List<TaskRunInfo> runs) {
        JsonWriter writer = JsonWriter.create();
        writer.writeStartObject().writeFieldName("taskRuns").writeStartArray();
        runs.forEach(r -> write(writer, r));
        writer.writeEndArray().writeEndObject();
        return writer.getBytes();
    }

    private static void write(JsonWriter writer, JournalEntry e) {
        writeObject(
                writer,
                "time",
                e.time(),
                "requestId",
                e.requestId(),
                "service",
                e.service(),
                "operation",
                e.operation(),
                "input",
                e.input(),
                "status",
                e.status(),
                "errorCode",
                e.errorCode());
    }

    private static void write(JsonWriter writer, TaskRunInfo r) {
        writeObject(
                writer,
                "transformId",
                r.transformId(),
                "taskRunId",
                r.taskRunId(),
                "taskType",
                r.taskType(),
                "status",
                r.status(),
                "s3Path",
                r.s3Path(),
                "replaceAllLabels",
                r.replaceAllLabels(),
                "startedOn",
                r.startedOn(),
                "lastModifiedOn",
                r.lastModifiedOn(),
                "completedOn",
                r.completedOn(),
                "executionTime",
                r.executionTime(),
                "errorString",
                r.errorString());
    }

    private static void writeObject(JsonWriter writer, Object... namesAndValues) {
        writer.writeStartObject();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            writer.writeFieldName((String) namesAndValues[i]);
            Object value = namesAndValues[i + 1];
            if (value == null) {
                writer.writeNull();
            } else if (value instanceof Boolean b) {
                writer.writeValue(b);
            } else if (value instanceof Number n) {
                writer.writeNumber(n.toString());
            } else if (value instanceof Instant t) {
                writer.writeValue(t.toString());
            } else {
                writer.writeValue(value.toString());
            }
        }
        writer.writeEndObject();
    }
}
