package io.github.gluelabels.core.diff;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * One label of one side, as the diff sorts it: the labeling set, the record's identity (its key values, in the order of
 * {@link ColumnPlan#keyColumns()}) and the label. Sorted by set, then key, then label, so that the labels of one
 * record in one set come together, each side's in the same order.
 *
 * <p>Held as UTF-8 bytes, not strings: millions are made, sorted, written to runs, read back and compared, and a
 * diff's time went mostly to encoding and decoding strings (and its heap to their headers). The bytes are the fields
 * in sort order — set, key values, label — each as its length (a big-endian int) and its bytes, exactly as a run
 * stores the entry; only what the join reports is decoded. Fields compare as unsigned bytes, which is the order of
 * their code points.
 */
final class DiffEntry {

    /** By set id, then key value by key value, then label; the order both sides are sorted in and joined by. */
    static final Comparator<DiffEntry> ORDER = DiffEntry::compare;

    private final byte[] data;

    private DiffEntry(byte[] data) {
        this.data = data;
    }

    /**
     * @param fields the fields of a record read from a file, as UTF-8; only the first {@code lengths[i]} bytes of
     *     {@code fields[i]} are the field's
     * @param lengths the fields' lengths
     * @param setIndex the field that holds the labeling set id
     * @param labelIndex the field that holds the label
     * @param keyIndices the fields that identify the record, in key order
     * @return the entry of that record
     */
    static DiffEntry of(byte[][] fields, int[] lengths, int setIndex, int labelIndex, int[] keyIndices) {
        byte[] data = new byte[size(lengths, setIndex, labelIndex, keyIndices)];
        encode(data, 0, fields, lengths, setIndex, labelIndex, keyIndices);
        return new DiffEntry(data);
    }

    /** @return the number of bytes the entry of those fields takes, as {@link #encode} writes it */
    static int size(int[] lengths, int setIndex, int labelIndex, int[] keyIndices) {
        int size = 4 * (keyIndices.length + 2) + lengths[setIndex] + lengths[labelIndex];
        for (int index : keyIndices) {
            size += lengths[index];
        }
        return size;
    }

    /** Writes the entry of those fields into {@code data} from {@code at}: {@link #size} bytes. */
    static void encode(
            byte[] data, int at, byte[][] fields, int[] lengths, int setIndex, int labelIndex, int[] keyIndices) {
        int next = put(data, at, fields[setIndex], lengths[setIndex]);
        for (int index : keyIndices) {
            next = put(data, next, fields[index], lengths[index]);
        }
        put(data, next, fields[labelIndex], lengths[labelIndex]);
    }

    /** @return the entry whose bytes are {@code data[from, to)}, copied */
    static DiffEntry copyOf(byte[] data, int from, int to) {
        return new DiffEntry(Arrays.copyOfRange(data, from, to));
    }

    /** @return the entry of a record whose fields are already strings (a file read strictly) */
    static DiffEntry of(String setId, String[] key, String label) {
        byte[][] fields = new byte[key.length + 2][];
        int[] lengths = new int[fields.length];
        int[] keyIndices = new int[key.length];
        fields[0] = setId.getBytes(StandardCharsets.UTF_8);
        fields[1] = label.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < key.length; i++) {
            fields[i + 2] = key[i].getBytes(StandardCharsets.UTF_8);
            keyIndices[i] = i + 2;
        }
        for (int i = 0; i < fields.length; i++) {
            lengths[i] = fields[i].length;
        }
        return of(fields, lengths, 0, 1, keyIndices);
    }

    private static int put(byte[] data, int at, byte[] field, int length) {
        putInt(data, at, length);
        System.arraycopy(field, 0, data, at + 4, length);
        return at + 4 + length;
    }

    /** Writes {@code value} big-endian, as {@code DataOutputStream.writeInt} does, into {@code data} at {@code at}. */
    static void putInt(byte[] data, int at, int value) {
        data[at] = (byte) (value >>> 24);
        data[at + 1] = (byte) (value >>> 16);
        data[at + 2] = (byte) (value >>> 8);
        data[at + 3] = (byte) value;
    }

    /** @return the big-endian int at {@code at} */
    static int length(byte[] data, int at) {
        return ((data[at] & 0xFF) << 24)
                | ((data[at + 1] & 0xFF) << 16)
                | ((data[at + 2] & 0xFF) << 8)
                | (data[at + 3] & 0xFF);
    }

    /** @return the order of the two entries: set, then key, then label */
    static int compare(DiffEntry a, DiffEntry b) {
        return compareFields(a, b, Integer.MAX_VALUE);
    }

    /** @return the order of the two entries' sets */
    static int compareSets(DiffEntry a, DiffEntry b) {
        return compareFields(a, b, 1);
    }

    /** @return the order of the two entries' sets and then keys, their labels left out */
    static int compareRecords(DiffEntry a, DiffEntry b, int keySize) {
        return compareFields(a, b, 1 + keySize);
    }

    /** Compares the first {@code fields} fields (all when there are fewer), each as unsigned bytes. */
    private static int compareFields(DiffEntry a, DiffEntry b, int fields) {
        return compare(a.data, 0, a.data.length, b.data, 0, b.data.length, fields);
    }

    /**
     * Compares two entries' bytes, {@code x[xFrom, xTo)} and {@code y[yFrom, yTo)}, by their first {@code fields}
     * fields (all when there are fewer), each as unsigned bytes.
     */
    static int compare(byte[] x, int xFrom, int xTo, byte[] y, int yFrom, int yTo, int fields) {
        int i = xFrom;
        int j = yFrom;
        for (int field = 0; field < fields && i < xTo; field++) {
            int xLength = length(x, i);
            int yLength = length(y, j);
            int order = Arrays.compareUnsigned(x, i + 4, i + 4 + xLength, y, j + 4, j + 4 + yLength);
            if (order != 0) {
                return order;
            }
            i += 4 + xLength;
            j += 4 + yLength;
        }
        return 0;
    }

    /** @return the labeling set id */
    String setId() {
        return decode(0);
    }

    /** @return the key values, in key order */
    String[] key(int keySize) {
        String[] key = new String[keySize];
        int at = skip(0);
        for (int i = 0; i < keySize; i++) {
            key[i] = decode(at);
            at = skip(at);
        }
        return key;
    }

    /** @return the label, the last field */
    String label() {
        return decode(lastField(data));
    }

    /** @return whether the label equals another entry's */
    boolean sameLabel(DiffEntry other) {
        int at = lastField(data);
        int otherAt = lastField(other.data);
        return Arrays.equals(data, at, data.length, other.data, otherAt, other.data.length);
    }

    private static int lastField(byte[] data) {
        int at = 0;
        for (int next = at + 4 + length(data, at); next < data.length; next = next + 4 + length(data, next)) {
            at = next;
        }
        return at;
    }

    private int skip(int at) {
        return at + 4 + length(data, at);
    }

    private String decode(int at) {
        return new String(data, at + 4, length(data, at), StandardCharsets.UTF_8);
    }

    /** @return the entry's bytes, as a run stores them after their length; not a copy: not to be changed */
    byte[] bytes() {
        return data;
    }

    /** Writes the entry: the length of its bytes (an int), then the bytes. */
    void write(DataOutputStream out) throws IOException {
        out.writeInt(data.length);
        out.write(data);
    }

    /** @return the next entry written by {@link #write}, or {@code null} at the end of the stream */
    static DiffEntry read(RunInput in) throws IOException {
        if (in.atEnd()) {
            return null;
        }
        return new DiffEntry(in.readBytes());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiffEntry entry && Arrays.equals(data, entry.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int at = 0; at < data.length; at = skip(at)) {
            text.append(text.length() == 0 ? "" : " ").append(decode(at));
        }
        return text.toString();
    }
}
