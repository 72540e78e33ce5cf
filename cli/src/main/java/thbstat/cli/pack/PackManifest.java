package thbstat.cli.pack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A pack's {@code manifest.json}: the run's manifest of the period (inputs' and catalogue's
 * SHA-256, engine version, row counts, disclosure rules, protection summary) plus a {@code pack}
 * section naming every other file of the zip with its SHA-256 and size.
 */
final class PackManifest {
  record FileEntry(String sha256, long size) {}

  /** One report of the pack: its entry, publication id and language tag. */
  record ReportEntry(String file, String report, String language) {}

  private final Map<String, Object> root;
  private final Map<String, Object> pack;

  private PackManifest(Map<String, Object> root, Map<String, Object> pack) {
    this.root = root;
    this.pack = pack;
  }

  /**
   * The run's manifest with the pack section added.
   *
   * @param signer the fingerprint of the key that signs the manifest, or null for an unsigned pack
   */
  static byte[] write(Map<String, Object> runManifest, String period, String created, List<String> history,
      List<ReportEntry> reports, Map<String, byte[]> files, String signer) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>(runManifest);
    Map<String, Object> pack = new LinkedHashMap<>();
    pack.put("format", Pack.FORMAT);
    pack.put("period", period);
    pack.put("created", created);
    pack.put("history", history);
    List<Map<String, Object>> rs = new ArrayList<>();
    for (ReportEntry r : reports) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("file", r.file());
      e.put("report", r.report());
      e.put("language", r.language());
      rs.add(e);
    }
    pack.put("reports", rs);
    Map<String, Object> fs = new TreeMap<>();
    files.forEach((name, bytes) -> {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("sha256", Pack.sha256(bytes));
      e.put("size", bytes.length);
      fs.put(name, e);
    });
    pack.put("files", fs);
    if (signer != null) {
      Map<String, Object> signature = new LinkedHashMap<>();
      signature.put("algorithm", PackKeys.ALGORITHM);
      signature.put("file", Pack.SIGNATURE);
      signature.put("key", signer);
      pack.put("signature", signature);
    }
    m.put("pack", pack);
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsBytes(m);
  }

  @SuppressWarnings("unchecked")
  static PackManifest parse(byte[] bytes) throws IOException {
    Map<String, Object> root;
    try {
      root = new ObjectMapper().readValue(bytes, Map.class);
    } catch (IOException e) {
      throw new IOException("not readable JSON: " + e.getMessage(), e);
    }
    if (!(root.get("pack") instanceof Map<?, ?> pack)) {
      throw new IOException("no 'pack' section: not the manifest of an export pack");
    }
    if (!(pack.get("files") instanceof Map<?, ?>)) {
      throw new IOException("pack.files is missing: the manifest names no files");
    }
    if (!(pack.get("period") instanceof String)) {
      throw new IOException("pack.period is missing");
    }
    return new PackManifest(root, (Map<String, Object>) pack);
  }

  /** The pack's format ({@link Pack#FORMAT}, or an earlier one). */
  String format() {
    return pack.get("format") instanceof String f ? f : "";
  }

  String period() {
    return (String) pack.get("period");
  }

  /** The period of the run's manifest, which must be the pack's. */
  String runPeriod() {
    return root.get("period") instanceof String p ? p : null;
  }

  @SuppressWarnings("unchecked")
  Map<String, FileEntry> files() {
    Map<String, FileEntry> out = new TreeMap<>();
    ((Map<String, Object>) pack.get("files")).forEach((name, v) -> {
      Map<String, Object> e = v instanceof Map<?, ?> ? (Map<String, Object>) v : Map.of();
      Object size = e.get("size");
      out.put(name, new FileEntry(String.valueOf(e.get("sha256")), size instanceof Number n ? n.longValue() : -1));
    });
    return out;
  }

  @SuppressWarnings("unchecked")
  List<String> history() {
    Object h = pack.get("history");
    return h instanceof List<?> l ? ((List<Object>) l).stream().map(String::valueOf).toList() : List.of();
  }

  @SuppressWarnings("unchecked")
  List<ReportEntry> reports() {
    List<ReportEntry> out = new ArrayList<>();
    if (pack.get("reports") instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof Map<?, ?> e) {
          Map<String, Object> m = (Map<String, Object>) e;
          out.add(new ReportEntry(String.valueOf(m.get("file")), String.valueOf(m.get("report")),
              String.valueOf(m.get("language"))));
        }
      }
    }
    return out;
  }

  /** The fingerprint of the key the manifest says signs it, or null for an unsigned pack. */
  String signer() {
    return pack.get("signature") instanceof Map<?, ?> s && s.get("key") instanceof String k ? k : null;
  }

  /** The SHA-256 of indicators.yaml the run recorded. */
  String catalogueSha256() {
    return root.get("catalogue") instanceof Map<?, ?> c && c.get("sha256") instanceof String s ? s : null;
  }

  /** The SHA-256 the run recorded for one of its output files, or null. */
  String runOutputSha256(String file) {
    return root.get("outputs") instanceof Map<?, ?> o && o.get(file) instanceof String s ? s : null;
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> disclosure() {
    Object d = root.get("disclosure");
    if (!(d instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("no 'disclosure' entry");
    }
    return (Map<String, Object>) d;
  }
}
