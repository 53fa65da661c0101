package io.github.gluelabels.core.it;

import io.github.gluelabels.core.export.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A clock that stands still until something sleeps on it: every sleep is recorded and moves the clock on by exactly
 * its length. Waits measured with it are exact and cost no real time.
 */
final class FakeTime extends Clock implements Sleeper {

    static final Instant ORIGIN = Instant.parse("2026-03-01T10:00:00Z");

    private Instant now = ORIGIN;
    private final List<Duration> sleeps = new ArrayList<>();

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("FakeTime is UTC only");
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    /** @return every sleep, in order */
    synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** @return how much time passed since {@link #ORIGIN} */
    synchronized Duration elapsed() {
        return Duration.between(ORIGIN, now);
    }
}
