package org.crms.application.fakes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.crms.application.port.out.AttemptCounter;

/** Attempt counts in a map keyed by key and window. */
public final class InMemoryAttemptCounter implements AttemptCounter {
  private record Window(String key, Instant start) {}

  private final Map<Window, Long> counts = new HashMap<>();

  @Override
  public long increment(String key, Instant windowStart) {
    return counts.merge(new Window(key, windowStart), 1L, Long::sum);
  }

  @Override
  public long count(String key, Instant windowStart) {
    return counts.getOrDefault(new Window(key, windowStart), 0L);
  }

  @Override
  public void forgetBefore(Instant instant) {
    counts.keySet().removeIf(w -> w.start().isBefore(instant));
  }

  public int windows() {
    return counts.size();
  }
}
