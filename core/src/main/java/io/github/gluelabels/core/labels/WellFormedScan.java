package io.github.gluelabels.core.labels;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts the labels of a labeling file that is plainly well formed, reading its bytes once, without decoding more than
 * the labeling set id and label of each record: several times faster than a CSV parser that makes a string of every
 * field, which matters for exports of millions of labels.
 *
 * <p>It gives up — returns {@code null} — at anything but the plain case: text that is not UTF-8, a quote that does
 * not open a field, text after a closing quote, a lone CR, a quoted field left open, an empty line, a record whose
 * field count differs from the header's, an empty set id or label, a header that does not start with
 * {@code labeling_set_id,label}. The caller then reads the file with {@link LabelingFileReader}, which says what is
 * wrong and where. On every file it does not give up on, it counts what {@link LabelingFileReader} (Commons CSV,
 * RFC 4180) reads: {@code LabelingFileScanTest} checks that on generated files full of quotes, line breaks and
 * multi-byte characters.
 */
final class WellFormedScan {

    private static final int BUFFER = 1 << 16;
    /** The bytes that only go into a field: outside quotes, ASCII but comma, quote, CR, LF; inside, ASCII but quote. */
    private static final boolean[] PLAIN = new boolean[256];

    private static final boolean[] PLAIN_QUOTED = new boolean[256];

    static {
        for (int b = 0; b < 0x80; b++) {
            PLAIN[b] = b != ',' && b != '"' && b != '\r' && b != '\n';
            PLAIN_QUOTED[b] = b != '"';
        }
    }

    /** Takes the fields kept of each record: the first {@code lengths.length} of its fields, as UTF-8 bytes. */
    interface RecordSink {
        void accept(byte[][] fields, int[] lengths);
    }

    private final String sourceName;
    private LabelSummaryBuilder summary;
    private List<String> header;
    /** Null when counting; else what takes every record, with all its fields kept. */
    private final RecordSink sink;

    /** The record being read: which field, and the bytes of the fields kept (the header's all, a record's first two). */
    private int field;

    private byte[][] kept = {new byte[64], new byte[64]};
    private int[] keptLength = new int[2];
    private byte[] headerField = new byte[64];
    private int headerFieldLength;
    private final List<String> headerFields = new ArrayList<>();

    /** Quoting: inside a quoted field; a quote just seen in one (it closes the field unless another follows). */
    private boolean quoted;

    private boolean quoteSeen;
    /** Whether the current field has begun: a quote opens a field only at its start. */
    private boolean fieldStarted;
    /** A CR was seen outside quotes: only LF may follow. */
    private boolean crSeen;

    private final Utf8Check utf8 = new Utf8Check();

    private WellFormedScan(String sourceName, RecordSink sink) {
        this.sourceName = sourceName;
        this.sink = sink;
    }

    /**
     * Reads every record of a plainly well-formed file into the sink, each with all its fields.
     *
     * @return the header, or {@code null} when the file is not plainly well formed: the sink may have taken some of its
     *     records by then
     */
    static List<String> records(InputStream in, String sourceName, RecordSink sink) throws IOException {
        WellFormedScan scan = new WellFormedScan(sourceName, sink);
        return scan.scanAll(in) ? scan.header : null;
    }

    /**
     * @param in the file's bytes; not closed
     * @param sourceName what to call the file in messages
     * @return the file's counts, or {@code null} when the file is not plainly well formed
     * @throws IOException when the stream cannot be read
     */
    static LabelSummaryBuilder count(InputStream in, String sourceName) throws IOException {
        WellFormedScan scan = new WellFormedScan(sourceName, null);
        LabelSummaryBuilder counted = null;
        try {
            counted = scan.scanAll(in) ? scan.summary : null;
            return counted;
        } finally {
            if (counted == null && scan.summary != null) {
                scan.summary.close(); // the careful reader counts again; a temporary file of this count goes now
            }
        }
    }

    private boolean scanAll(InputStream in) throws IOException {
        byte[] buffer = new byte[BUFFER];
        boolean first = true;
        int n;
        while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
            int start = 0;
            if (first) {
                first = false;
                // a byte order mark is not part of the first column's name
                if (n >= 3 && buffer[0] == (byte) 0xEF && buffer[1] == (byte) 0xBB && buffer[2] == (byte) 0xBF) {
                    start = 3;
                }
            }
            if (!scan(buffer, start, n)) {
                return false;
            }
        }
        if (quoted || crSeen || utf8.open()) {
            return false;
        }
        // the last record ends without a line break
        return !(fieldStarted || field > 0 || quoteSeen) || endRecord();
    }

    private boolean scan(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!utf8.open() && !crSeen && !quoteSeen) {
                i = plainRun(bytes, i, to);
                if (i == to) {
                    break;
                }
            }
            if (!take(bytes[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keeps a run of ASCII bytes that only go into the field (no comma, quote or line break outside quotes; no quote
     * inside), most of a file's bytes, in one go.
     *
     * @return where the run ends: the next byte to look at, or {@code to}
     */
    private int plainRun(byte[] bytes, int from, int to) {
        boolean[] plain = quoted ? PLAIN_QUOTED : PLAIN;
        int end = from;
        while (end < to && plain[bytes[end] & 0xFF]) {
            end++;
        }
        if (end > from) {
            keep(bytes, from, end);
        }
        return end;
    }

    /** Takes one byte that is not in a plain run; false when the file is not plainly well formed. */
    private boolean take(byte b) {
        if ((b < 0 || utf8.open()) && !utf8.accept(b & 0xFF)) {
            return false;
        }
        if (crSeen) {
            crSeen = false;
            return b == '\n' && endRecord();
        }
        if (quoted) {
            if (b == '"') {
                quoted = false;
                quoteSeen = true;
            } else {
                keep(b);
            }
            return true;
        }
        if (quoteSeen) {
            quoteSeen = false;
            if (b == '"') {
                // a doubled quote inside a quoted field stands for one quote
                keep(b);
                quoted = true;
                return true;
            }
            if (b != ',' && b != '\n' && b != '\r') {
                return false;
            }
        }
        switch (b) {
            case ',' -> endField();
            case '\n' -> {
                return endRecord();
            }
            case '\r' -> crSeen = true;
            case '"' -> {
                if (fieldStarted) {
                    return false;
                }
                fieldStarted = true;
                quoted = true;
            }
            default -> keep(b);
        }
        return true;
    }

    /** Keeps a run of bytes of the current field, as {@link #keep(byte)} does each. */
    private void keep(byte[] bytes, int from, int to) {
        int length = to - from;
        if (header == null) {
            if (headerFieldLength + length > headerField.length) {
                headerField = Arrays.copyOf(headerField, Math.max(headerField.length * 2, headerFieldLength + length));
            }
            System.arraycopy(bytes, from, headerField, headerFieldLength, length);
            headerFieldLength += length;
        } else if (field < kept.length) {
            int kept = keptLength[field];
            if (kept + length > this.kept[field].length) {
                this.kept[field] =
                        Arrays.copyOf(this.kept[field], Math.max(this.kept[field].length * 2, kept + length));
            }
            System.arraycopy(bytes, from, this.kept[field], kept, length);
            keptLength[field] = kept + length;
        }
        fieldStarted = true;
    }

    private void keep(byte b) {
        if (header == null) {
            if (headerFieldLength == headerField.length) {
                headerField = Arrays.copyOf(headerField, headerFieldLength * 2);
            }
            headerField[headerFieldLength++] = b;
        } else if (field < kept.length) {
            byte[] bytes = kept[field];
            int length = keptLength[field];
            if (length == bytes.length) {
                bytes = kept[field] = Arrays.copyOf(bytes, length * 2);
            }
            bytes[length] = b;
            keptLength[field] = length + 1;
        }
        fieldStarted = true;
    }

    private void endField() {
        if (header == null) {
            headerFields.add(new String(headerField, 0, headerFieldLength, StandardCharsets.UTF_8));
            headerFieldLength = 0;
        }
        field++;
        fieldStarted = false;
    }

    private void keepAllFields() {
        kept = new byte[header.size()][];
        for (int i = 0; i < kept.length; i++) {
            kept[i] = new byte[64];
        }
        keptLength = new int[kept.length];
    }

    /** Ends a record at its line break (or the end of the file); false when it is not one the reader would accept. */
    private boolean endRecord() {
        endField();
        int fields = field;
        field = 0;
        if (header == null) {
            header = List.copyOf(headerFields);
            if (header.size() < 2
                    || !header.get(0).equals(LabelingFileReader.LABELING_SET_ID)
                    || !header.get(1).equals(LabelingFileReader.LABEL)) {
                return false;
            }
            if (sink != null) {
                keepAllFields();
            } else {
                summary = new LabelSummaryBuilder().columns(sourceName, header);
            }
            return true;
        }
        if (fields != header.size() || keptLength[0] == 0 || keptLength[1] == 0) {
            return false;
        }
        if (sink != null) {
            sink.accept(kept, keptLength);
            Arrays.fill(keptLength, 0);
            return true;
        }
        // the set id as the bytes it came in (checked UTF-8 above): the summary keeps them as they are
        summary.add(kept[0], keptLength[0], new String(kept[1], 0, keptLength[1], StandardCharsets.UTF_8));
        keptLength[0] = 0;
        keptLength[1] = 0;
        return true;
    }
}
