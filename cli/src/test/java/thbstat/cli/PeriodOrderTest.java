package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import thbstat.indicators.period.Period;

/** Which periods a run protects first, and which it computes, for protecting a year after its quarters. */
class PeriodOrderTest {
  @Test
  void eachYearsQuartersAreProtectedBeforeTheYear() {
    assertEquals(Period.parseList("2024-Q1,2024-Q4,2024,2025-Q2,2025"),
        RunCommand.protectionOrder(Period.parseList("2025,2024,2024-Q4,2025-Q2,2024-Q1")));
  }

  @Test
  void aYearAloneComputesOnlyItself() {
    assertEquals(Period.parseList("2025"), RunCommand.withYearsInvolved(Period.parseList("2025"), Set.of()));
  }

  @Test
  void aYearWithAQuarterPublishedBeforeComputesAllItsQuarters() {
    assertEquals(Period.parseList("2025,2025-Q1,2025-Q2,2025-Q3,2025-Q4"),
        RunCommand.withYearsInvolved(Period.parseList("2025"), Set.of("2025-Q1")));
    // a quarter requested with its year: the year's other quarters too; another year stays alone
    assertEquals(Period.parseList("2024,2025-Q4,2025,2025-Q1,2025-Q2,2025-Q3"),
        RunCommand.withYearsInvolved(Period.parseList("2024,2025-Q4,2025"), Set.of()));
  }
}
