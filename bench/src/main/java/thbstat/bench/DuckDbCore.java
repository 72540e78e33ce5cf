package thbstat.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 15 core indicators of CONTRACT.md §2 for one calendar year, written by hand in DuckDB SQL
 * over the clean Parquet — independent of thbstat's catalogue and engine — as the reference for
 * the benchmark: every cell (each dimension at a code or {@code _T}, with at least one person) and
 * its value.
 *
 * <p>Multi-valued dimensions: each unit becomes one row holding, per dimension, the list of its
 * codes plus {@code _T}; units with the same lists are counted together (the fine grain), then
 * every list is unnested (a cross product), so a unit counts once under each of its codes and once
 * in {@code _T}. Medians are exact ({@code quantile_cont(x, 0.5)}).
 */
final class DuckDbCore {
  private static final String EU = "'AUT','BEL','BGR','HRV','CYP','CZE','DNK','EST','FIN','FRA','DEU','GRC','HUN',"
      + "'IRL','ITA','LVA','LTU','LUX','MLT','NLD','POL','PRT','ROU','SVK','SVN','ESP','SWE'";
  private static final String TRAFFICKING = "offence IN ('cc388','cc389','cc390')";

  /** One indicator's query: its dimensions in output order and the SQL giving (codes..., value). */
  record Query(String indicator, List<String> dimensions, String sql) {}

  private final Path cleanDir;
  private final int year;

  DuckDbCore(Path cleanDir, int year) {
    this.cleanDir = cleanDir;
    this.year = year;
  }

  /** Cell key (see {@link Benchmark#key}) → value, for every cell of the 15 core indicators. */
  Map<String, BigDecimal> run(List<String> outputDims, int threads, String memoryLimit) throws SQLException {
    Map<String, BigDecimal> cells = new LinkedHashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("SET threads = " + threads);
      s.execute("SET memory_limit = '" + memoryLimit + "'");
      s.execute("SET preserve_insertion_order = false");
      for (String t : List.of("victims", "proceedings", "trainings")) {
        Path f = cleanDir.resolve(t + ".parquet").toAbsolutePath();
        s.execute("CREATE VIEW " + t + " AS SELECT * FROM read_parquet('"
            + (java.nio.file.Files.isDirectory(f) ? f + "/*.parquet" : f.toString()) + "')");
      }
      for (Query q : queries()) {
        try (ResultSet rs = s.executeQuery(q.sql())) {
          int n = q.dimensions().size();
          while (rs.next()) {
            Map<String, String> codes = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
              codes.put(q.dimensions().get(i), rs.getString(i + 1));
            }
            String v = rs.getString(n + 1);
            if (v == null) {
              continue;
            }
            cells.put(Benchmark.key(q.indicator(), codes, outputDims), new BigDecimal(v));
          }
        } catch (SQLException e) {
          throw new SQLException(q.indicator() + ": " + e.getMessage(), e);
        }
      }
    }
    return cells;
  }

  List<Query> queries() {
    String from = "DATE '" + year + "-01-01'";
    String to = "DATE '" + year + "-12-31'";
    String decidedInYear = "decision_date BETWEEN " + from + " AND " + to;
    List<Query> q = new ArrayList<>();

    // Victims: victim_id is unique, so a person is a row.
    q.add(count("VIC_REPORTED", "victims", "report_date BETWEEN " + from + " AND " + to,
        dims("SEX", sex(), "AGE", age(), "REFERRED_BY", "upper(referred_by)", "REGION", "upper(police_admin)")));
    q.add(count("VIC_IDENTIFIED", "victims", "status = 'identified' AND " + decidedInYear,
        dims("SEX", sex(), "AGE", age(), "CITIZENSHIP", citizenship(), "EXPLOITATION", "*" + exploitation(),
            "REGION", "upper(police_admin)", "SCOPE", scope())));
    q.add(count("VIC_REGISTERED", "victims", "status IN ('identified','presumed') AND " + decidedInYear,
        dims("SEX", sex(), "AGE", age(), "CITIZENSHIP", citizenship(), "EXPLOITATION_GROUP", "*" + exploitationGroup())));
    q.add(count("VIC_DECISIONS", "victims", "status <> 'pending' AND " + decidedInYear,
        dims("REFERRED_BY", "upper(referred_by)", "OUTCOME", "upper(status)")));
    q.add(new Query("NRM_DAYS_TO_IDENTIFICATION", List.of("REFERRED_BY"),
        "SELECT c, quantile_cont(v, 0.5) FROM (SELECT [upper(referred_by), '_T'] AS l, "
            + "date_diff('day', report_date, decision_date) AS v FROM victims WHERE status = 'identified' AND "
            + decidedInYear + "), unnest(l) AS u(c) GROUP BY c"));
    q.add(count("VIC_REFLECTION_PERIOD", "victims", "status = 'identified' AND reflection_period AND " + decidedInYear,
        dims("CITIZENSHIP", citizenship())));
    q.add(count("VIC_RESIDENCE_PERMIT", "victims", "status = 'identified' AND residence_permit AND " + decidedInYear,
        dims("CITIZENSHIP", citizenship())));
    q.add(count("VIC_COMPENSATION_AWARDED", "victims",
        "status = 'identified' AND compensation_awarded_rsd > 0 AND " + decidedInYear,
        dims("SEX", sex(), "AGE", age())));

    // Criminal justice: a person's codes are the sets over the person's qualifying rows.
    String natural = "person_type = 'natural' AND " + TRAFFICKING;
    Map<String, String> cj = dims("SEX", sex(), "OFFENCE", "upper(offence)", "CITIZENSHIP", citizenship());
    q.add(persons("CJ_SUSPECTED", natural + " AND complaint_date BETWEEN " + from + " AND " + to, cj));
    q.add(persons("CJ_PROSECUTED", natural + " AND indictment_date BETWEEN " + from + " AND " + to, cj));
    q.add(persons("CJ_CONVICTED",
        natural + " AND final_outcome = 'convicted' AND final_date BETWEEN " + from + " AND " + to, cj));
    q.add(new Query("CJ_PRISON_MONTHS_MEDIAN", List.of("OFFENCE"),
        "SELECT c, quantile_cont(prison_months, 0.5) FROM (SELECT [upper(offence), '_T'] AS l, prison_months "
            + "FROM proceedings WHERE " + natural + " AND final_outcome = 'convicted' AND sentence = 'prison' "
            + "AND final_date BETWEEN " + from + " AND " + to + "), unnest(l) AS u(c) GROUP BY c"));
    // Percent half away from zero to one decimal, in exact integer arithmetic.
    q.add(new Query("CJ_PROACTIVE_SHARE", List.of(),
        "SELECT CAST((2000 * num + den) // (2 * den) AS DECIMAL(18,0)) / 10 FROM ("
            + "SELECT count(*) AS den, count(*) FILTER (WHERE proactive) AS num FROM ("
            + "SELECT person_id, bool_or(initiated_by = 'proactive') AS proactive FROM proceedings WHERE " + natural
            + " AND complaint_date BETWEEN " + from + " AND " + to + " GROUP BY person_id)) WHERE den > 0"));
    q.add(new Query("CJ_FINANCIAL_INVESTIGATIONS", List.of(),
        "SELECT count(*) FROM (SELECT case_id, min(complaint_date) AS first FROM proceedings WHERE " + TRAFFICKING
            + " AND financial_investigation AND complaint_date IS NOT NULL GROUP BY case_id) "
            + "WHERE first BETWEEN " + from + " AND " + to + " HAVING count(*) > 0"));

    // Trainings: participants by sex (f, m), summed.
    q.add(new Query("CAP_TRAINED", List.of("INSTITUTION", "SEX"),
        "SELECT i, s, sum(p) FROM ("
            + "SELECT [upper(institution), '_T'] AS li, ['F', '_T'] AS ls, participants_f AS p FROM trainings "
            + "WHERE start_date BETWEEN " + from + " AND " + to
            + " UNION ALL SELECT [upper(institution), '_T'], ['M', '_T'], participants_m FROM trainings "
            + "WHERE start_date BETWEEN " + from + " AND " + to + "), unnest(li) AS u1(i), unnest(ls) AS u2(s) "
            + "GROUP BY i, s"));
    return q;
  }

  /**
   * Distinct rows of a table whose key is unique per row (victims): codes per row, fine grain,
   * unnest. A code expression starting with {@code *} is already a list.
   */
  private static Query count(String indicator, String table, String where, Map<String, String> dims) {
    List<String> lists = new ArrayList<>();
    for (String expr : dims.values()) {
      lists.add(expr.startsWith("*") ? "list_append(" + expr.substring(1) + ", '_T')" : "[" + expr + ", '_T']");
    }
    return crossProduct(indicator, dims, "SELECT " + aliased(lists) + " FROM " + table + " WHERE " + where);
  }

  /** Distinct person_id of proceedings: per person, the set of codes over the qualifying rows. */
  private static Query persons(String indicator, String where, Map<String, String> dims) {
    List<String> lists = new ArrayList<>();
    for (String expr : dims.values()) {
      lists.add("list_append(list_distinct(list(" + expr + ")), '_T')");
    }
    return crossProduct(indicator, dims,
        "SELECT " + aliased(lists) + " FROM proceedings WHERE " + where + " GROUP BY person_id");
  }

  private static Query crossProduct(String indicator, Map<String, String> dims, String units) {
    int n = dims.size();
    StringBuilder l = new StringBuilder();
    StringBuilder unnest = new StringBuilder();
    StringBuilder c = new StringBuilder();
    for (int i = 0; i < n; i++) {
      l.append(i == 0 ? "" : ", ").append("l").append(i);
      unnest.append(", unnest(l").append(i).append(") AS u").append(i).append("(c").append(i).append(")");
      c.append("c").append(i).append(", ");
    }
    String sql = "WITH units AS (" + units + "), fine AS (SELECT " + l + ", count(*) AS n FROM units GROUP BY ALL) "
        + "SELECT " + c + "sum(n) FROM fine" + unnest + " GROUP BY ALL";
    return new Query(indicator, List.copyOf(dims.keySet()), sql);
  }

  private static String aliased(List<String> lists) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lists.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(lists.get(i)).append(" AS l").append(i);
    }
    return b.toString();
  }

  private static Map<String, String> dims(String... idAndExpr) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < idAndExpr.length; i += 2) {
      m.put(idAndExpr[i], idAndExpr[i + 1]);
    }
    return m;
  }

  private static String sex() {
    return "CASE sex WHEN 'f' THEN 'F' WHEN 'm' THEN 'M' ELSE '_U' END";
  }

  private static String age() {
    return "CASE WHEN age IS NULL THEN '_U' WHEN age < 18 THEN 'Y_LT18' ELSE 'Y_GE18' END";
  }

  private static String citizenship() {
    return "CASE WHEN citizenship IS NULL OR citizenship = 'XXX' THEN '_U' WHEN citizenship = 'SRB' THEN 'NAT' "
        + "WHEN citizenship IN (" + EU + ") THEN 'EU' ELSE 'NON_EU' END";
  }

  private static String scope() {
    return "CASE WHEN exploitation_country IS NULL OR exploitation_country IN ('', 'XXX') THEN '_U' "
        + "WHEN exploitation_country = 'SRB' THEN 'INTERNAL' ELSE 'TRANSNATIONAL' END";
  }

  private static String exploitation() {
    return "list_distinct(list_transform(coalesce(exploitation, []::VARCHAR[]), x -> upper(x)))";
  }

  private static String exploitationGroup() {
    return "list_distinct(list_transform(coalesce(exploitation, []::VARCHAR[]), x -> CASE WHEN x = 'sexual' "
        + "THEN 'SEXUAL' WHEN x IN ('labour', 'domestic_servitude') THEN 'LABOUR' ELSE 'OTHER' END))";
  }
}
