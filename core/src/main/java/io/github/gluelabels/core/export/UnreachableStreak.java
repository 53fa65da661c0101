package io.github.gluelabels.core.export;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Counts the status reads in a row that could not connect to Glue, and says when there were enough of them, for long
 * enough, to stop waiting (see {@link WaitOptions}). An answer of any kind, errors included, ends the streak. Not
 * thread-safe: one per wait.
 */
final class UnreachableStreak {

    private final int maxReads;
    private final Duration maxTime;
    private int reads;
    private Instant since;

    UnreachableStreak(WaitOptions options) {
        this.maxReads = options.maxUnreachableReads();
        this.maxTime = options.maxUnreachableTime();
    }

    /**
     * A status read failed to connect.
     *
     * @param readBegan when the read began (the streak's time counts from the first read's beginning, so that its
     *     connect timeouts count)
     * @param now when it failed
     * @return whether the wait should end: enough reads in a row, over long enough
     */
    boolean failedToConnect(Instant readBegan, Instant now) {
        if (reads++ == 0) {
            since = readBegan;
        }
        return reads >= maxReads && length(now).compareTo(maxTime) >= 0;
    }

    /** A read reached Glue (whatever it answered): the streak is over. */
    void reached() {
        reads = 0;
        since = null;
    }

    /** @return the reads in a row that failed to connect */
    int reads() {
        return reads;
    }

    /** @return how long since the first of them began */
    Duration length(Instant now) {
        return since == null ? Duration.ZERO : Duration.between(since, now);
    }

    /**
     * Whether a failure means that no connection could be made — connection refused, unknown host, no route, connect
     * timeout — as opposed to a connection that broke or an answer that was late or an error, which all show that
     * something is there.
     *
     * @param failure what a call threw
     * @return whether anything in its chain of causes is a failure to connect
     */
    static boolean isConnectFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException
                    || t instanceof PortUnreachableException) {
                return true;
            }
        }
        return isConnectTimeout(failure);
    }

    /**
     * @param failure what a call threw
     * @return whether anything in its chain of causes says that no connection was made within the connect timeout
     */
    static boolean isConnectTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // Apache HttpClient 4 and 5 each have a ConnectTimeoutException (an InterruptedIOException); the JDK's own
            // is a SocketTimeoutException saying "Connect timed out", while a read timeout says "Read timed out"
            if (t.getClass().getSimpleName().equals("ConnectTimeoutException")
                    || (t instanceof SocketTimeoutException
                            && String.valueOf(t.getMessage())
                                    .toLowerCase(Locale.ROOT)
                                    .startsWith("connect"))) {
                return true;
            }
        }
        return false;
    }
}
