package thbstat.cli.pack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import thbstat.indicators.catalogue.CatalogueLoader;
import thbstat.indicators.i18n.Language;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.problem.ThbstatException;
import thbstat.jobs.protect.DisclosureRules;
import thbstat.jobs.protect.IndicatorRule;
import thbstat.reports.input.RunOutput;
import thbstat.reports.model.DataQuality;
import thbstat.reports.model.Provenance;
import thbstat.reports.model.Report;
import thbstat.reports.model.ReportBuilder;
import thbstat.reports.model.ReportKind;

/**
 * Verifies an export pack from its own contents alone: the files and their hashes against the
 * manifest, the tables' internal consistency, the disclosure rule of every free cell, the LP
 * audit, and that the Excel and PDF reports show what the table says. {@code thbstat export}
 * runs the same code on the pack before it is written.
 */
public final class PackVerifier {
  private static final String FILES = "files";
  private static final String HASHES = "hashes";
  private static final String SIGNATURE = "signature";

  private final List<PackKeys.TrustedKey> trusted;

  /** A verifier that trusts no key: it reports a signature but cannot check it. */
  public PackVerifier() {
    this(List.of());
  }

  /** A verifier that requires the manifest to be signed by one of {@code trusted} when it is not empty. */
  public PackVerifier(List<PackKeys.TrustedKey> trusted) {
    this.trusted = List.copyOf(trusted);
  }

  /** Verifies the pack; never throws for a bad pack, the report says what is wrong. */
  public VerifyReport verify(Path zip) {
    return verify(zip, zip.toString());
  }

  /** Verifies {@code zip}, naming it {@code shownAs} in the report (the target of a pack being written). */
  public VerifyReport verify(Path zip, String shownAs) {
    String name = zip.getFileName().toString();
    if (!Files.isRegularFile(zip)) {
      return VerifyReport.unreadable(shownAs, zip + ": no such file");
    }
    Map<String, byte[]> entries = new LinkedHashMap<>();
    List<String> duplicates = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (e.isDirectory()) {
          continue;
        }
        if (entries.put(e.getName(), readAll(in)) != null) {
          duplicates.add(e.getName());
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return VerifyReport.unreadable(shownAs, name + ": not a readable zip file: " + e.getMessage());
    }
    if (entries.isEmpty()) {
      return VerifyReport.unreadable(shownAs, name + ": not a zip file, or an empty one");
    }
    byte[] manifestBytes = entries.get(Pack.MANIFEST);
    if (manifestBytes == null) {
      return VerifyReport.unreadable(shownAs, name + ": no " + Pack.MANIFEST + ", not a thbstat pack");
    }
    PackManifest manifest;
    try {
      manifest = PackManifest.parse(manifestBytes);
    } catch (IOException | IllegalArgumentException e) {
      return VerifyReport.unreadable(shownAs, Pack.MANIFEST + ": " + e.getMessage());
    }
    VerifyReport report = VerifyReport.of(shownAs);
    files(entries, duplicates, manifest, report);
    hashes(entries, manifest, report);
    signature(manifestBytes, entries.get(Pack.SIGNATURE), manifest, report);
    contents(entries, manifest, report);
    return report;
  }

  private static void files(Map<String, byte[]> entries, List<String> duplicates, PackManifest m, VerifyReport r) {
    List<String> failures = new ArrayList<>();
    duplicates.forEach(d -> failures.add(d + ": twice in the pack"));
    Set<String> named = m.files().keySet();
    for (String f : named) {
      if (!entries.containsKey(f)) {
        failures.add(f + ": named in manifest.json but not in the pack");
      }
    }
    for (String f : new TreeSet<>(entries.keySet())) {
      if (!f.equals(Pack.MANIFEST) && !f.equals(Pack.SIGNATURE) && !named.contains(f)) {
        failures.add(f + ": in the pack but not named in manifest.json");
      }
    }
    if (!m.period().equals(m.runPeriod())) {
      failures.add(Pack.MANIFEST + ": pack.period " + m.period() + " is not the run's period " + m.runPeriod());
    }
    if (!Pack.FORMATS.contains(m.format())) {
      failures.add(Pack.MANIFEST + ": pack.format '" + m.format() + "' is not one this thbstat reads ("
          + String.join(", ", Pack.FORMATS) + ")");
    }
    for (String required : List.of(Pack.PUBLIC_TABLE, Pack.CATALOGUE)) {
      if (!named.contains(required)) {
        failures.add(Pack.MANIFEST + ": names no " + required);
      }
    }
    r.add(FILES, named.size() + " files named in manifest.json, all there, nothing else", failures);
  }

  private static void hashes(Map<String, byte[]> entries, PackManifest m, VerifyReport r) {
    List<String> failures = new ArrayList<>();
    int ok = 0;
    for (Map.Entry<String, PackManifest.FileEntry> f : m.files().entrySet()) {
      byte[] bytes = entries.get(f.getKey());
      if (bytes == null) {
        continue;
      }
      String sha = Pack.sha256(bytes);
      if (!sha.equals(f.getValue().sha256())) {
        failures.add(f.getKey() + ": SHA-256 " + sha + " is not the manifest's " + f.getValue().sha256()
            + " (the file changed after the pack was made)");
      } else if (bytes.length != f.getValue().size()) {
        failures.add(f.getKey() + ": " + bytes.length + " bytes, the manifest says " + f.getValue().size());
      } else {
        ok++;
      }
    }
    byte[] yaml = entries.get(Pack.CATALOGUE);
    if (yaml != null && m.catalogueSha256() != null && !Pack.sha256(yaml).equals(m.catalogueSha256())) {
      failures.add(Pack.CATALOGUE + ": not the catalogue the run used (manifest catalogue.sha256 "
          + m.catalogueSha256() + ")");
    }
    byte[] table = entries.get(Pack.PUBLIC_TABLE);
    String written = m.runOutputSha256(Pack.PUBLIC_TABLE);
    if (table != null && written != null && !Pack.sha256(table).equals(written)) {
      failures.add(Pack.PUBLIC_TABLE + ": not the table the run wrote (manifest outputs " + written + ")");
    }
    r.add(HASHES, ok + " files match their SHA-256 and size; indicators.yaml is the run's catalogue", failures);
  }

  /**
   * Who made the pack: the manifest's Ed25519 signature, checked against the trusted keys. The
   * manifest names every other file with its SHA-256, so the signature covers them all.
   */
  private void signature(byte[] manifestBytes, byte[] signature, PackManifest m, VerifyReport r) {
    String signer = m.signer();
    List<String> failures = new ArrayList<>();
    String summary;
    if (signature == null && signer == null) {
      summary = "none: the pack is not signed, so the checks prove it whole and consistent, not who made it";
      if (!trusted.isEmpty()) {
        failures.add(Pack.MANIFEST + ": the pack is not signed, and --trust asks for a signature by "
            + names(trusted));
      }
    } else if (signature == null) {
      summary = "";
      failures.add(Pack.MANIFEST + ": says it is signed with key " + signer + ", but the pack has no "
          + Pack.SIGNATURE);
    } else if (signer == null) {
      summary = "";
      failures.add(Pack.SIGNATURE + ": in the pack, but manifest.json names no signing key (pack.signature)");
    } else if (trusted.isEmpty()) {
      summary = "signed with Ed25519 key " + signer + "; not checked: pass --trust KEY.pub to check it";
    } else {
      PackKeys.TrustedKey key = trusted.stream().filter(k -> k.fingerprint().equals(signer)).findFirst().orElse(null);
      summary = key == null ? "" : "manifest.json signed by " + key.file() + " (Ed25519 key " + signer + ")";
      if (key == null) {
        failures.add(Pack.SIGNATURE + ": signed with key " + signer + ", which is not a trusted key ("
            + names(trusted) + ")");
      } else if (!key.verifies(manifestBytes, signature)) {
        failures.add(Pack.SIGNATURE + ": not a valid signature of manifest.json by " + key.file()
            + " (the manifest changed after it was signed, or the signature is not this key's)");
      }
    }
    r.add(SIGNATURE, summary, failures);
  }

  private static String names(List<PackKeys.TrustedKey> keys) {
    return String.join(", ", keys.stream().map(k -> k.file() + " " + k.fingerprint()).toList());
  }

  /** Tables, disclosure, audit and reports: all read the pack's tables and its catalogue. */
  private static void contents(Map<String, byte[]> entries, PackManifest m, VerifyReport r) {
    Catalogue catalogue;
    Map<String, IndicatorRule> rules;
    try {
      byte[] yaml = entries.get(Pack.CATALOGUE);
      if (yaml == null) {
        r.add("tables", "", List.of(Pack.CATALOGUE + ": missing, the tables cannot be checked"));
        return;
      }
      catalogue = CatalogueLoader.parse(Pack.CATALOGUE, new String(yaml, StandardCharsets.UTF_8));
    } catch (ThbstatException e) {
      r.add("tables", "", e.problems().stream().map(Object::toString).toList());
      return;
    }
    try {
      rules = DisclosureRules.fromManifest(m.disclosure());
    } catch (RuntimeException e) {
      r.add("disclosure", "", List.of(Pack.MANIFEST + ": unreadable disclosure rules: " + e.getMessage()));
      return;
    }
    Map<String, PackTable> tables = new LinkedHashMap<>();
    List<String> tableFailures = new ArrayList<>();
    for (String period : m.history()) {
      read(entries, Pack.historyTable(period), period, tables, tableFailures);
    }
    read(entries, Pack.PUBLIC_TABLE, m.period(), tables, tableFailures);

    TableChecks.Counts counts = new TableChecks.Counts();
    List<String> disclosureFailures = new ArrayList<>();
    List<String> auditFailures = new ArrayList<>();
    int free = 0;
    int protectedCells = 0;
    int complements = 0;
    for (Map.Entry<String, PackTable> t : tables.entrySet()) {
      counts.add(TableChecks.consistency(t.getValue(), t.getKey(), catalogue, rules, tableFailures));
      free += TableChecks.disclosure(t.getValue(), rules, disclosureFailures);
      try {
        int[] audited = TableChecks.audit(t.getValue(), m.disclosure(), auditFailures);
        protectedCells += audited[0];
        complements += audited[1];
      } catch (RuntimeException e) {
        auditFailures.add(t.getValue().entry() + ": the audit could not run: " + e.getMessage());
      }
    }
    r.add("tables", String.format("%d file(s), %,d cells; %,d totals equal (or bound) the sum of their parts;"
        + " %d share(s), all between 0 and 100", tables.size(), counts.cells, counts.relations, counts.shares), tableFailures);
    r.add("disclosure", String.format("%,d free cells, none below the threshold of its indicator's rule (%d rules)",
        free, rules.size()), disclosureFailures);
    r.add("audit", String.format("%,d protected cells, each primary one's interval reaches 0 and its threshold;"
        + " %,d complements of published subsets, none bounded by 1 or 2", protectedCells, complements), auditFailures);
    if (tables.containsKey(m.period())) {
      reports(entries, m, catalogue, tables, r);
    }
  }

  private static void read(Map<String, byte[]> entries, String entry, String period, Map<String, PackTable> tables,
      List<String> failures) {
    byte[] bytes = entries.get(entry);
    if (bytes == null) {
      failures.add(entry + ": missing, the table of " + period + " cannot be checked");
      return;
    }
    try {
      tables.put(period, PackTable.read(entry, bytes));
    } catch (IOException e) {
      failures.add(e.getMessage());
    }
  }

  private static void reports(Map<String, byte[]> entries, PackManifest m, Catalogue catalogue,
      Map<String, PackTable> tables, VerifyReport r) {
    List<String> failures = new ArrayList<>();
    Map<String, thbstat.indicators.table.IndicatorTable> byPeriod = new LinkedHashMap<>();
    tables.forEach((p, t) -> byPeriod.put(p, t.table()));
    ReportChecks checks = new ReportChecks(catalogue, tables);
    DataQuality quality = null;
    byte[] dq = entries.get(Pack.DATA_QUALITY);
    if (dq != null) {
      try {
        quality = RunOutput.readDataQuality(Pack.DATA_QUALITY, dq);
      } catch (IOException ex) {
        failures.add(ex.getMessage());
      }
    }
    ReportBuilder builder = new ReportBuilder(catalogue, byPeriod, quality);
    Provenance none = new Provenance(LocalDateTime.of(2000, 1, 1, 0, 0), "", "", Map.of(), Map.of());
    // Each report is rebuilt and compared on its own, side by side; failures keep the manifest's order.
    List<ReportCheck> checked = m.reports().parallelStream()
        .map(e -> check(e, entries.get(e.file()), builder, checks, none, m.format()))
        .toList();
    int workbooks = 0;
    int pdfs = 0;
    int cells = 0;
    for (ReportCheck c : checked) {
      failures.addAll(c.failures());
      cells += c.cells();
      workbooks += c.workbooks();
      pdfs += c.pdfs();
    }
    for (String f : m.files().keySet()) {
      if (f.startsWith(Pack.REPORTS) && m.reports().stream().noneMatch(e -> e.file().equals(f))) {
        failures.add(f + ": a report manifest.json does not describe (pack.reports)");
      }
    }
    r.add("reports", String.format("%d workbook(s), %d PDF(s): %,d cells show the same number or symbol as the"
        + " table", workbooks, pdfs, cells), failures);
  }

  /** One report's check: the cells compared, the workbook or PDF it was read as (1 or 0), and what failed. */
  private record ReportCheck(int cells, int workbooks, int pdfs, List<String> failures) {}

  private static ReportCheck check(PackManifest.ReportEntry e, byte[] bytes, ReportBuilder builder,
      ReportChecks checks, Provenance none, String format) {
    List<String> failures = new ArrayList<>();
    if (bytes == null) {
      return new ReportCheck(0, 0, 0, failures); // the files check names it
    }
    Report model;
    try {
      model = builder.build(ReportKind.fromId(e.report()), Language.fromTag(e.language()), false, none);
      if (format.equals(Pack.FORMAT_1) || format.equals(Pack.FORMAT_2)) {
        model = model.withTableIds(Pack.bulletinIdsBefore3());
      }
    } catch (RuntimeException ex) {
      failures.add(e.file() + ": cannot rebuild the report from the pack's table: " + ex.getMessage());
      return new ReportCheck(0, 0, 0, failures);
    }
    ReportCheck now = compare(e.file(), bytes, model, checks, format);
    if (format.equals(Pack.FORMAT) || now.failures().isEmpty()) {
      return now;
    }
    // an earlier format's report shows its Action Plan cells as that format printed them
    ReportCheck then = compare(e.file(), bytes, model.withCells(Pack::cellBefore4), checks, format);
    return then.failures().size() <= now.failures().size() ? then : now;
  }

  /** Compares one report file with the rebuilt {@code model}. */
  private static ReportCheck compare(String file, byte[] bytes, Report model, ReportChecks checks, String format) {
    List<String> failures = new ArrayList<>();
    if (file.endsWith(".xlsx")) {
      boolean withCharts = !format.equals(Pack.FORMAT_1);
      return new ReportCheck(checks.workbook(file, bytes, model, withCharts, failures), 1, 0, failures);
    }
    if (file.endsWith(".pdf")) {
      return new ReportCheck(checks.pdf(file, bytes, model, failures), 0, 1, failures);
    }
    failures.add(file + ": not an .xlsx or .pdf report");
    return new ReportCheck(0, 0, 0, failures);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }
}
