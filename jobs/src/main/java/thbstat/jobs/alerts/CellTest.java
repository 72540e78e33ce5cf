package thbstat.jobs.alerts;

import java.util.function.LongToDoubleFunction;

/**
 * The test of one cell in one quarter: what the history leads one to expect, and the p-value an
 * observed count would have. Every test is exact for counts (no normal approximation), and
 * {@link #p} falls as the count rises, so {@link #bound} can search it.
 *
 * @param expected the expected count (history mean, last year's count, or n × the history share)
 * @param pOf observed count → one-sided p-value (upper tail; for silence P(0))
 */
public record CellTest(double expected, LongToDoubleFunction pOf) {

  public double p(long observed) {
    return pOf.applyAsDouble(observed);
  }

  /**
   * Poisson counts with a rate estimated from {@code history}: the exact conditional test. Given
   * the total S + x of the n history quarters and the tested one, x is Binomial(S + x, 1/(n+1))
   * when the rate did not change; p = P(X ≥ x). Unlike a plug-in Poisson(mean) tail, it accounts
   * for the mean itself being estimated from a few small counts.
   */
  public static CellTest poisson(long[] history) {
    long s = sum(history);
    int n = history.length;
    return new CellTest((double) s / n, x -> Tails.binomialUpper(x, s + x, 1.0 / (n + 1)));
  }

  /**
   * Overdispersed counts: negative binomial with the history's mean and a size from the method of
   * moments (variance = mean + mean²/size); a history without extra variance falls back to the
   * Poisson(mean) tail. The mean is plugged in, so keep this for histories of 8+ quarters.
   */
  public static CellTest negativeBinomial(long[] history) {
    int n = history.length;
    double mean = (double) sum(history) / n;
    double var = 0;
    for (long h : history) {
      var += (h - mean) * (h - mean);
    }
    var = n > 1 ? var / (n - 1) : 0;
    double floor = Math.max(mean, 0.5 / n);
    if (var <= mean) {
      return new CellTest(mean, x -> Tails.poissonUpper(x, floor));
    }
    double size = mean * mean / (var - mean);
    return new CellTest(mean, x -> Tails.negativeBinomialUpper(x, floor, size));
  }

  /**
   * Change against the same quarter of the previous k years: given x + S (S their sum), x is
   * Binomial(x + S, 1/(k+1)) when the rate did not change (the exact comparison of Poisson
   * counts); k = 1 is the classic comparison with last year. Pooling several years keeps one
   * unusual year from becoming the yardstick.
   */
  public static CellTest yearOnYear(long... sameQuarterEarlierYears) {
    int k = sameQuarterEarlierYears.length;
    if (k == 0) {
      throw new IllegalArgumentException("yoy needs at least one earlier year");
    }
    long s = sum(sameQuarterEarlierYears);
    return new CellTest((double) s / k, x -> Tails.binomialUpper(x, x + s, 1.0 / (k + 1)));
  }

  /**
   * A share against the pooled share of the history: Fisher's exact test, one-sided, of the 2×2
   * table (this quarter / history) × (in the numerator / not).
   */
  public static CellTest share(long[] numeratorHistory, long[] denominatorHistory, long denominator) {
    long kh = sum(numeratorHistory);
    long nh = sum(denominatorHistory);
    double expected = nh == 0 ? 0 : denominator * (double) kh / nh;
    return new CellTest(expected,
        x -> Tails.hypergeometricUpper(x, nh + denominator, kh + x, denominator));
  }

  /**
   * A cell that usually has records and has none: given the history total S over n quarters, the
   * chance that the tested quarter gets none of S + 0 records when the rate did not change is
   * (n/(n+1))^S.
   */
  public static CellTest silence(long[] history) {
    long s = sum(history);
    int n = history.length;
    return new CellTest((double) s / n, x -> x > 0 ? 1.0 : Math.pow((double) n / (n + 1), s));
  }

  /** The least count, at least {@code minCount}, whose p-value reaches {@code cutoff}; -1 if none below 1e6. */
  public long bound(double cutoff, long minCount) {
    long lo = Math.max(minCount, 0);
    if (p(lo) <= cutoff) {
      return lo;
    }
    long hi = Math.max(lo + 1, 2 * (long) Math.ceil(expected) + 8);
    while (p(hi) > cutoff) {
      if (hi > 1_000_000) {
        return -1;
      }
      hi *= 2;
    }
    while (hi - lo > 1) {
      long mid = (lo + hi) >>> 1;
      if (p(mid) <= cutoff) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  static long sum(long[] xs) {
    long s = 0;
    for (long x : xs) {
      s += x;
    }
    return s;
  }
}
