package thbstat.jobs.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import thbstat.indicators.contract.Codes;
import thbstat.indicators.contract.Extract;
import thbstat.indicators.contract.ExtractColumn;
import thbstat.indicators.contract.ExtractTable;

/** Every generated row keeps the rules of CONTRACT.md §1 that can be checked cell by cell. */
class ContractRulesTest {
  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
  private static final Pattern ID = Pattern.compile("[VCPT]-(\\d{4}-)?\\d+");

  @Test
  void everyCellHasTheTypeAndCodesOfItsColumn() {
    List<String> problems = new ArrayList<>();
    for (ExtractTable t : Extract.TABLES) {
      List<Map<String, String>> rows = Generated.rows(Generated.scaleOne(), t.name());
      for (int i = 0; i < rows.size(); i++) {
        for (ExtractColumn c : t.columns()) {
          String v = rows.get(i).get(c.name());
          String why = check(c, v);
          if (why != null) {
            problems.add(t.name() + ":" + (i + 2) + ":" + c.name() + ": '" + v + "' " + why);
          }
        }
      }
    }
    assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())));
  }

  private static String check(ExtractColumn c, String v) {
    if (v.isEmpty()) {
      return c.required() ? "required" : null;
    }
    switch (c.type()) {
      case ID:
        return ID.matcher(v).matches() ? null : "not a pseudonym";
      case CODE:
        return c.isCountry() ? (Codes.isCountry(v) && v.equals(v.toUpperCase()) ? null : "not a country")
            : c.codes().contains(v) ? null : "not a code";
      case LIST:
        List<String> elements = List.of(v.split("\\|", -1));
        return c.codes().containsAll(elements) && new HashSet<>(elements).size() == elements.size()
            ? null : "bad list";
      case DATE:
        return LocalDate.parse(v).toString().equals(v) ? null : "not ISO";
      case INTEGER:
        int n = Integer.parseInt(v);
        return (c.min() == null || n >= c.min()) && (c.max() == null || n <= c.max()) ? null : "out of range";
      case DECIMAL:
        return DECIMAL.matcher(v).matches() && new BigDecimal(v).signum() >= 0 ? null : "not a decimal";
      case BOOLEAN:
        return v.equals("true") || v.equals("false") ? null : "not a boolean";
      default:
        return "unknown type";
    }
  }

  @Test
  void victimRules() {
    for (Map<String, String> r : Generated.rows(Generated.scaleOne(), "victims")) {
      String status = r.get("status");
      assertEquals(status.equals("pending"), r.get("decision_date").isEmpty(), r.toString());
      if (!status.equals("pending")) {
        assertFalse(date(r, "decision_date").isBefore(date(r, "report_date")), r.toString());
      }
      // Required for victims, and absent elsewhere so validation has nothing to warn about.
      boolean victim = status.equals("identified") || status.equals("presumed");
      assertEquals(victim, !r.get("exploitation").isEmpty(), r.toString());
      if (!r.get("compensation_awarded_rsd").isEmpty()) {
        assertEquals("true", r.get("compensation_claimed"), r.toString());
        assertTrue(r.get("compensation_awarded_rsd").matches("\\d+\\.\\d{2}"), r.toString());
      }
    }
  }

  @Test
  void proceedingRules() {
    for (Map<String, String> r : Generated.rows(Generated.scaleOne(), "proceedings")) {
      assertEquals(r.get("person_type").equals("natural"), !r.get("sex").isEmpty(), r.toString());
      assertEquals(r.get("first_instance_date").isEmpty(), r.get("first_instance_outcome").isEmpty(), r.toString());
      assertEquals(r.get("final_date").isEmpty(), r.get("final_outcome").isEmpty(), r.toString());
      assertEquals(r.get("final_outcome").equals("convicted"), !r.get("sentence").isEmpty(), r.toString());
      assertEquals(r.get("sentence").equals("prison"), !r.get("prison_months").isEmpty(), r.toString());
      LocalDate previous = date(r, "complaint_date");
      for (String step : List.of("indictment_date", "first_instance_date", "final_date")) {
        if (!r.get(step).isEmpty()) {
          assertFalse(date(r, step).isBefore(previous), step + " " + r);
          previous = date(r, step);
        }
      }
      // A judgment needs an indictment, a final judgment a first-instance one.
      assertTrue(r.get("first_instance_date").isEmpty() || !r.get("indictment_date").isEmpty(), r.toString());
      assertTrue(r.get("final_date").isEmpty() || !r.get("first_instance_date").isEmpty(), r.toString());
    }
  }

  @Test
  void trainingRules() {
    for (Map<String, String> r : Generated.rows(Generated.scaleOne(), "trainings")) {
      if (!r.get("end_date").isEmpty()) {
        assertFalse(date(r, "end_date").isBefore(date(r, "start_date")), r.toString());
      }
      if (!r.get("hours").isEmpty()) {
        assertTrue(new BigDecimal(r.get("hours")).signum() > 0, r.toString());
      }
      assertTrue(Integer.parseInt(r.get("participants_f")) + Integer.parseInt(r.get("participants_m")) > 0);
    }
  }

  @Test
  void keysAreUnique() {
    for (ExtractTable t : Extract.TABLES) {
      Set<List<String>> seen = new HashSet<>();
      for (Map<String, String> r : Generated.rows(Generated.scaleOne(), t.name())) {
        List<String> key = t.key().stream().map(r::get).toList();
        assertTrue(seen.add(key), t.name() + " duplicate key " + key);
      }
    }
  }

  @Test
  void everyCodeOfTheContractIsUsed() {
    // Keyed by the list's content: a code list shared by several columns (sex, exploitation,
    // police_admin) counts over all of them.
    Map<List<String>, Set<String>> used = new HashMap<>();
    for (ExtractTable t : Extract.TABLES) {
      for (ExtractColumn c : t.columns()) {
        if (!c.codes().isEmpty()) {
          used.putIfAbsent(c.codes(), new TreeSet<>());
        }
      }
      for (Map<String, String> r : Generated.rows(Generated.scaleOne(), t.name())) {
        for (ExtractColumn c : t.columns()) {
          if (!c.codes().isEmpty() && !r.get(c.name()).isEmpty()) {
            used.get(c.codes()).addAll(List.of(r.get(c.name()).split("\\|")));
          }
        }
      }
    }
    used.forEach((codes, seen) -> assertEquals(new TreeSet<>(codes), seen, "codes used of " + codes));
    Set<String> citizenships = new HashSet<>();
    Generated.rows(Generated.scaleOne(), "victims").forEach(r -> citizenships.add(r.get("citizenship")));
    assertTrue(citizenships.containsAll(List.of("SRB", "XKX", "XXA", "XXX", "ROU", "BIH")), citizenships.toString());
  }

  private static LocalDate date(Map<String, String> r, String column) {
    return LocalDate.parse(r.get(column));
  }
}
