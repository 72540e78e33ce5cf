package thbstat.indicators.period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {
  private static List<String> list(String text) {
    return Period.parseList(text).stream().map(Period::toString).toList();
  }

  @Test
  void singlePeriodsAndLists() {
    assertEquals(List.of("2024"), list("2024"));
    assertEquals(List.of("2024-Q3"), list(" 2024-Q3 "));
    assertEquals(List.of("2023", "2025-Q1"), list("2023,2025-Q1"));
    assertEquals(List.of("2023", "2024"), list("2023, 2024, 2023"));
  }

  @Test
  void yearAndQuarterRanges() {
    assertEquals(List.of("2019", "2020", "2021"), list("2019..2021"));
    assertEquals(List.of("2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"), list("2024-Q3..2025-Q2"));
    assertEquals(List.of("2024", "2020", "2021"), list("2024,2020..2021"));
    assertEquals(List.of("2025"), list("2025..2025"));
  }

  @Test
  void errorsSayWhatIsWrong() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Period.parseList("2024-Q5")).getMessage()
        .contains("is not a period"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Period.parseList("2025..2019")).getMessage()
        .contains("ends before it starts"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Period.parseList("2024..2025-Q1")).getMessage()
        .contains("mixes a year and a quarter"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Period.parseList("2024,,2025")).getMessage()
        .contains("empty period"));
    assertThrows(IllegalArgumentException.class, () -> Period.parseList("24"));
    assertThrows(IllegalArgumentException.class, () -> Period.parseList("2024-Q0"));
  }

  @Test
  void boundsAndNeighbours() {
    Period q = Period.parse("2024-Q1");
    assertEquals(LocalDate.of(2024, 1, 1), q.start());
    assertEquals(LocalDate.of(2024, 3, 31), q.end());
    assertEquals("2023-Q4", q.previous().toString());
    assertEquals("2023-Q1", q.yearBefore().toString());
    assertTrue(Period.year(2024).contains(LocalDate.of(2024, 12, 31)));
  }
}
