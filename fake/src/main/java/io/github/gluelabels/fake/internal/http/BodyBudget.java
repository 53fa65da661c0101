package io.github.gluelabels.fake.internal.http;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One memory budget across all request bodies in flight: a body is taken only when the bytes it announces (or, without
 * a length, the bytes read so far) fit in what is left, and gives them back once its request is answered. So however
 * many clients upload at once, bodies never hold more heap than the budget; a request that does not fit is refused at
 * once with a retryable error, before its body is read.
 */
public final class BodyBudget {

    private final long limit;
    private final AtomicLong taken = new AtomicLong();

    /** @param limit the most bytes all bodies in flight may hold together */
    public BodyBudget(long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a body budget must be at least 1 byte, was " + limit);
        }
        this.limit = limit;
    }

    /** @return the most bytes all bodies in flight may hold together */
    public long limit() {
        return limit;
    }

    /** @return the bytes taken now */
    public long taken() {
        return taken.get();
    }

    /**
     * Takes bytes from the budget, if they fit.
     *
     * @param bytes how many; 0 always fits
     * @return whether they were taken (then {@link #giveBack} them)
     */
    boolean tryTake(long bytes) {
        if (bytes <= 0) {
            return true;
        }
        while (true) {
            long now = taken.get();
            if (now + bytes > limit) {
                return false;
            }
            if (taken.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    /** @param bytes bytes taken earlier, given back */
    void giveBack(long bytes) {
        if (bytes > 0) {
            taken.addAndGet(-bytes);
        }
    }

    /** @return a new hold on this budget, for one request */
    Hold hold() {
        return new Hold();
    }

    /** The bytes one request holds: taken as its body comes, given back once, whichever way the request ends. */
    final class Hold {
        private long bytes;
        private boolean released;

        /**
         * @param more bytes to add to the hold
         * @return whether they fit in the budget (false once the hold is released)
         */
        synchronized boolean take(long more) {
            if (released || !tryTake(more)) {
                return false;
            }
            bytes += Math.max(more, 0);
            return true;
        }

        /** @param fewer bytes of the hold no longer needed, given back now */
        synchronized void giveBack(long fewer) {
            long given = Math.min(Math.max(fewer, 0), bytes);
            if (!released && given > 0) {
                bytes -= given;
                BodyBudget.this.giveBack(given);
            }
        }

        /** Gives back everything held; calling it again does nothing. */
        synchronized void release() {
            if (!released) {
                released = true;
                BodyBudget.this.giveBack(bytes);
                bytes = 0;
            }
        }
    }
}
