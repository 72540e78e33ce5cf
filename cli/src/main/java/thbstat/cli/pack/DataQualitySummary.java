package thbstat.cli.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The data-quality summary a pack carries: the ingest's {@code data-quality.json} without its
 * counts of codes seen. Those count persons by citizenship, form or region over the whole
 * extract, are not disclosure-controlled and can be 1; the row balance, unknown shares and
 * violations per rule say how good the data is without that.
 */
final class DataQualitySummary {
  /** The keys of each table kept in the pack, in this order. */
  static final List<String> TABLE_KEYS = List.of("file", "format", "rows", "balance", "unknown_share",
      "not_applicable", "violations", "extra_columns_ignored", "parquet_parts", "year_of", "rows_by_year",
      "unknown_share_by_year");
  private static final List<String> TOP_KEYS = List.of("quarantined_total", "latest_month", "warnings");

  private DataQualitySummary() {}

  /** @throws IOException when {@code json} is not a data-quality report */
  static byte[] of(String file, byte[] json) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    JsonNode root;
    try {
      root = mapper.readTree(json);
    } catch (IOException e) {
      throw new IOException(file + ": not a data-quality report: " + e.getMessage(), e);
    }
    if (root == null || !root.path("tables").isObject()) {
      throw new IOException(file + ": not a data-quality report (no 'tables')");
    }
    ObjectNode out = mapper.createObjectNode();
    for (String k : TOP_KEYS) {
      if (root.has(k)) {
        out.set(k, root.get(k));
      }
    }
    ObjectNode tables = out.putObject("tables");
    for (Iterator<Map.Entry<String, JsonNode>> it = root.path("tables").fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> t = it.next();
      ObjectNode kept = tables.putObject(t.getKey());
      for (String k : TABLE_KEYS) {
        if (t.getValue().has(k)) {
          kept.set(k, t.getValue().get(k));
        }
      }
    }
    return mapper.writeValueAsBytes(out);
  }
}
