package thbstat.reports.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import thbstat.indicators.hash.Sha256;
import thbstat.indicators.period.Period;
import thbstat.indicators.table.IndicatorTable;
import thbstat.reports.model.DataQuality;
import thbstat.reports.sdmx.IndicatorTableCsvReader;

/**
 * What {@code thbstat run} left under its output folder for the reports: the indicator tables of
 * the reference period and of the periods of the same kind before it, and the reference period's
 * manifest.
 *
 * @param tables period → its indicator table, oldest first, the reference period last
 * @param engineVersion thbstat version that made the tables
 * @param catalogueSha256 SHA-256 of the catalogue they were computed with
 * @param inputs input file → SHA-256
 * @param dataFile the files read (the tables of the reference period and of the earlier periods, the
 *     data-quality report) → SHA-256
 * @param dataQuality the data-quality report of the run that made the reference period
 *     ({@code FROM/P/data-quality.json}, see {@link #dataQuality}), or null
 *     when the folder has none
 */
public record RunOutput(Map<String, IndicatorTable> tables, String engineVersion, String catalogueSha256,
    Map<String, String> inputs, Map<String, String> dataFile, DataQuality dataQuality) {
  public static final String PUBLIC_FILE = "indicators-public.csv";
  public static final String INTERNAL_FILE = "indicators.csv";
  public static final String MANIFEST = "manifest.json";
  /** Where the ingest leaves the data-quality report, relative to the run's output folder. */
  public static final String DATA_QUALITY = "ingest/data-quality.json";
  /**
   * The copy {@code run} keeps in each period's folder: the report of the ingest that made that
   * period's tables, which a later run on another extract does not replace.
   */
  public static final String PERIOD_DATA_QUALITY = "data-quality.json";
  /** Earlier years read for the multi-year tables, the trend and the Action Plan. */
  public static final int YEARS_BACK = 4;
  /** Earlier quarters read: the bulletin shows the last eight quarters. */
  public static final int QUARTERS_BACK = 7;

  /** Without a data-quality report. */
  public RunOutput(Map<String, IndicatorTable> tables, String engineVersion, String catalogueSha256,
      Map<String, String> inputs, Map<String, String> dataFile) {
    this(tables, engineVersion, catalogueSha256, inputs, dataFile, null);
  }

  /** How many earlier periods the reports of {@code period} need: {@link #YEARS_BACK} or {@link #QUARTERS_BACK}. */
  public static int history(Period period) {
    return period.isYear() ? YEARS_BACK : QUARTERS_BACK;
  }

  /** {@link #read(Path, Period, boolean, int)} with the history the reports of the period need. */
  public static RunOutput read(Path from, Period period, boolean internal) throws IOException {
    return read(from, period, internal, history(period));
  }

  /**
   * Reads the reference period and up to {@code history} periods of its kind before it that the
   * folder holds.
   *
   * @throws IOException when the reference period's table or manifest is missing or unreadable
   */
  public static RunOutput read(Path from, Period period, boolean internal, int history) throws IOException {
    String file = internal ? INTERNAL_FILE : PUBLIC_FILE;
    Path dir = from.resolve(period.toString());
    Path table = dir.resolve(file);
    Path manifest = dir.resolve(MANIFEST);
    if (!Files.isRegularFile(table)) {
      throw new IOException(table + ": not found; run 'thbstat run --input EXTRACT --period " + period + " --out " + from
          + "' first");
    }
    if (!Files.isRegularFile(manifest)) {
      throw new IOException(manifest + ": not found; the run that wrote " + file + " did not finish");
    }
    Map<String, IndicatorTable> tables = new LinkedHashMap<>();
    for (Period p : earlier(from, period, file, history)) {
      tables.put(p.toString(), IndicatorTableCsvReader.read(from.resolve(p.toString()).resolve(file)));
    }
    tables.put(period.toString(), IndicatorTableCsvReader.read(table));
    JsonNode m = new ObjectMapper().readTree(manifest.toFile());
    Map<String, String> inputs = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = m.path("inputs").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      e.getValue().path("sha256").fields().forEachRemaining(h -> inputs.put(h.getKey(), h.getValue().asText()));
    }
    // every table the reports draw on, the earlier periods' too (their columns, trend and baselines)
    Map<String, String> read = new LinkedHashMap<>();
    for (String p : tables.keySet()) {
      read.put(p + "/" + file, sha256(from.resolve(p).resolve(file)));
    }
    Path dq = dataQuality(from, period);
    DataQuality quality = null;
    if (Files.isRegularFile(dq)) {
      quality = readDataQuality(dq);
      read.put(from.relativize(dq).toString().replace('\\', '/'), sha256(dq));
    }
    return new RunOutput(tables, m.path("engine").path("version").asText("unknown"),
        m.path("catalogue").path("sha256").asText("unknown"), inputs, read, quality);
  }

  /**
   * The data-quality report of the ingest that made {@code period}'s tables: the period's copy,
   * or, in a folder written before periods kept one, the ingest's (which may be a later run's).
   */
  public static Path dataQuality(Path from, Period period) {
    Path own = from.resolve(period.toString()).resolve(PERIOD_DATA_QUALITY);
    return Files.isRegularFile(own) ? own : from.resolve(DATA_QUALITY);
  }

  /**
   * Reads the rows read/accepted/quarantined and the unknown shares of each table from a
   * {@code data-quality.json} as the ingest writes it.
   *
   * @throws IOException when the file is not JSON or lacks the row counts of a table
   */
  public static DataQuality readDataQuality(Path file) throws IOException {
    return readDataQuality(file.toString(), Files.readAllBytes(file));
  }

  /** As {@link #readDataQuality(Path)}, from the bytes of a file named {@code file} (e.g. a zip entry). */
  public static DataQuality readDataQuality(String file, byte[] json) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new IOException(file + ": not a data-quality report: " + e.getMessage(), e);
    }
    List<DataQuality.TableRows> rows = new ArrayList<>();
    Map<String, Map<String, Double>> unknown = new LinkedHashMap<>();
    Map<String, Map<String, Map<String, Double>>> unknownByYear = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("tables").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> t = it.next();
      JsonNode r = t.getValue().path("rows");
      for (String key : List.of("read", "accepted", "quarantined")) {
        if (!r.path(key).canConvertToLong()) {
          throw new IOException(file + ": tables." + t.getKey() + ".rows." + key + " is missing or not a number");
        }
      }
      Map<String, DataQuality.YearRows> byYear = new LinkedHashMap<>();
      t.getValue().path("rows_by_year").fields().forEachRemaining(y -> byYear.put(y.getKey(),
          new DataQuality.YearRows(y.getValue().path("read").asLong(), y.getValue().path("quarantined").asLong())));
      JsonNode yearOf = t.getValue().path("year_of");
      rows.add(new DataQuality.TableRows(t.getKey(), r.path("read").asLong(), r.path("accepted").asLong(),
          r.path("quarantined").asLong(), yearOf.isTextual() ? yearOf.asText() : null, byYear));
      Map<String, Double> shares = new LinkedHashMap<>();
      t.getValue().path("unknown_share").fields().forEachRemaining(c -> shares.put(c.getKey(), c.getValue().asDouble()));
      unknown.put(t.getKey(), shares);
      Map<String, Map<String, Double>> years = new LinkedHashMap<>();
      t.getValue().path("unknown_share_by_year").fields().forEachRemaining(y -> {
        Map<String, Double> cols = new LinkedHashMap<>();
        y.getValue().fields().forEachRemaining(c -> cols.put(c.getKey(), c.getValue().asDouble()));
        years.put(y.getKey(), cols);
      });
      if (!years.isEmpty()) {
        unknownByYear.put(t.getKey(), years);
      }
    }
    List<String> warnings = new ArrayList<>();
    root.path("warnings").forEach(w -> warnings.add(w.asText()));
    String latest = root.path("latest_month").isTextual() ? root.path("latest_month").asText() : null;
    return new DataQuality(rows, unknown, warnings, latest, unknownByYear);
  }

  /** The periods of the same kind before {@code period} whose folder holds {@code file}, oldest first. */
  private static List<Period> earlier(Path from, Period period, String file, int history) throws IOException {
    List<Period> found = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(from)) {
      for (Path d : dirs.filter(Files::isDirectory).toList()) {
        try {
          Period p = Period.parse(d.getFileName().toString());
          if (p.isYear() == period.isYear() && p.compareTo(period) < 0 && Files.isRegularFile(d.resolve(file))) {
            found.add(p);
          }
        } catch (IllegalArgumentException notAPeriod) {
          // another folder (reports, staging): not a period
        }
      }
    }
    found.sort(null);
    return found.subList(Math.max(0, found.size() - history), found.size());
  }

  static String sha256(Path file) throws IOException {
    return Sha256.of(file);
  }
}
