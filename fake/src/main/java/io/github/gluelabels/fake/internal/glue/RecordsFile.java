package io.github.gluelabels.fake.internal.glue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the records a test gives a transform's input table: a UTF-8 CSV (RFC 4180: quotes, doubled quotes, line breaks
 * in quoted fields) whose header names the table's columns, a byte order mark at its start skipped as the labeling
 * file reader skips it. Small files only: it is read whole.
 */
final class RecordsFile {

    private RecordsFile() {}

    /**
     * @param in the file's bytes; read to the end and closed
     * @param source where they come from, for messages
     * @return the records
     * @throws IllegalArgumentException naming the source and the record when the file has no header or a record has
     *     another number of fields than the header has columns, or a quote is not closed
     */
    static InputRecords read(InputStream in, String source) {
        String text;
        try (in) {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The records file " + source + " is not UTF-8: " + e, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = parse(text, source);
        if (rows.isEmpty() || rows.get(0).stream().allMatch(String::isEmpty)) {
            throw new IllegalArgumentException("The records file " + source + " has no header naming its columns");
        }
        List<String> columns = rows.get(0);
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).size() != columns.size()) {
                throw new IllegalArgumentException("Record " + i + " of the records file " + source + " has "
                        + rows.get(i).size() + " fields, its header has " + columns.size() + " columns");
            }
        }
        return new InputRecords(columns, rows.subList(1, rows.size()));
    }

    private static List<List<String>> parse(String text, String source) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("The records file " + source + " ends inside a quoted field");
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
