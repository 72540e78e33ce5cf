package thbstat.jobs.protect;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static thbstat.jobs.protect.Fixtures.PERIOD;
import static thbstat.jobs.protect.Fixtures.catalogue;
import static thbstat.jobs.protect.Fixtures.dim;
import static thbstat.jobs.protect.Fixtures.indicator;
import static thbstat.jobs.protect.Fixtures.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.model.Dimension;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/**
 * A year of identified victims at Serbian scale (tens to a few hundred persons), counted from
 * generated persons into five linked publication tables, one of them over the multi-valued
 * EXPLOITATION: prints the protection time and checks the audit.
 */
class RealisticScaleTest {
  static final List<String> REGIONS = new ArrayList<>();

  static {
    for (int i = 1; i <= 27; i++) {
      REGIONS.add(String.format("PU%02d", i));
    }
  }

  static final List<Dimension> DIMS = List.of(dim("SEX", false, "F", "M", "_U"),
      dim("AGE", false, "Y_LT18", "Y_GE18", "_U"), dim("CITIZENSHIP", false, "NAT", "EU", "NON_EU", "_U"),
      dim("EXPLOITATION", true, "SEXUAL", "LABOUR", "BEGGING", "CRIME", "MARRIAGE", "DOMESTIC", "OTHER"),
      dim("REGION", false, REGIONS.toArray(String[]::new)));

  /** A person: one code per dimension, a set for EXPLOITATION. */
  record Person(String sex, String age, String cit, Set<String> forms, String region) {
    boolean in(String dimension, String code) {
      if (code.equals("_T")) {
        return true;
      }
      switch (dimension) {
        case "SEX": return sex.equals(code);
        case "AGE": return age.equals(code);
        case "CITIZENSHIP": return cit.equals(code);
        case "EXPLOITATION": return forms.contains(code);
        case "REGION": return region.equals(code);
        default: return false;
      }
    }
  }

  @Test
  void protectsAYearAtScale() {
    List<String> dims = List.of("SEX", "AGE", "CITIZENSHIP", "EXPLOITATION", "REGION");
    Catalogue cat = catalogue(DIMS,
        List.of(indicator("VIC_IDENTIFIED", 3, dims, List.of("SEX", "AGE", "CITIZENSHIP", "REGION"))),
        List.of(table("SEX_AGE", "VIC_IDENTIFIED", List.of("SEX"), List.of("AGE")),
            table("SEX_EXPL", "VIC_IDENTIFIED", List.of("EXPLOITATION"), List.of("SEX")),
            table("CIT_AGE", "VIC_IDENTIFIED", List.of("CITIZENSHIP"), List.of("AGE")),
            table("REGION_SEX", "VIC_IDENTIFIED", List.of("REGION"), List.of("SEX")),
            table("REGION_AGE", "VIC_IDENTIFIED", List.of("REGION"), List.of("AGE"))));
    DisclosureControl dc = new DisclosureControl(cat);
    for (int persons : new int[] {40, 80, 160, 320}) {
      IndicatorTable in = internal(cat, persons(new Random(persons), persons));
      long t0 = System.nanoTime();
      Protection p = dc.protect(in, PERIOD);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      int c = p.tables().stream().mapToInt(TableProtection::primary).sum();
      int d = p.tables().stream().mapToInt(TableProtection::secondary).sum();
      System.out.printf("%d persons: %d published cells, %d primary, %d secondary (per table, shared cells counted"
          + " in each), protect %d ms%n", persons, p.publicTable().cells().size(), c, d, ms);
      p.tables().forEach(t -> System.out.println("  " + t));
      AuditReport audit = DisclosureAudit.audit(p.publicTable(), p.rulesForManifest());
      assertTrue(audit.passed(), audit.failures().toString());
    }
  }

  static List<Person> persons(Random rnd, int n) {
    List<Person> out = new ArrayList<>();
    String[] forms = {"SEXUAL", "LABOUR", "BEGGING", "CRIME", "MARRIAGE", "DOMESTIC", "OTHER"};
    for (int i = 0; i < n; i++) {
      Set<String> f = new HashSet<>();
      f.add(forms[Math.min(rnd.nextInt(10), 6) / 2 * 2 % 7]);
      if (rnd.nextDouble() < 0.2) {
        f.add(forms[rnd.nextInt(7)]);
      }
      double u = rnd.nextDouble();
      out.add(new Person(u < 0.7 ? "F" : u < 0.98 ? "M" : "_U", rnd.nextDouble() < 0.4 ? "Y_LT18" : "Y_GE18",
          rnd.nextDouble() < 0.8 ? "NAT" : rnd.nextDouble() < 0.3 ? "EU" : "NON_EU", f,
          REGIONS.get(Math.min(rnd.nextInt(40), 26))));
    }
    return out;
  }

  /** Every published cell counted from the persons (the engine's output for those cells, zeros left out). */
  static IndicatorTable internal(Catalogue cat, List<Person> persons) {
    DisclosureControl probe = new DisclosureControl(cat);
    IndicatorTable empty = new IndicatorTable(cat.outputDimensions(), List.of());
    List<IndicatorCell> cells = new ArrayList<>();
    List<String> out = cat.outputDimensions();
    for (IndicatorCell shape : probe.protect(empty, PERIOD).publicTable().cells()) {
      long n = persons.stream().filter(p -> {
        for (int i = 0; i < out.size(); i++) {
          String code = shape.codes().get(i);
          if (!code.equals("_Z") && !p.in(out.get(i), code)) {
            return false;
          }
        }
        return true;
      }).count();
      if (n > 0) {
        cells.add(new IndicatorCell(shape.indicator(), PERIOD, shape.codes(), BigDecimal.valueOf(n), "PS", "F", n));
      }
    }
    return new IndicatorTable(out, cells);
  }
}
