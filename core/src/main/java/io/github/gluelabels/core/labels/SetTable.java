package io.github.gluelabels.core.labels;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The labeling sets of a summary and the distinct labels of each, in about 40 bytes a set plus its id's UTF-8 bytes:
 * ids packed into one byte array, an open-addressing hash table of set numbers, and per set its first label's number
 * and a bit for each other label numbered below 64 (labels repeat across sets, so a file rarely has more; the others
 * go to a side map). A {@code HashMap<String, String[]>} took some 240 bytes a set, which at a million labels was
 * most of the heap a download needed. Exact: ids are compared byte for byte. Not thread-safe.
 */
final class SetTable {

    /** Set number + 1 per slot, 0 for an empty slot; a power of two long, at most half full. */
    private int[] slots = new int[64];

    private int size;
    /** Per set: the hash of its id, where its id starts in {@link #bytes} (the next set's start is where it ends). */
    private int[] hashes = new int[32];

    private int[] starts = new int[33];
    private byte[] bytes = new byte[256];
    /** Per set: its first label; a bit for each other label numbered below 64. */
    private int[] first = new int[32];

    private long[] others = new long[32];
    /** Per set with other labels numbered 64 or more: those. */
    private final Map<Integer, int[]> more = new HashMap<>();

    /** @return the number of sets */
    int size() {
        return size;
    }

    /** Adds a label to a set, making the set when it is new. */
    void add(String id, int label) {
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        add(key, 0, key.length, label);
    }

    /** Adds a label to the set whose id is the {@code length} bytes of {@code id} from {@code offset} (UTF-8). */
    void add(byte[] id, int offset, int length, int label) {
        add(hash(id, offset, length), id, offset, length, label);
    }

    /** The same, with the id's {@link #hash}, e.g. from another table. */
    void add(int hash, byte[] id, int offset, int length, int label) {
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int taken = slots[slot];
            if (taken == 0) {
                slots[slot] = newSet(hash, id, offset, length, label) + 1;
                if (2 * size > slots.length) {
                    rehash();
                }
                return;
            }
            int set = taken - 1;
            if (hashes[set] == hash
                    && Arrays.equals(bytes, starts[set], starts[set + 1], id, offset, offset + length)) {
                addLabel(set, label);
                return;
            }
        }
    }

    private int newSet(int hash, byte[] id, int offset, int length, int label) {
        int set = size;
        if (set == hashes.length) {
            int grown = set + (set >> 1);
            hashes = Arrays.copyOf(hashes, grown);
            starts = Arrays.copyOf(starts, grown + 1);
            first = Arrays.copyOf(first, grown);
            others = Arrays.copyOf(others, grown);
        }
        int start = starts[set];
        if (start + length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(start + length, bytes.length + (bytes.length >> 1)));
        }
        System.arraycopy(id, offset, bytes, start, length);
        starts[set + 1] = start + length;
        hashes[set] = hash;
        first[set] = label;
        others[set] = 0;
        size++;
        return set;
    }

    private void addLabel(int set, int label) {
        if (first[set] == label) {
            return;
        }
        if (label < Long.SIZE) {
            others[set] |= 1L << label;
            return;
        }
        int[] after = more.get(set);
        if (after == null) {
            more.put(set, new int[] {label});
            return;
        }
        for (int known : after) {
            if (known == label) {
                return;
            }
        }
        int[] grown = Arrays.copyOf(after, after.length + 1);
        grown[after.length] = label;
        more.put(set, grown);
    }

    private void rehash() {
        int[] grown = new int[slots.length * 2];
        int mask = grown.length - 1;
        for (int set = 0; set < size; set++) {
            int slot = hashes[set] & mask;
            while (grown[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            grown[slot] = set + 1;
        }
        slots = grown;
    }

    /** @return the number of distinct labels of a set, 0 &lt;= set &lt; {@link #size()} */
    int distinctLabels(int set) {
        int[] after = more.isEmpty() ? null : more.get(set);
        return 1 + Long.bitCount(others[set]) + (after == null ? 0 : after.length);
    }

    /**
     * About the heap this table holds, in bytes, counted from its arrays' lengths: what a summary compares with its
     * budget.
     */
    long memory() {
        long arrays = 4L * slots.length + (4L + 4 + 4 + 8) * hashes.length + 4 + bytes.length;
        return arrays + 96L * more.size();
    }

    /** @return the hash of a set's id, 0 &lt;= set &lt; {@link #size()}; its highest bits pick its spill partition */
    int hash(int set) {
        return hashes[set];
    }

    /** @return the bytes the ids are packed in; a set's id is from {@link #idStart} to {@link #idEnd} */
    byte[] idBytes() {
        return bytes;
    }

    int idStart(int set) {
        return starts[set];
    }

    int idEnd(int set) {
        return starts[set + 1];
    }

    /** Gives each distinct label of a set, the first label first. */
    void forEachLabel(int set, IntConsumer action) {
        action.accept(first[set]);
        for (long bits = others[set]; bits != 0; bits &= bits - 1) {
            action.accept(Long.numberOfTrailingZeros(bits));
        }
        int[] after = more.isEmpty() ? null : more.get(set);
        if (after != null) {
            for (int label : after) {
                action.accept(label);
            }
        }
    }

    /** FNV-1a over the bytes, mixed so that the low bits the table uses depend on all of them. */
    static int hash(byte[] id, int offset, int length) {
        int h = 0x811C9DC5;
        for (int i = offset; i < offset + length; i++) {
            h = (h ^ id[i]) * 0x01000193;
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }
}
