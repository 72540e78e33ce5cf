package thbstat.cli.pack;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import thbstat.cli.run.FileHashes;
import thbstat.cli.run.OutputFolder;
import thbstat.indicators.i18n.Language;
import thbstat.indicators.model.Catalogue;
import thbstat.indicators.period.Period;
import thbstat.indicators.problem.Problem;
import thbstat.indicators.problem.ThbstatException;
import thbstat.reports.excel.ExcelWorkbookWriter;
import thbstat.reports.input.RunOutput;
import thbstat.reports.model.Provenance;
import thbstat.reports.model.Report;
import thbstat.reports.model.ReportBuilder;
import thbstat.reports.model.ReportKind;
import thbstat.reports.pdf.PdfReportWriter;

/**
 * Writes the export pack of one period from a run's output folder: the public table (and the
 * earlier periods' ones the reports show), indicators.yaml, the data-quality summary, the
 * reports and the manifest. The zip is written to a temporary file beside the target, verified
 * with {@link PackVerifier}, and only then moved into place; a pack that fails is never written.
 */
public final class PackWriter {
  /**
   * The pack written, and what verifying it found.
   *
   * @param reports the folder of loose copies of the pack's reports, or null when none were asked for
   * @param reportFiles how many report files (workbooks and PDFs) the pack holds
   * @param notices the {@code warning:} and {@code note:} lines of its reports ({@link thbstat.cli.ReportNotices})
   */
  public record Written(Path file, int files, VerifyReport report, Path reports, int reportFiles, List<String> notices,
      double seconds) {}

  private final Catalogue catalogue;
  private final Path cataloguePath;

  public PackWriter(Catalogue catalogue, Path cataloguePath) {
    this.catalogue = catalogue;
    this.cataloguePath = cataloguePath;
  }

  /** The pack alone, as {@code thbstat export} writes it. */
  public Written write(Path runOut, Period period, List<Language> languages, Path outDir,
      PackKeys.SigningKey signer) {
    return write(runOut, period, languages, outDir, signer, false);
  }

  /**
   * @param signer the key that signs the manifest, or null for an unsigned pack
   * @param looseReports also write the pack's reports, byte for byte, to {@code outDir/reports/}
   *     once the pack is verified (as {@code thbstat run} does: the contract puts the reports in
   *     {@code OUT/P})
   * @throws ThbstatException usage (exit 2) when the run folder lacks what the pack needs; data
   *     (exit 1) when the pack fails its own verification
   */
  public Written write(Path runOut, Period period, List<Language> languages, Path outDir,
      PackKeys.SigningKey signer, boolean looseReports) {
    long started = System.nanoTime();
    Path dir = runOut.resolve(period.toString());
    Path dataQuality = RunOutput.dataQuality(runOut, period);
    Map<String, byte[]> files = new LinkedHashMap<>();
    Map<String, Object> runManifest;
    RunOutput run;
    try {
      run = RunOutput.read(runOut, period, false); // the history the period's reports show
      runManifest = readManifest(dir.resolve(RunOutput.MANIFEST));
      if (!Files.isRegularFile(dataQuality)) {
        throw new IOException(dataQuality + ": not found; the run that wrote " + period + " did not finish");
      }
      checkCatalogue(runManifest);
      files.put(Pack.PUBLIC_TABLE, Files.readAllBytes(dir.resolve(RunOutput.PUBLIC_FILE)));
      List<String> history = new ArrayList<>(run.tables().keySet());
      history.remove(period.toString());
      for (String p : history) {
        files.put(Pack.historyTable(p), Files.readAllBytes(runOut.resolve(p).resolve(RunOutput.PUBLIC_FILE)));
      }
      files.put(Pack.CATALOGUE, Files.readAllBytes(cataloguePath));
      files.put(Pack.DATA_QUALITY, DataQualitySummary.of(dataQuality.toString(), Files.readAllBytes(dataQuality)));
      Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      List<String> notices = new ArrayList<>();
      List<PackManifest.ReportEntry> reports = reports(runOut, run, period, languages, created, files, notices);
      byte[] manifest = PackManifest.write(runManifest, period.toString(), created.toString(), history, reports,
          files, signer == null ? null : signer.fingerprint());
      byte[] signature = signer == null ? null : signer.sign(manifest);
      Files.createDirectories(outDir);
      Path target = outDir.resolve(Pack.fileName(period));
      // a hidden file in the same folder, so the move is atomic; created as any file is (umask), not
      // owner-only as a temporary file would be: the pack is made to be sent
      Path temp = outDir.resolve("." + Pack.fileName(period) + "-" + System.nanoTime() + ".tmp");
      Files.createFile(temp);
      try {
        writeZip(temp, manifest, signature, files, created);
        List<PackKeys.TrustedKey> trusted = signer == null ? List.of() : List.of(signer.trusted());
        VerifyReport report = new PackVerifier(trusted).verify(temp, target.toString());
        if (!report.passed()) {
          List<Problem> problems = new ArrayList<>();
          problems.add(Problem.of(target.toString(), "the pack fails its own verification; nothing was written"));
          report.failures().forEach(f -> problems.add(Problem.of(null, f)));
          throw new ThbstatException(ThbstatException.Kind.DATA, problems);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Path loose = looseReports ? writeLoose(outDir, reports, files) : null;
        int entries = files.size() + (signature == null ? 1 : 2);
        return new Written(target, entries, report, loose, reports.size(), notices, (System.nanoTime() - started) / 1e9);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw ThbstatException.usage(thbstat.cli.IoMessages.of(e));
    }
  }

  /**
   * The reports as the pack holds them, in {@code outDir/reports/}: written to a hidden folder
   * and moved into place whole, replacing an earlier one, so a reader never sees half of them.
   */
  private static Path writeLoose(Path outDir, List<PackManifest.ReportEntry> reports, Map<String, byte[]> files)
      throws IOException {
    Path target = outDir.resolve(Pack.REPORTS);
    Path temp = outDir.resolve(".reports-" + System.nanoTime() + ".tmp");
    Files.createDirectory(temp);
    try {
      for (PackManifest.ReportEntry r : reports) {
        Files.write(temp.resolve(r.file().substring(Pack.REPORTS.length())), files.get(r.file()));
      }
      OutputFolder.deleteTree(target);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } finally {
      OutputFolder.deleteTree(temp);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> readManifest(Path file) throws IOException {
    try {
      return new ObjectMapper().readValue(file.toFile(), LinkedHashMap.class);
    } catch (IOException e) {
      throw new IOException(file + ": not readable JSON: " + e.getMessage(), e);
    }
  }

  /** The pack must carry the catalogue the tables were computed with. */
  private void checkCatalogue(Map<String, Object> runManifest) throws IOException {
    Object c = runManifest.get("catalogue");
    Object recorded = c instanceof Map<?, ?> m ? m.get("sha256") : null;
    String actual = FileHashes.sha256(cataloguePath);
    if (!actual.equals(recorded)) {
      throw new IOException(cataloguePath + ": SHA-256 " + actual + " is not the catalogue the run used ("
          + recorded + " in manifest.json); pass that catalogue with --catalogue");
    }
  }

  private List<PackManifest.ReportEntry> reports(Path runOut, RunOutput run, Period period, List<Language> languages,
      Instant created, Map<String, byte[]> files, List<String> notices) throws IOException {
    // The annex is built from the summary the pack carries, so verify can rebuild the same model.
    ReportBuilder builder = new ReportBuilder(catalogue, run.tables(),
        RunOutput.readDataQuality(Pack.DATA_QUALITY, files.get(Pack.DATA_QUALITY)));
    notices.addAll(thbstat.cli.ReportNotices.of(builder, Pack.reportKinds(period), period.toString(), runOut));
    Provenance provenance = new Provenance(LocalDateTime.ofInstant(created, ZoneId.systemDefault()),
        run.engineVersion(), run.catalogueSha256(), run.inputs(), run.dataFile());
    List<ReportJob> jobs = new ArrayList<>();
    for (ReportKind kind : Pack.reportKinds(period)) {
      for (Language language : languages) {
        jobs.add(new ReportJob(kind, language));
      }
    }
    // Each report is built and written on its own (the builder is read-only, the writers share no
    // state): side by side on the cores the run leaves idle here, then packed in the order above.
    List<RenderedReport> rendered;
    try {
      rendered = jobs.parallelStream().map(job -> render(builder, job, provenance, period)).toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    List<PackManifest.ReportEntry> out = new ArrayList<>();
    for (RenderedReport r : rendered) {
      files.put(r.stem() + ".xlsx", r.xlsx());
      out.add(new PackManifest.ReportEntry(r.stem() + ".xlsx", r.job().kind().id(), r.job().language().tag()));
      files.put(r.stem() + ".pdf", r.pdf());
      out.add(new PackManifest.ReportEntry(r.stem() + ".pdf", r.job().kind().id(), r.job().language().tag()));
    }
    return out;
  }

  private record ReportJob(ReportKind kind, Language language) {}

  private record RenderedReport(ReportJob job, String stem, byte[] xlsx, byte[] pdf) {}

  private static RenderedReport render(ReportBuilder builder, ReportJob job, Provenance provenance, Period period) {
    Report report = builder.build(job.kind(), job.language(), false, provenance);
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    try {
      new ExcelWorkbookWriter().write(report, xlsx);
      new PdfReportWriter().write(report, pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new RenderedReport(job, Pack.REPORTS + report.fileStem(period.toString()), xlsx.toByteArray(),
        pdf.toByteArray());
  }

  /** Entries in a fixed order (manifest, signature, tables, catalogue, data quality, reports), all dated {@code created}. */
  private static void writeZip(Path file, byte[] manifest, byte[] signature, Map<String, byte[]> files,
      Instant created) throws IOException {
    Map<String, byte[]> all = new LinkedHashMap<>();
    all.put(Pack.MANIFEST, manifest);
    if (signature != null) {
      all.put(Pack.SIGNATURE, signature);
    }
    all.putAll(files);
    List<String> order = new ArrayList<>(all.keySet());
    order.sort(Comparator.comparingInt(Pack::rank).thenComparing(Comparator.naturalOrder()));
    try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
      for (String name : order) {
        ZipEntry e = new ZipEntry(name);
        e.setTime(created.toEpochMilli());
        zip.putNextEntry(e);
        zip.write(all.get(name));
        zip.closeEntry();
      }
    }
  }
}
