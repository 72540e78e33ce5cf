package thbstat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Opens a pack's entries for tampering and writes them back, as someone forging a pack would. */
final class PackFiles {
  private PackFiles() {}

  static Map<String, byte[]> read(Path zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        out.put(e.getName(), b.toByteArray());
      }
    }
    return out;
  }

  static Path write(Map<String, byte[]> entries, Path zip) throws IOException {
    try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(os)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return zip;
  }

  /** Opens a workbook entry, lets {@code edit} change it, and puts it back; returns what {@code edit} returns. */
  static <T> T editWorkbook(Map<String, byte[]> entries, String entry,
      java.util.function.Function<org.apache.poi.xssf.usermodel.XSSFWorkbook, T> edit) throws IOException {
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
        new java.io.ByteArrayInputStream(entries.get(entry)))) {
      T result = edit.apply(wb);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      entries.put(entry, out.toByteArray());
      return result;
    }
  }

  /**
   * Makes the manifest agree with the entries again: SHA-256 and size of every file (the signature
   * aside, which signs the manifest and cannot be named in it), the run's
   * hash of the public table and of the catalogue, the reports still there. After this only the
   * checks of the contents can catch a change.
   */
  static void rehash(Map<String, byte[]> entries) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode m = (ObjectNode) json.readTree(entries.get("manifest.json"));
    ObjectNode pack = (ObjectNode) m.get("pack");
    ObjectNode files = pack.putObject("files");
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      if (!e.getKey().equals("manifest.json") && !e.getKey().equals("manifest.json.sig")) {
        files.putObject(e.getKey()).put("sha256", sha256(e.getValue())).put("size", e.getValue().length);
      }
    }
    ((ObjectNode) m.get("outputs")).put("indicators-public.csv", sha256(entries.get("indicators-public.csv")));
    ((ObjectNode) m.get("catalogue")).put("sha256", sha256(entries.get("indicators.yaml")));
    ArrayNode reports = (ArrayNode) pack.get("reports");
    for (Iterator<com.fasterxml.jackson.databind.JsonNode> it = reports.iterator(); it.hasNext();) {
      if (!entries.containsKey(it.next().get("file").asText())) {
        it.remove();
      }
    }
    entries.put("manifest.json", json.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(m));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
