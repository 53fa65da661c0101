package io.github.gluelabels.fake.internal.glue;

import java.math.BigDecimal;
import java.time.Instant;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/** Writes a JSON 1.1 response: members in order, nulls left out, timestamps as epoch seconds. */
final class JsonOut {

    private final JsonWriter writer = JsonWriter.create();

    JsonOut() {
        writer.writeStartObject();
    }

    JsonOut string(String name, String value) {
        if (value != null) {
            writer.writeFieldName(name).writeValue(value);
        }
        return this;
    }

    JsonOut number(String name, Number value) {
        if (value != null) {
            writer.writeFieldName(name).writeNumber(value.toString());
        }
        return this;
    }

    JsonOut bool(String name, Boolean value) {
        if (value != null) {
            writer.writeFieldName(name).writeValue(value);
        }
        return this;
    }

    JsonOut timestamp(String name, Instant value) {
        if (value != null) {
            writer.writeFieldName(name).writeNumber(epochSeconds(value));
        }
        return this;
    }

    JsonOut startObject(String name) {
        writer.writeFieldName(name).writeStartObject();
        return this;
    }

    JsonOut endObject() {
        writer.writeEndObject();
        return this;
    }

    JsonOut startArray(String name) {
        writer.writeFieldName(name).writeStartArray();
        return this;
    }

    /** Writes a string as the next element of the array this is in. */
    JsonOut value(String value) {
        writer.writeValue(value);
        return this;
    }

    JsonOut startObjectInArray() {
        writer.writeStartObject();
        return this;
    }

    JsonOut endArray() {
        writer.writeEndArray();
        return this;
    }

    byte[] bytes() {
        writer.writeEndObject();
        return writer.getBytes();
    }

    /** Epoch seconds with milliseconds, e.g. {@code 1764504000.125}. */
    static String epochSeconds(Instant instant) {
        return BigDecimal.valueOf(instant.toEpochMilli(), 3).toPlainString();
    }
}
