package thbstat.cli.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import thbstat.indicators.period.Period;
import thbstat.jobs.ingest.IngestResult;
import thbstat.jobs.ingest.TableSummary;

/** {@code manifest.json}: what a period's outputs were made from, by what, and how. */
public final class Manifest {
  private Manifest() {}

  /** Each input table: file, format and the SHA-256 of its file or of each Parquet part. */
  public static Map<String, Object> inputs(IngestResult ingest) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (TableSummary t : ingest.tables()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("file", t.inputFile().name());
      m.put("format", t.format());
      m.put("sha256", FileHashes.of(t.inputFile().parent(), t.inputFile()));
      out.put(t.table(), m);
    }
    return out;
  }

  public static Map<String, Object> of(Period period, thbstat.cli.RunCommand.RunOptions o, SparkSession spark,
      String catalogueHash, Map<String, Object> inputs, IngestResult ingest, int cells, Map<String, String> outputs,
      Map<String, Double> timings, thbstat.jobs.protect.Protection protection) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("manifest_version", "1");
    m.put("engine", Map.of("name", "thbstat", "version", thbstat.cli.Main.engineVersion()));
    m.put("period", period.toString());
    m.put("created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    Map<String, Object> catalogue = new LinkedHashMap<>();
    catalogue.put("file", o.cataloguePath().getFileName().toString());
    catalogue.put("version", o.catalogue().version());
    catalogue.put("sha256", catalogueHash);
    catalogue.put("indicators", o.catalogue().indicators().size());
    m.put("catalogue", catalogue);
    m.put("inputs", inputs);
    Map<String, Object> rows = new LinkedHashMap<>();
    for (TableSummary t : ingest.tables()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("read", t.read());
      r.put("accepted", t.accepted());
      r.put("quarantined", t.quarantined());
      rows.put(t.table(), r);
    }
    m.put("rows", rows);
    m.put("cells", cells);
    m.put("outputs", outputs);
    m.put("timings_seconds", timings);
    Map<String, Object> sparkInfo = new LinkedHashMap<>();
    sparkInfo.put("version", spark.version());
    sparkInfo.put("master", spark.sparkContext().master());
    m.put("spark", sparkInfo);
    Map<String, Object> disclosure = new LinkedHashMap<>(protection.rulesForManifest());
    List<Map<String, Object>> tables = new ArrayList<>();
    for (thbstat.jobs.protect.TableProtection t : protection.tables()) {
      Map<String, Object> tm = new LinkedHashMap<>();
      tm.put("table", t.table());
      tm.put("indicator", t.indicator());
      tm.put("cells", t.cells());
      tm.put("primary", t.primary());
      tm.put("secondary", t.secondary());
      tables.add(tm);
    }
    m.put("disclosure", disclosure);
    m.put("protection", tables);
    List<String> warnings = new ArrayList<>(ingest.warnings());
    m.put("warnings", warnings);
    return m;
  }

  public static void write(Path file, Map<String, Object> manifest) {
    try {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .writeValue(file.toFile(), manifest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
