package thbstat.indicators.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import thbstat.indicators.model.Target.Direction;
import thbstat.indicators.model.Target.Status;

class TargetTest {
  /** Identified victims: baseline 66 in 2023, 75 expected in 2025, a 10% shortfall is at risk. */
  private final Target up = new Target(2023, 66, Map.of(2024, 70.0, 2025, 75.0), Direction.UP, 0.1);

  @Test
  void aDeclaredYearIsJudgedAgainstItsTarget() {
    // 75 × (1 − 0.1) = 67.5 is the lowest value still at risk
    assertEquals(Status.ON_TRACK, up.status(2025, 75).orElseThrow());
    assertEquals(Status.ON_TRACK, up.status(2025, 80).orElseThrow());
    assertEquals(Status.AT_RISK, up.status(2025, 70).orElseThrow());
    assertEquals(Status.AT_RISK, up.status(2025, 67.5).orElseThrow());
    assertEquals(Status.OFF_TRACK, up.status(2025, 67).orElseThrow());
  }

  @Test
  void betweenDeclaredYearsTheStraightLineHoldsAndAfterTheLastTargetItsValue() {
    Target sparse = new Target(2023, 10, Map.of(2027, 30.0), Direction.UP, 0.2);
    assertEquals(20.0, sparse.expected(2025).orElseThrow(), 1e-9);
    assertEquals(15.0, sparse.expected(2024).orElseThrow(), 1e-9);
    assertEquals(30.0, sparse.expected(2030).orElseThrow(), 1e-9);
    // 2025 expects 20: 16 is a 4 short = 20% → at risk; 15.9 is off track
    assertEquals(Status.AT_RISK, sparse.status(2025, 16).orElseThrow());
    assertEquals(Status.OFF_TRACK, sparse.status(2025, 15.9).orElseThrow());
  }

  @Test
  void downwardTargetsWantLessAndTheBaselineYearIsNotAssessed() {
    // days from complaint to final judgment: 1,000 expected in 2025, tolerance 10% → at most 1,100 at risk
    Target down = new Target(2023, 1100, Map.of(2024, 1050.0, 2025, 1000.0), Direction.DOWN, 0.1);
    assertEquals(Status.ON_TRACK, down.status(2025, 990).orElseThrow());
    assertEquals(Status.AT_RISK, down.status(2025, 1100).orElseThrow());
    assertEquals(Status.OFF_TRACK, down.status(2025, 1101).orElseThrow());
    assertTrue(down.status(2023, 900).isEmpty());
    assertTrue(down.status(2020, 900).isEmpty());
  }
}
