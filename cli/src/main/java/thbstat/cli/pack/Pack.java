package thbstat.cli.pack;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import thbstat.indicators.hash.Sha256;
import thbstat.indicators.period.Period;
import thbstat.reports.model.ReportBuilder;
import thbstat.reports.model.ReportKind;

/**
 * The layout of an export pack ({@code thbstat-P.zip}): which entries it holds, under which
 * names, in which order. Writer and verifier both read it from here.
 */
public final class Pack {
  /**
   * The pack's format, recorded in the manifest's {@code pack} section. Format 2 added the
   * workbooks' chart sheets and the optional signature; format 3 named the bulletin's tables B1–B3
   * (Q1–Q3 before); format 4 wrote the Action Plan's baseline year as a number and worded its
   * statuses in Serbian "u skladu s planom", "u riziku", "znatno zaostaje" ("prema planu",
   * "ugroženo", "zaostaje" before). A pack of an earlier format still verifies: format 1's
   * workbooks without charts, the bulletins of formats 1 and 2 under their Q ids, the Action Plan
   * cells of formats 1 to 3 as they printed them ({@link #cellBefore4}) or as they are printed now.
   */
  public static final String FORMAT = "thbstat-pack/4";
  static final String FORMAT_1 = "thbstat-pack/1";
  static final String FORMAT_2 = "thbstat-pack/2";
  static final String FORMAT_3 = "thbstat-pack/3";
  /** Every format {@code verify} reads, oldest first. */
  static final List<String> FORMATS = List.of(FORMAT_1, FORMAT_2, FORMAT_3, FORMAT);

  /** The Serbian (Latin) status words of the formats before 4, by today's. */
  private static final Map<String, String> STATUSES_BEFORE_4 = Map.of("u skladu s planom", "prema planu",
      "u riziku", "ugroženo", "znatno zaostaje", "zaostaje");

  /**
   * A cell as packs of the formats before 4 printed it: a year as text, a Serbian status in the
   * words of then (in either script).
   */
  static thbstat.reports.model.ReportCell cellBefore4(thbstat.reports.model.ReportCell c) {
    if (!c.isText()) {
      return c;
    }
    if (c.value() != null) {
      return thbstat.reports.model.ReportCell.text(c.text());
    }
    for (Map.Entry<String, String> e : STATUSES_BEFORE_4.entrySet()) {
      if (c.text().equals(e.getKey())) {
        return thbstat.reports.model.ReportCell.text(e.getValue());
      }
      String cyrillic = thbstat.indicators.i18n.Transliterator.toCyrillic(e.getKey());
      if (c.text().equals(cyrillic)) {
        return thbstat.reports.model.ReportCell.text(thbstat.indicators.i18n.Transliterator.toCyrillic(e.getValue()));
      }
    }
    return c;
  }
  public static final String MANIFEST = "manifest.json";
  /** The Ed25519 signature of manifest.json, raw, when the pack is signed. */
  public static final String SIGNATURE = "manifest.json.sig";
  public static final String PUBLIC_TABLE = "indicators-public.csv";
  public static final String CATALOGUE = "indicators.yaml";
  public static final String DATA_QUALITY = "data-quality.json";
  /** Earlier periods' public tables that the reports show beside the reference period. */
  public static final String HISTORY = "history/";
  public static final String REPORTS = "reports/";

  private Pack() {}

  public static String fileName(Period period) {
    return "thbstat-" + period + ".zip";
  }

  /** The entry of an earlier period's public table. */
  public static String historyTable(String period) {
    return HISTORY + period + "/" + PUBLIC_TABLE;
  }

  /** The bulletin's table ids in packs of the formats before 3: B1 was Q1, B2 Q2, B3 Q3. */
  static Map<String, String> bulletinIdsBefore3() {
    Map<String, String> ids = new LinkedHashMap<>();
    List<String> now = ReportBuilder.BULLETIN_TABLES;
    for (int i = 0; i < now.size(); i++) {
      ids.put(now.get(i), "Q" + (i + 1));
    }
    return ids;
  }

  /** The reports a period's pack carries: those made for its kind of period. */
  public static List<ReportKind> reportKinds(Period period) {
    return ReportKind.forPeriod(period);
  }

  /** Where an entry goes in the zip: manifest and signature first, then tables, catalogue, data quality, reports. */
  static int rank(String entry) {
    List<String> fixed = Arrays.asList(MANIFEST, SIGNATURE, PUBLIC_TABLE);
    int i = fixed.indexOf(entry);
    if (i >= 0) {
      return i;
    }
    if (entry.startsWith(HISTORY)) {
      return 3;
    }
    if (entry.equals(CATALOGUE)) {
      return 4;
    }
    if (entry.equals(DATA_QUALITY)) {
      return 5;
    }
    return 6;
  }

  static String sha256(byte[] bytes) {
    return Sha256.of(bytes);
  }
}
