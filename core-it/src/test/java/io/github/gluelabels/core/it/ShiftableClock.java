package io.github.gluelabels.core.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock, moved forward by a test: for a fake whose objects must look older than a run. */
final class ShiftableClock extends Clock {

  private volatile Duration shift = Duration.ZERO;

  void shift(Duration more) {
    shift = shift.plus(more);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(shift);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("ShiftableClock is UTC only");
  }
}
