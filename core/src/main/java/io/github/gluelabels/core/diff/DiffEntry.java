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
 */
// String[] rather than List<String>: millions are made and compared; equals and hashCode below compare the contents
@SuppressWarnings("ArrayRecordComponent")
record DiffEntry(String setId, String[] key, String label) {

    /** By set id, then key value by key value, then label; the order both sides are sorted in and joined by. */
    static final Comparator<DiffEntry> ORDER = DiffEntry::compare;

    /** About the heap one entry takes besides its strings' characters: the objects and their headers. */
    private static final int OVERHEAD = 64;

    private static final int STRING_OVERHEAD = 48;

    static int compare(DiffEntry a, DiffEntry b) {
        int bySet = a.setId.compareTo(b.setId);
        if (bySet != 0) {
            return bySet;
        }
        int byKey = compareKeys(a.key, b.key);
        return byKey != 0 ? byKey : a.label.compareTo(b.label);
    }

    static int compareKeys(String[] a, String[] b) {
        for (int i = 0; i < a.length; i++) {
            int byValue = a[i].compareTo(b[i]);
            if (byValue != 0) {
                return byValue;
            }
        }
        return 0;
    }

    /** @return about the heap the entry takes, in bytes, counting each character as two (not all strings are Latin-1) */
    long memory() {
        long bytes = OVERHEAD + 4L * key.length + size(setId) + size(label);
        for (String value : key) {
            bytes += size(value);
        }
        return bytes;
    }

    private static long size(String value) {
        return STRING_OVERHEAD + 2L * value.length();
    }

    /** Writes the entry: each string as its UTF-8 length (an int) and bytes; the number of key values is known. */
    void write(DataOutputStream out) throws IOException {
        writeString(out, setId);
        writeString(out, label);
        for (String value : key) {
            writeString(out, value);
        }
    }

    /** @return the next entry written by {@link #write}, or {@code null} at the end of the stream */
    static DiffEntry read(RunInput in, int keySize) throws IOException {
        if (in.atEnd()) {
            return null;
        }
        String setId = in.readString();
        String label = in.readString();
        String[] key = new String[keySize];
        for (int i = 0; i < keySize; i++) {
            key[i] = in.readString();
        }
        return new DiffEntry(setId, key, label);
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    // a record with an array component: equality by content, for tests and the join
    @Override
    public boolean equals(Object other) {
        return other instanceof DiffEntry entry
                && setId.equals(entry.setId)
                && label.equals(entry.label)
                && Arrays.equals(key, entry.key);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * setId.hashCode() + label.hashCode()) + Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return setId + " " + Arrays.toString(key) + " " + label;
    }
}
