package io.github.gluelabels.maven;

import io.github.gluelabels.core.internal.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/**
 * What every receipt of the plugin ({@code export}, {@code diff}, {@code import}) is written with: the layout's
 * {@code format} number first, the same fields for the connection (never a credential), {@code null} for a value not
 * there, a name that no other receipt of the build takes, and a file written whole or not at all ({@link AtomicFiles}).
 */
final class ReceiptJson {

    /** The version of the receipts' layout; raised when a field changes meaning or goes away. */
    static final int FORMAT = 1;

    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final JsonWriter json = JsonWriter.create();

    private ReceiptJson() {}

    /** @return a receipt whose first field is {@code format} (a number) */
    static ReceiptJson start() {
        ReceiptJson receipt = new ReceiptJson();
        receipt.json.writeStartObject();
        receipt.field("format", FORMAT);
        return receipt;
    }

    /**
     * A receipt's file name for a goal whose run has no id of its own (a diff): the time and a random part, so that
     * two receipts of one millisecond (parallel builds, {@code -T}) do not take the same file.
     *
     * @param prefix e.g. {@code diff}
     * @return e.g. {@code diff-20261206T193000123Z-1f2e3d4c.json}
     */
    static String uniqueName(String prefix, Instant at) {
        return prefix + "-" + FILE_TIME.format(at) + "-"
                + UUID.randomUUID().toString().substring(0, 8) + ".json";
    }

    /** @return the writer, for the nested parts of a receipt */
    JsonWriter json() {
        return json;
    }

    ReceiptJson field(String name, String value) {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeValue(value);
        }
        return this;
    }

    ReceiptJson field(String name, long value) {
        json.writeFieldName(name).writeValue(value);
        return this;
    }

    ReceiptJson field(String name, boolean value) {
        json.writeFieldName(name).writeValue(value);
        return this;
    }

    ReceiptJson field(String name, Instant value) {
        return field(name, value == null ? null : value.toString());
    }

    /** Writes where the goal's calls went: region, endpoints (user information masked), the credentials' source. */
    ReceiptJson connection(Connection connection) {
        field("region", connection.region());
        field("glueEndpoint", connection.glueEndpointDescription());
        field("s3Endpoint", connection.s3EndpointDescription());
        field("credentials", connection.credentialsSource());
        return field("fake", connection.fake());
    }

    /**
     * Ends the receipt and writes it, whole or not at all.
     *
     * @return the file written
     */
    Path writeTo(Path file) throws IOException {
        json.writeEndObject();
        AtomicFiles.write(file, json.getBytes());
        return file;
    }
}
