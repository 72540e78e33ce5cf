package thbstat.cli.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Times the stages of a run, for the manifest. */
public final class StageClock {
  private final Map<String, Double> seconds = new LinkedHashMap<>();

  public <T> T time(String stage, Supplier<T> work) {
    long started = System.nanoTime();
    try {
      return work.get();
    } finally {
      seconds.put(stage, Math.round((System.nanoTime() - started) / 1e7) / 100.0);
    }
  }

  public Map<String, Double> seconds() {
    return Map.copyOf(seconds);
  }
}
