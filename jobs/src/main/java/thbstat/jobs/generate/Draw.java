package thbstat.jobs.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;

/** Small random draws shared by the table generators. */
final class Draw {
  private Draw() {}

  /**
   * One independent random stream per (seed, table, year): a table's rows never shift another's.
   * The parts are hashed one after the other: a seed must not enter linearly, because
   * SplittableRandom steps its state by 0x9E3779B97F4A7C15, so seed × that constant made seed
   * n + 1 the stream of seed n one draw later (nearly the same extract).
   */
  static SplittableRandom stream(long seed, int table, int year) {
    return new SplittableRandom(mix(mix(mix(seed) + table) + year));
  }

  /** SplitMix64's finaliser: every input bit changes about half the output bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static boolean chance(SplittableRandom rng, double p) {
    return rng.nextDouble() < p;
  }

  /** Uniform in {@code from..to}, both inclusive. */
  static int between(SplittableRandom rng, int from, int to) {
    return rng.nextInt(from, to + 1);
  }

  static LocalDate dayOf(SplittableRandom rng, int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    return first.plusDays(rng.nextInt(first.lengthOfYear()));
  }

  /** A right-skewed delay: most values near {@code from}, a tail up to {@code to}. */
  static int skewed(SplittableRandom rng, int from, int to) {
    double u = Math.min(rng.nextDouble(), rng.nextDouble());
    return from + (int) Math.round(u * (to - from));
  }

  /** An amount in RSD with two decimals, between the bounds, rounded to whole hundreds. */
  static BigDecimal rsd(SplittableRandom rng, long from, long to) {
    long hundreds = rng.nextLong(from / 100, to / 100 + 1);
    return BigDecimal.valueOf(hundreds * 100).setScale(2);
  }

  static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
