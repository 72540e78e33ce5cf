package thbstat.cli.pack;

import java.util.Arrays;
import java.util.List;
import thbstat.indicators.hash.Sha256;
import thbstat.indicators.period.Period;
import thbstat.reports.model.ReportKind;

/**
 * The layout of an export pack ({@code thbstat-P.zip}): which entries it holds, under which
 * names, in which order. Writer and verifier both read it from here.
 */
public final class Pack {
  /**
   * The pack's format, recorded in the manifest's {@code pack} section. Format 2 added the
   * workbooks' chart sheets and the optional signature; a pack of format 1 still verifies, its
   * workbooks without charts.
   */
  public static final String FORMAT = "thbstat-pack/2";
  static final String FORMAT_1 = "thbstat-pack/1";
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
