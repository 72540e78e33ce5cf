package thbstat.jobs.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tails against values computed independently (scipy.stats, to 1e-12 relative). */
class TailsTest {
  private static void close(double expected, double actual) {
    assertEquals(expected, actual, Math.abs(expected) * 1e-9 + 1e-15);
  }

  @Test
  void poisson() {
    // History mean 2.0, observed 9: P(X >= 9 | Poisson(2)) = 1 - sum_{k<9} e^-2 2^k / k!
    close(2.374473282611617e-4, Tails.poissonUpper(9, 2.0));
    close(1.0, Tails.poissonUpper(0, 2.0));
    close(1 - Math.exp(-2.0), Tails.poissonUpper(1, 2.0));
  }

  @Test
  void binomial() {
    close(0.002386089408966118, Tails.binomialUpper(7, 20, 0.1));
    // The conditional Poisson test: S = 24 over 12 quarters, x = 9 → Binomial(33, 1/13)
    close(6.610017714364959e-4, Tails.binomialUpper(9, 33, 1.0 / 13));
    close(299.0 / 4096, Tails.binomialUpper(9, 12, 0.5)); // (220 + 66 + 12 + 1) / 2^12
  }

  @Test
  void negativeBinomialAndFisher() {
    // mean 3, size 2: P(X >= 10)
    close(0.030233088, Tails.negativeBinomialUpper(10, 3.0, 2.0));
    // 130 units, 22 with the property, 30 drawn: P(X >= 10)
    close(0.009451511668527717, Tails.hypergeometricUpper(10, 130, 22, 30));
  }

  @Test
  void farTailsKeepTheirDigits() {
    double p = Tails.poissonUpper(40, 2.0);
    assertEquals(true, p > 0 && p < 1e-25);
  }
}
