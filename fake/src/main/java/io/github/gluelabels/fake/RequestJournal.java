package io.github.gluelabels.fake;

import java.util.ArrayDeque;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The calls the fake answered, newest last, bounded: beyond its capacity the oldest entries are dropped, so that a
 * long-running fake keeps a bounded memory. A capacity of 0 turns the journal off.
 *
 * @since 0.1.0
 */
public final class RequestJournal {

    private final int capacity;
    private final ArrayDeque<JournalEntry> entries;
    private long dropped;
    /** Told of every entry as it is recorded, under this journal's lock; null when nobody follows. */
    private Consumer<JournalEntry> follower;

    RequestJournal(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("journal capacity must be 0 or more, was " + capacity);
        }
        this.capacity = capacity;
        this.entries = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    synchronized void record(JournalEntry entry) {
        if (capacity == 0) {
            return;
        }
        if (entries.size() == capacity) {
            entries.removeFirst();
            dropped++;
        }
        entries.addLast(entry);
        if (follower != null) {
            follower.accept(entry);
        }
    }

    /** Tells {@code follower} of every entry recorded from now on, in order (the standalone fake's journal file). */
    synchronized void follow(Consumer<JournalEntry> follower) {
        this.follower = follower;
    }

    /** @return every entry kept, oldest first */
    public synchronized List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    /**
     * @param operation an operation name
     * @return the entries of that operation, oldest first
     */
    public List<JournalEntry> entries(String operation) {
        return matching(e -> e.operation().equals(operation));
    }

    /**
     * @param filter which entries
     * @return the matching entries, oldest first
     */
    public synchronized List<JournalEntry> matching(Predicate<JournalEntry> filter) {
        return entries.stream().filter(filter).toList();
    }

    /**
     * @param operation an operation name
     * @return how many calls of it are kept
     */
    public int count(String operation) {
        return entries(operation).size();
    }

    /** @return how many entries were dropped because the journal was full */
    public synchronized long dropped() {
        return dropped;
    }

    /** @return the most entries kept */
    public int capacity() {
        return capacity;
    }

    /** Forgets every entry. */
    public synchronized void clear() {
        entries.clear();
        dropped = 0;
    }
}
