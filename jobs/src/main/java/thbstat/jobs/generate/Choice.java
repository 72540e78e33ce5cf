package thbstat.jobs.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;

/** A weighted choice among codes, drawn with a seeded random so the output is reproducible. */
final class Choice {
  private final String[] codes;
  private final double[] cumulative;

  private Choice(List<String> codes, List<Double> weights) {
    this.codes = codes.toArray(new String[0]);
    this.cumulative = new double[weights.size()];
    double sum = 0;
    for (int i = 0; i < weights.size(); i++) {
      sum += weights.get(i);
      cumulative[i] = sum;
    }
  }

  /** Codes with their weights; the map's insertion order is kept, so draws never depend on hashing. */
  static Choice of(LinkedHashMap<String, Double> weights) {
    return new Choice(new ArrayList<>(weights.keySet()), new ArrayList<>(weights.values()));
  }

  /** Pairs {@code code, weight, code, weight, …}. */
  static Choice of(Object... pairs) {
    LinkedHashMap<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue());
    }
    return of(m);
  }

  /** Every code of {@code all} (so none is ever missing) with weight 1 unless the pairs say otherwise. */
  static Choice over(List<String> all, Object... pairs) {
    LinkedHashMap<String, Double> m = new LinkedHashMap<>();
    for (String code : all) {
      m.put(code, 1.0);
    }
    for (int i = 0; i < pairs.length; i += 2) {
      if (m.put((String) pairs[i], ((Number) pairs[i + 1]).doubleValue()) == null) {
        throw new IllegalArgumentException("not a code of the list: " + pairs[i]);
      }
    }
    return of(m);
  }

  String pick(SplittableRandom rng) {
    double x = rng.nextDouble() * cumulative[cumulative.length - 1];
    for (int i = 0; i < cumulative.length; i++) {
      if (x < cumulative[i]) {
        return codes[i];
      }
    }
    return codes[codes.length - 1];
  }

  List<String> codes() {
    return List.of(codes);
  }
}
