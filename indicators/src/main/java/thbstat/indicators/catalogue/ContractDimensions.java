package thbstat.indicators.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.yaml.snakeyaml.nodes.Node;
import thbstat.indicators.contract.Codes;
import thbstat.indicators.model.Dimension;

/**
 * The dimensions whose codes CONTRACT.md §2 fixes: the catalogue may relabel them, never recode
 * them. Each is checked by running its rule over every input value the contract allows.
 */
final class ContractDimensions {
  private ContractDimensions() {}

  private record Rule(String column, boolean multi, List<String> codes, List<String> inputs,
      Function<String, String> expected) {}

  private static final Map<String, Rule> RULES = rules();

  private static Map<String, Rule> rules() {
    Map<String, Rule> r = new LinkedHashMap<>();
    r.put("SEX", new Rule("sex", false, List.of("F", "M", "_U"), List.of("f", "m", "u", ""),
        v -> v.isEmpty() || v.equals("u") ? "_U" : upper(v)));
    List<String> ages = new ArrayList<>(IntStream.rangeClosed(0, 110).mapToObj(Integer::toString).toList());
    ages.add("");
    r.put("AGE", new Rule("age", false, List.of("Y_LT18", "Y_GE18", "_U"), ages,
        v -> v.isEmpty() ? "_U" : Integer.parseInt(v) < 18 ? "Y_LT18" : "Y_GE18"));
    List<String> countries = new ArrayList<>(Codes.countries());
    countries.add("");
    r.put("CITIZENSHIP", new Rule("citizenship", false, List.of("NAT", "EU", "NON_EU", "_U"), countries,
        v -> v.isEmpty() || v.equals("XXX") ? "_U" : v.equals("SRB") ? "NAT"
            : Codes.EU27.contains(v) ? "EU" : "NON_EU"));
    r.put("EXPLOITATION", new Rule("exploitation", true, upper(Codes.EXPLOITATION), withEmpty(Codes.EXPLOITATION),
        v -> v.isEmpty() ? null : upper(v)));
    r.put("EXPLOITATION_GROUP", new Rule("exploitation", true, List.of("SEXUAL", "LABOUR", "OTHER"),
        withEmpty(Codes.EXPLOITATION),
        v -> v.isEmpty() ? null : v.equals("sexual") ? "SEXUAL"
            : v.equals("labour") || v.equals("domestic_servitude") ? "LABOUR" : "OTHER"));
    r.put("SCOPE", new Rule("exploitation_country", false, List.of("INTERNAL", "TRANSNATIONAL", "_U"), countries,
        v -> v.isEmpty() || v.equals("XXX") ? "_U" : v.equals("SRB") ? "INTERNAL" : "TRANSNATIONAL"));
    r.put("REGION", plain("police_admin", Codes.POLICE_ADMIN));
    r.put("REFERRED_BY", plain("referred_by", Codes.REFERRED_BY));
    r.put("OUTCOME", plain("status", Codes.VICTIM_STATUS.stream().filter(s -> !s.equals("pending")).toList()));
    r.put("OFFENCE", plain("offence", Codes.OFFENCE));
    r.put("INSTITUTION", plain("institution", Codes.INSTITUTION));
    return r;
  }

  private static Rule plain(String column, List<String> inputs) {
    return new Rule(column, false, upper(inputs), inputs, ContractDimensions::upper);
  }

  private static List<String> withEmpty(List<String> codes) {
    List<String> out = new ArrayList<>(codes);
    out.add("");
    return out;
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  private static List<String> upper(List<String> l) {
    return l.stream().map(ContractDimensions::upper).toList();
  }

  static boolean isContract(String id) {
    return RULES.containsKey(id);
  }

  /** Reports every way {@code d} departs from the contract's coding. */
  static void check(Dimension d, Problems problems, Node at) {
    Rule rule = RULES.get(d.id());
    if (rule == null) {
      return;
    }
    String what = "dimension " + d.id() + " (fixed by the data contract)";
    if (!rule.column().equals(d.column())) {
      problems.at(at, what + ": column must be '" + rule.column() + "', not '" + d.column() + "'");
      return;
    }
    if (rule.multi() != d.multi()) {
      problems.at(at, what + ": multi must be " + rule.multi());
    }
    Set<String> want = new LinkedHashSet<>(rule.codes());
    Set<String> have = new LinkedHashSet<>(d.codes());
    if (!want.equals(have)) {
      problems.at(at, what + ": codes must be " + String.join(", ", rule.codes()) + ", not "
          + String.join(", ", d.codes()));
      return;
    }
    List<String> wrong = new ArrayList<>();
    for (String v : rule.inputs()) {
      String expected = rule.expected().apply(v);
      String actual = d.codeOf(v);
      if (!Objects.equals(expected, actual)) {
        wrong.add((v.isEmpty() ? "(empty)" : v) + " → " + actual + " (contract: " + expected + ")");
      }
    }
    if (!wrong.isEmpty()) {
      problems.at(at, what + ": " + wrong.size() + " input value(s) coded against the contract, e.g. "
          + String.join("; ", wrong.subList(0, Math.min(3, wrong.size()))));
    }
  }
}
