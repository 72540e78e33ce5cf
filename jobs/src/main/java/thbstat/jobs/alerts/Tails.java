package thbstat.jobs.alerts;

/**
 * Exact upper tails of the discrete distributions the rules test with. Tails are summed term by
 * term from the far side of the mode, so a p-value of 1e-12 keeps its digits.
 */
public final class Tails {
  private Tails() {}

  /** P(X ≥ k) for X ~ Poisson(mean). */
  public static double poissonUpper(long k, double mean) {
    if (k <= 0) {
      return 1.0;
    }
    if (mean <= 0) {
      return 0.0;
    }
    if (k <= mean) {
      double lower = 0;
      for (long j = 0; j < k; j++) {
        lower += Math.exp(j * Math.log(mean) - mean - logFactorial(j));
      }
      return clamp(1 - lower);
    }
    double sum = 0;
    for (long j = k; ; j++) {
      double t = Math.exp(j * Math.log(mean) - mean - logFactorial(j));
      sum += t;
      if (t < sum * 1e-17 || j > k + 100_000) {
        return clamp(sum);
      }
    }
  }

  /** P(X ≥ k) for X ~ Binomial(n, p). */
  public static double binomialUpper(long k, long n, double p) {
    if (k <= 0) {
      return 1.0;
    }
    if (k > n || p <= 0) {
      return 0.0;
    }
    if (p >= 1) {
      return 1.0;
    }
    if (k <= n * p) {
      double lower = 0;
      for (long j = 0; j < k; j++) {
        lower += Math.exp(logBinomialPmf(j, n, p));
      }
      return clamp(1 - lower);
    }
    double sum = 0;
    for (long j = k; j <= n; j++) {
      double t = Math.exp(logBinomialPmf(j, n, p));
      sum += t;
      if (t < sum * 1e-17) {
        break;
      }
    }
    return clamp(sum);
  }

  /** P(X ≥ k) for X negative binomial with the given mean and size r (variance mean + mean²/r). */
  public static double negativeBinomialUpper(long k, double mean, double size) {
    if (k <= 0) {
      return 1.0;
    }
    if (mean <= 0) {
      return 0.0;
    }
    double p = size / (size + mean);
    double lower = 0;
    for (long j = 0; j < k; j++) {
      lower += Math.exp(logGamma(j + size) - logGamma(size) - logFactorial(j)
          + size * Math.log(p) + j * Math.log1p(-p));
    }
    if (lower < 0.5) {
      return clamp(1 - lower);
    }
    double sum = 0;
    for (long j = k; j < k + 1_000_000; j++) {
      double t = Math.exp(logGamma(j + size) - logGamma(size) - logFactorial(j)
          + size * Math.log(p) + j * Math.log1p(-p));
      sum += t;
      if (t < sum * 1e-17) {
        break;
      }
    }
    return clamp(sum);
  }

  /**
   * Fisher's exact test, one-sided: of {@code total} units, {@code successes} have the property;
   * {@code drawn} of them fall in the tested group. P(X ≥ k) for X hypergeometric.
   */
  public static double hypergeometricUpper(long k, long total, long successes, long drawn) {
    long hi = Math.min(successes, drawn);
    long lo = Math.max(0, drawn - (total - successes));
    if (k <= lo) {
      return 1.0;
    }
    if (k > hi) {
      return 0.0;
    }
    double sum = 0;
    for (long j = k; j <= hi; j++) {
      sum += Math.exp(logChoose(successes, j) + logChoose(total - successes, drawn - j) - logChoose(total, drawn));
    }
    return clamp(sum);
  }

  static double logBinomialPmf(long j, long n, double p) {
    return logChoose(n, j) + j * Math.log(p) + (n - j) * Math.log1p(-p);
  }

  static double logChoose(long n, long k) {
    return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
  }

  static double logFactorial(long n) {
    return logGamma(n + 1.0);
  }

  /** Lanczos approximation (g = 7, n = 9), relative error below 1e-14 for x > 0. */
  static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};
    double y = x - 1;
    double a = c[0];
    double t = y + 7.5;
    for (int i = 1; i < 9; i++) {
      a += c[i] / (y + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a);
  }

  private static double clamp(double p) {
    return Math.max(0.0, Math.min(1.0, p));
  }
}
