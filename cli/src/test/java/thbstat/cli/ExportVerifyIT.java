package thbstat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thbstat.indicators.catalogue.CatalogueLocator;

/**
 * The export pack end to end: {@code run} on the golden extract writes it, {@code verify} passes
 * it, and each kind of tampering is caught by the check meant for it, naming the file and cell.
 * Where a check other than the hashes is meant, the test re-hashes the manifest as a forger would.
 */
class ExportVerifyIT {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final String CSV = "indicators-public.csv";
  private static final String ANNUAL_EN = "reports/annual-2024-en";

  @TempDir static Path shared;
  static Path runOut;
  static Path pack;
  static Cli.Result run;

  @TempDir Path tmp;

  @BeforeAll
  static void runWritesThePackOf2024() {
    runOut = shared.resolve("out");
    run = Cli.run("run", "--input", GOLDEN.toString(), "--period", "2024", "--out", runOut.toString());
    pack = runOut.resolve("2024").resolve("thbstat-2024.zip");
  }

  @Test
  void runWritesAPackThatVerifiesClean() throws Exception {
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("pack 2024: " + pack + ", 28 files, verified"), run.out());
    // the reports of the pack show years the run did not write, as 'thbstat report' would say
    assertTrue(run.out().contains("warning: report greta 2024 shows 2022, 2023, for which " + runOut
        + " holds no table: shown as ':' (not available)"), run.out());
    assertTrue(run.out().contains("note: report action-plan 2024: baselines of 2023 not checked"), run.out());
    Map<String, byte[]> entries = PackFiles.read(pack);
    List<String> reports = new ArrayList<>();
    for (String kind : List.of("action-plan", "annual", "eurostat", "greta")) {
      for (String lang : List.of("en", "sr-Cyrl", "sr-Latn")) {
        reports.add("reports/" + kind + "-2024-" + lang + ".pdf");
        reports.add("reports/" + kind + "-2024-" + lang + ".xlsx");
      }
    }
    List<String> expected = new ArrayList<>(List.of("manifest.json", CSV, "indicators.yaml", "data-quality.json"));
    expected.addAll(reports);
    assertEquals(expected, new ArrayList<>(entries.keySet()), "entries in their fixed order, no row-level file");
    // The same reports lie in OUT/P/reports/, byte for byte, and nothing else does.
    Path loose = runOut.resolve("2024").resolve("reports");
    assertTrue(run.out().contains("reports 2024: " + loose + ", the pack's 24 reports as files"), run.out());
    try (Stream<Path> files = Files.list(loose)) {
      assertEquals(reports.stream().sorted().toList(),
          files.map(f -> "reports/" + f.getFileName()).sorted().toList());
    }
    for (String report : reports) {
      assertArrayEquals(entries.get(report), Files.readAllBytes(runOut.resolve("2024").resolve(report)), report);
    }
    assertArrayEquals(Files.readAllBytes(runOut.resolve("2024").resolve(CSV)), entries.get(CSV),
        "the public table is the run's file as written");
    assertArrayEquals(Files.readAllBytes(CatalogueLocator.locate(null)), entries.get("indicators.yaml"));
    // 2024 trainings T1-T3: 10+15, 5+0 and 3+4 participants (golden trainings.csv)
    String csv = new String(entries.get(CSV), StandardCharsets.UTF_8);
    assertTrue(line(csv, "CAP_TRAINED", Map.of()).endsWith(",37,PS,F"));
    assertTrue(line(csv, "CAP_TRAINED", Map.of("SEX", "F", "INSTITUTION", "POLICE")).endsWith(",15,PS,F"));

    // The data-quality summary keeps the row balance (golden victims.csv: 8 rows) and drops the
    // counts of codes seen, which count persons and are not disclosure-controlled.
    JsonNode dq = new ObjectMapper().readTree(entries.get("data-quality.json"));
    assertEquals(8, dq.at("/tables/victims/rows/read").asInt());
    assertTrue(dq.at("/tables/victims/unknown_share").isObject());
    assertTrue(dq.at("/tables/victims/codes").isMissingNode(), dq.toString());
    assertTrue(dq.at("/tables/proceedings/codes").isMissingNode(), dq.toString());

    JsonNode m = new ObjectMapper().readTree(entries.get("manifest.json"));
    assertEquals("2024", m.at("/pack/period").asText());
    assertEquals(27, m.at("/pack/files").size(), "every entry but the manifest itself");
    assertEquals(PackFiles.sha256(entries.get("indicators.yaml")), m.at("/catalogue/sha256").asText());
    assertEquals(PackFiles.sha256(entries.get(CSV)), m.at("/pack/files/indicators-public.csv/sha256").asText());
    assertEquals(8, m.at("/rows/victims/read").asInt());
    assertTrue(m.at("/disclosure/indicators/VIC_IDENTIFIED/threshold").asInt() == 3);

    Cli.Result v = Cli.run("verify", pack.toString());
    assertEquals(0, v.exitCode(), v.out() + v.err());
    assertTrue(v.out().contains("files: 27 files named in manifest.json, all there, nothing else"), v.out());
    assertTrue(v.out().contains("reports: 12 workbook(s), 12 PDF(s)"), v.out());
    assertTrue(v.out().strip().endsWith("verified: OK"), v.out());
  }

  @Test
  void oneByteOfThePdfIsCaughtByItsHash() throws Exception {
    Map<String, byte[]> entries = PackFiles.read(pack);
    byte[] pdf = entries.get(ANNUAL_EN + ".pdf");
    pdf[pdf.length / 2] ^= 1;
    Cli.Result v = verify(entries);
    assertEquals(1, v.exitCode(), v.out());
    assertTrue(v.out().contains("FAIL " + ANNUAL_EN + ".pdf: SHA-256 "), v.out());
    assertTrue(v.out().contains("(the file changed after the pack was made)"), v.out());
  }

  @Test
  void oneNumberInTheCsvIsCaughtByItsHashAndReHashedByTheReports() throws Exception {
    Map<String, byte[]> entries = PackFiles.read(pack);
    String csv = new String(entries.get(CSV), StandardCharsets.UTF_8);
    String police = line(csv, "CAP_TRAINED", Map.of("SEX", "F", "INSTITUTION", "POLICE"));
    entries.put(CSV, csv.replace(police, police.replace(",15,PS,F", ",16,PS,F")).getBytes(StandardCharsets.UTF_8));
    Cli.Result plain = verify(entries);
    assertEquals(1, plain.exitCode());
    assertTrue(plain.out().contains("FAIL " + CSV + ": SHA-256 "), plain.out());

    PackFiles.rehash(entries);
    Cli.Result v = verify(entries);
    assertEquals(1, v.exitCode(), v.out());
    assertTrue(v.out().contains("hashes: 27 files match their SHA-256 and size"), "re-hashed: " + v.out());
    String where = CSV + " line " + lineNumber(csv, police) + ": CAP_TRAINED 2024 SEX=F INSTITUTION=POLICE";
    assertTrue(v.out().contains("(row 'Police', column 'Female'): shows 15 where " + where + " has 16"), v.out());
    assertTrue(v.out().contains(ANNUAL_EN + ".pdf table T17 (row 'Police', column 'Female'): prints 15 where "
        + where + " has 16"), v.out());
    // and the table no longer adds up: 16 + 15 men is not the 30 trained at the police
    assertTrue(v.out().contains("CAP_TRAINED 2024 SEX=_T INSTITUTION=POLICE: total 30 is not the sum 31 of its SEX"
        + " codes"), v.out());
  }

  @Test
  void oneCellOfTheWorkbookIsCaughtByTheReportCheck() throws Exception {
    Map<String, byte[]> entries = PackFiles.read(pack);
    String cell = PackFiles.editWorkbook(entries, ANNUAL_EN + ".xlsx", wb -> {
      Sheet s = wb.getSheet("T17");
      Row heading = null;
      Row police = null;
      for (Row r : s) {
        String a = r.getCell(0) == null ? "" : r.getCell(0).toString();
        if (r.getCell(1) != null && r.getCell(1).toString().equals("Total") && heading == null) {
          heading = r;
        } else if (a.equals("Police")) {
          police = r;
        }
      }
      int female = -1;
      for (int c = 1; c < heading.getLastCellNum(); c++) {
        if (heading.getCell(c).toString().equals("Female")) {
          female = c;
        }
      }
      assertEquals(15.0, police.getCell(female).getNumericCellValue(), "10 + 5 women of T1 and T2");
      police.getCell(female).setCellValue(51);
      return police.getCell(female).getAddress().formatAsString();
    });
    PackFiles.rehash(entries);
    Cli.Result v = verify(entries);
    assertEquals(1, v.exitCode(), v.out());
    String csv = new String(entries.get(CSV), StandardCharsets.UTF_8);
    int csvLine = lineNumber(csv, line(csv, "CAP_TRAINED", Map.of("SEX", "F", "INSTITUTION", "POLICE")));
    assertTrue(v.out().contains("FAIL " + ANNUAL_EN + ".xlsx sheet T17 cell " + cell
        + " (row 'Police', column 'Female'): shows 51 where " + CSV + " line " + csvLine
        + ": CAP_TRAINED 2024 SEX=F INSTITUTION=POLICE has 15"), v.out());
    assertTrue(v.out().contains("reports: 1 failure(s)"), v.out());
  }

  @Test
  void aNumberUnderAChartOfTheWorkbookIsCaughtByTheReportCheck() throws Exception {
    Map<String, byte[]> entries = PackFiles.read(pack);
    String cell = PackFiles.editWorkbook(entries, ANNUAL_EN + ".xlsx", wb -> {
      Row convicted = null;
      for (Row r : wb.getSheet("C2")) {
        if (r.getCell(0) != null && r.getCell(0).toString().startsWith("Persons convicted")) {
          convicted = r;
        }
      }
      convicted.getCell(1).setCellValue(convicted.getCell(1).getNumericCellValue() + 10);
      return convicted.getCell(1).getAddress().formatAsString();
    });
    PackFiles.rehash(entries);
    Cli.Result v = verify(entries);
    assertEquals(1, v.exitCode(), v.out());
    // golden proceedings: P1, P2 and P8 convicted of trafficking by a judgment final in 2024 (P5's
    // cc350 is not a trafficking offence)
    assertTrue(v.out().contains("FAIL " + ANNUAL_EN + ".xlsx sheet C2 cell " + cell + " (row 'Persons convicted of"
        + " trafficking (final)', column 'Persons'): shows 13 where the pack's table gives 3"), v.out());
  }

  @Test
  void aPackOfTheFirstFormatVerifiesWithoutChartSheetsAndTheCurrentOneNeedsThem() throws Exception {
    Map<String, byte[]> entries = PackFiles.read(pack);
    for (String entry : List.copyOf(entries.keySet())) {
      if (entry.endsWith(".xlsx")) {
        PackFiles.editWorkbook(entries, entry, wb -> {
          for (String chart : List.of("C1", "C2")) {
            if (wb.getSheetIndex(chart) >= 0) {
              wb.removeSheetAt(wb.getSheetIndex(chart));
            }
          }
          return null;
        });
      }
    }
    PackFiles.rehash(entries);
    Cli.Result current = verify(entries);
    assertEquals(1, current.exitCode(), current.out());
    assertTrue(current.out().contains("FAIL " + ANNUAL_EN + ".xlsx: no sheet C2 (Criminal-justice funnel: persons"
        + " suspected, prosecuted and convicted)"), current.out());

    withFormat(entries, "thbstat-pack/1");
    Cli.Result first = verify(entries);
    assertEquals(0, first.exitCode(), "a pack made before workbooks had charts: " + first.out());

    withFormat(entries, "thbstat-pack/9");
    Cli.Result unknown = verify(entries);
    assertEquals(1, unknown.exitCode(), unknown.out());
    assertTrue(unknown.out().contains("FAIL manifest.json: pack.format 'thbstat-pack/9' is not one this thbstat"
        + " reads (thbstat-pack/1, thbstat-pack/2, thbstat-pack/3, thbstat-pack/4)"), unknown.out());
  }

  @Test
  void aBulletinOfAnEarlierFormatVerifiesUnderItsQuarterLikeTableIds() throws Exception {
    Path out = tmp.resolve("quarter");
    Cli.Result r = Cli.run("run", "--input", GOLDEN.toString(), "--period", "2024-Q4", "--out", out.toString());
    assertEquals(0, r.exitCode(), r.err());
    Map<String, byte[]> entries = PackFiles.read(out.resolve("2024-Q4").resolve("thbstat-2024-Q4.zip"));
    List<String> bulletins = entries.keySet().stream().filter(e -> e.endsWith(".xlsx")).toList();
    assertEquals(3, bulletins.size(), bulletins.toString());
    for (String bulletin : bulletins) {
      List<String> sheets = PackFiles.editWorkbook(entries, bulletin, wb -> {
        List<String> names = new ArrayList<>();
        wb.forEach(sheet -> names.add(sheet.getSheetName()));
        // as thbstat wrote the bulletin before format 3
        for (int i = 1; i <= 3; i++) {
          wb.setSheetName(wb.getSheetIndex("B" + i), "Q" + i);
        }
        return names;
      });
      assertTrue(sheets.containsAll(List.of("B1", "B2", "B3")), bulletin + ": " + sheets);
    }
    PackFiles.rehash(entries);
    Cli.Result current = verify(entries);
    assertEquals(1, current.exitCode(), current.out());
    assertTrue(current.out().contains("FAIL reports/quarterly-2024-Q4-en.xlsx: no sheet B1 (The quarter against the"
        + " same quarter of the previous year)"), current.out());

    withFormat(entries, "thbstat-pack/2");
    Cli.Result second = verify(entries);
    assertEquals(0, second.exitCode(), "a bulletin of format 2, its tables Q1–Q3: " + second.out());
  }

  @Test
  void anActionPlanOfAnEarlierFormatVerifiesWithItsYearsAsText() throws Exception {
    Map<String, byte[]> entries = PackFiles.read(pack);
    String workbook = "reports/action-plan-2024-en.xlsx";
    // as thbstat wrote the baseline years before format 4: text, not numbers
    int years = PackFiles.editWorkbook(entries, workbook, wb -> {
      int n = 0;
      for (org.apache.poi.ss.usermodel.Row row : wb.getSheet("A1")) {
        org.apache.poi.ss.usermodel.Cell year = row.getCell(1);
        if (year != null && year.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
          String text = String.valueOf((int) year.getNumericCellValue());
          year.setBlank();
          year.setCellValue(text);
          n++;
        }
      }
      return n;
    });
    assertTrue(years > 0, "baseline years in A1");
    PackFiles.rehash(entries);
    Cli.Result current = verify(entries);
    assertEquals(1, current.exitCode(), current.out());
    assertTrue(current.out().contains("FAIL " + workbook + " sheet A1 cell B"), current.out());

    withFormat(entries, "thbstat-pack/3");
    Cli.Result third = verify(entries);
    // the English workbook as format 3 wrote it; the other reports as they are printed now
    assertEquals(0, third.exitCode(), "an Action Plan of format 3, its years as text: " + third.out());
  }

  @Test
  void aRemovedFileIsNamed() throws Exception {
    Map<String, byte[]> entries = PackFiles.read(pack);
    entries.remove(ANNUAL_EN + ".pdf");
    Cli.Result v = verify(entries);
    assertEquals(1, v.exitCode(), v.out());
    assertTrue(v.out().contains("FAIL " + ANNUAL_EN + ".pdf: named in manifest.json but not in the pack"), v.out());
  }

  @Test
  void anAddedFileIsNamed() throws Exception {
    Map<String, byte[]> entries = PackFiles.read(pack);
    entries.put("quarantine.csv", Files.readAllBytes(runOut.resolve("ingest").resolve("quarantine.csv")));
    Cli.Result v = verify(entries);
    assertEquals(1, v.exitCode(), v.out());
    assertTrue(v.out().contains("FAIL quarantine.csv: in the pack but not named in manifest.json"), v.out());
  }

  @Test
  void aPublishedCellOfTwoBreaksTheDisclosureRule() throws Exception {
    Map<String, byte[]> entries = PackFiles.read(pack);
    String csv = new String(entries.get(CSV), StandardCharsets.UTF_8);
    String girls = line(csv, "VIC_IDENTIFIED", Map.of("SEX", "F", "AGE", "Y_LT18"));
    assertTrue(girls.endsWith(",,PS,C"), "V1 (17) and V8 (16), two identified girls in 2024, are confidential: "
        + girls);
    entries.put(CSV, csv.replace(girls, girls.replace(",,PS,C", ",2,PS,F")).getBytes(StandardCharsets.UTF_8));
    PackFiles.rehash(entries);
    Cli.Result v = verify(entries);
    assertEquals(1, v.exitCode(), v.out());
    assertTrue(v.out().contains("FAIL " + CSV + " line " + lineNumber(csv, girls) + ": VIC_IDENTIFIED 2024 SEX=F"
        + " AGE=Y_LT18 CITIZENSHIP=_T EXPLOITATION=_T SCOPE=_T REGION=_T: published value 2 is below the threshold 3"
        + " of the disclosure rule of VIC_IDENTIFIED"), v.out());
    assertTrue(v.out().contains("disclosure: 1 failure(s)"), v.out());
  }

  @Test
  void aBrokenTotalIsCaughtByTheAdditivityCheck() throws Exception {
    Map<String, byte[]> entries = PackFiles.read(pack);
    String csv = new String(entries.get(CSV), StandardCharsets.UTF_8);
    String total = line(csv, "CAP_TRAINED", Map.of());
    entries.put(CSV, csv.replace(total, total.replace(",37,PS,F", ",38,PS,F")).getBytes(StandardCharsets.UTF_8));
    PackFiles.rehash(entries);
    Cli.Result v = verify(entries);
    assertEquals(1, v.exitCode(), v.out());
    String where = "FAIL " + CSV + " line " + lineNumber(csv, total) + ": CAP_TRAINED 2024 SEX=_T INSTITUTION=_T: ";
    // 18 women + 19 men; 30 at the police + 7 in the judiciary
    assertTrue(v.out().contains(where + "total 38 is not the sum 37 of its SEX codes (SEX is additive)"), v.out());
    assertTrue(v.out().contains(where + "total 38 is not the sum 37 of its INSTITUTION codes"), v.out());
  }

  @Test
  void aFileThatIsNoPackIsUnreadable() throws Exception {
    Path junk = Files.writeString(tmp.resolve("junk.zip"), "not a zip");
    Cli.Result v = Cli.run("verify", junk.toString());
    assertEquals(2, v.exitCode(), v.out());
    assertTrue(v.out().contains("UNREADABLE: junk.zip: not a zip file, or an empty one"), v.out());
    assertFalse(v.out().contains(" packs: "), v.out());
    // several packs: one verdict line at the end, the worst exit code
    Cli.Result both = Cli.run("verify", pack.toString(), junk.toString());
    assertEquals(2, both.exitCode(), both.out());
    assertTrue(both.out().stripTrailing().endsWith("2 packs: 1 verified, 0 failed, 1 unreadable"), both.out());
  }

  @Test
  void exportWritesOneLanguageOnRequest() throws Exception {
    Path out = tmp.resolve("packs");
    Cli.Result r = Cli.run("export", "--from", runOut.toString(), "--period", "2024", "--out", out.toString(),
        "--lang", "en");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(r.out().contains("wrote " + out.resolve("thbstat-2024.zip") + ": 12 files, verified"), r.out());
    assertEquals(List.of("action-plan-2024-en.pdf", "action-plan-2024-en.xlsx", "annual-2024-en.pdf",
        "annual-2024-en.xlsx", "eurostat-2024-en.pdf", "eurostat-2024-en.xlsx", "greta-2024-en.pdf",
        "greta-2024-en.xlsx"),
        PackFiles.read(out.resolve("thbstat-2024.zip")).keySet().stream().filter(e -> e.startsWith("reports/"))
            .map(e -> e.substring("reports/".length())).toList());
    try (Stream<Path> left = Files.list(out)) {
      assertEquals(List.of("thbstat-2024.zip"), left.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void aPackThatFailsItsOwnVerificationIsNeverWritten() throws Exception {
    Path from = tmp.resolve("run");
    Files.createDirectories(from.resolve("2024"));
    Files.createDirectories(from.resolve("ingest"));
    for (String f : List.of(CSV, "manifest.json")) {
      Files.copy(runOut.resolve("2024").resolve(f), from.resolve("2024").resolve(f));
    }
    Files.copy(runOut.resolve("ingest/data-quality.json"), from.resolve("ingest/data-quality.json"));
    Path table = from.resolve("2024").resolve(CSV);
    String csv = Files.readString(table);
    String girls = line(csv, "VIC_IDENTIFIED", Map.of("SEX", "F", "AGE", "Y_LT18"));
    Files.writeString(table, csv.replace(girls, girls.replace(",,PS,C", ",1,PS,F")));
    Path out = tmp.resolve("packs");
    Cli.Result r = Cli.run("export", "--from", from.toString(), "--period", "2024", "--out", out.toString(),
        "--lang", "en");
    assertEquals(1, r.exitCode(), r.out() + r.err());
    assertTrue(r.err().contains("the pack fails its own verification; nothing was written"), r.err());
    assertTrue(r.err().contains("published value 1 is below the threshold 3 of the disclosure rule of"
        + " VIC_IDENTIFIED"), r.err());
    try (Stream<Path> left = Files.list(out)) {
      assertEquals(List.of(), left.toList(), "no pack and no temporary file left");
    }
  }

  @Test
  void exportWithAnotherCatalogueThanTheRunsIsRefused() throws Exception {
    Path other = tmp.resolve("indicators.yaml");
    Files.writeString(other, Files.readString(CatalogueLocator.locate(null)) + "\n# edited\n");
    Cli.Result r = Cli.run("export", "--from", runOut.toString(), "--period", "2024", "--out",
        tmp.resolve("p").toString(), "--catalogue", other.toString());
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("is not the catalogue the run used"), r.err());
  }

  @Test
  void aSignedPackVerifiesUnderItsOwnKeyOnly() throws Exception {
    Path passphrase = Files.writeString(tmp.resolve("passphrase.txt"), "correct horse battery\n");
    Cli.Result k = Cli.run("keygen", "--out", tmp.resolve("keys/natco").toString(), "--passphrase-file",
        passphrase.toString());
    assertEquals(0, k.exitCode(), k.err());
    Path key = tmp.resolve("keys/natco.key");
    assertTrue(Files.readString(key).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
    Path pub = tmp.resolve("keys/natco.pub");
    assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(key)), "the private key is its owner's only");
    String fingerprint = k.out().lines().filter(l -> l.startsWith("key SHA256:")).findFirst().orElseThrow()
        .substring(4);
    Cli.Result again = Cli.run("keygen", "--out", tmp.resolve("keys/natco").toString(), "--no-passphrase");
    assertEquals(2, again.exitCode());
    assertTrue(again.err().contains(key + ": exists already; a key is never overwritten"), again.err());

    Path out = tmp.resolve("packs");
    Cli.Result noPassphrase = Cli.run("export", "--from", runOut.toString(), "--period", "2024", "--out",
        out.toString(), "--lang", "en", "--sign-key", key.toString());
    assertEquals(2, noPassphrase.exitCode(), noPassphrase.err());
    assertTrue(noPassphrase.err().contains(key + ": the key is encrypted; give its passphrase"), noPassphrase.err());
    Cli.Result r = Cli.run("export", "--from", runOut.toString(), "--period", "2024", "--out", out.toString(),
        "--lang", "en", "--sign-key", key.toString(), "--passphrase-file", passphrase.toString());
    assertEquals(0, r.exitCode(), r.err());
    Path signed = out.resolve("thbstat-2024.zip");
    assertTrue(r.out().contains("wrote " + signed + ": 13 files, signed, verified"), r.out());
    Map<String, byte[]> entries = PackFiles.read(signed);
    assertEquals(List.of("manifest.json", "manifest.json.sig", CSV), entries.keySet().stream().limit(3).toList());
    JsonNode m = new ObjectMapper().readTree(entries.get("manifest.json"));
    assertEquals(fingerprint, m.at("/pack/signature/key").asText());
    assertEquals("Ed25519", m.at("/pack/signature/algorithm").asText());
    // checked with the JDK's own Ed25519, as a reader without thbstat would with OpenSSL
    java.security.Signature ed = java.security.Signature.getInstance("Ed25519");
    ed.initVerify(java.security.KeyFactory.getInstance("Ed25519").generatePublic(
        new java.security.spec.X509EncodedKeySpec(pemBody(pub))));
    ed.update(entries.get("manifest.json"));
    assertTrue(ed.verify(entries.get("manifest.json.sig")), "manifest.json.sig is the raw signature of manifest.json");

    Cli.Result trusted = Cli.run("verify", "--trust", pub.toString(), signed.toString());
    assertEquals(0, trusted.exitCode(), trusted.out());
    assertTrue(trusted.out().contains("  signature: manifest.json signed by " + pub + " (Ed25519 key " + fingerprint
        + ")"), trusted.out());
    assertTrue(trusted.out().contains("files: 11 files named in manifest.json, all there, nothing else"),
        "the signature is the one entry the manifest cannot name: " + trusted.out());

    Cli.Result unchecked = Cli.run("verify", signed.toString());
    assertEquals(0, unchecked.exitCode(), unchecked.out());
    assertTrue(unchecked.out().contains("signature: signed with Ed25519 key " + fingerprint
        + "; not checked: pass --trust KEY.pub to check it"), unchecked.out());

    Cli.Result other = Cli.run("keygen", "--out", tmp.resolve("keys/other").toString(), "--no-passphrase");
    assertEquals(0, other.exitCode(), other.err());
    Path otherPub = tmp.resolve("keys/other.pub");
    Cli.Result wrong = Cli.run("verify", "--trust", otherPub.toString(), signed.toString());
    assertEquals(1, wrong.exitCode(), wrong.out());
    assertTrue(wrong.out().contains("FAIL manifest.json.sig: signed with key " + fingerprint
        + ", which is not a trusted key (" + otherPub + " SHA256:"), wrong.out());
    Cli.Result either = Cli.run("verify", "--trust", otherPub.toString(), "--trust", pub.toString(),
        signed.toString());
    assertEquals(0, either.exitCode(), either.out());

    // A forger re-hashes a changed number: the hashes pass, the signature does not.
    String csv = new String(entries.get(CSV), StandardCharsets.UTF_8);
    String total = line(csv, "CAP_TRAINED", Map.of());
    entries.put(CSV, csv.replace(total, total.replace(",37,PS,F", ",38,PS,F")).getBytes(StandardCharsets.UTF_8));
    PackFiles.rehash(entries);
    Cli.Result forged = Cli.run("verify", "--trust", pub.toString(),
        PackFiles.write(entries, tmp.resolve("forged.zip")).toString());
    assertEquals(1, forged.exitCode(), forged.out());
    assertTrue(forged.out().contains("hashes: 11 files match their SHA-256 and size"), forged.out());
    assertTrue(forged.out().contains("FAIL manifest.json.sig: not a valid signature of manifest.json by " + pub
        + " (the manifest changed after it was signed, or the signature is not this key's)"), forged.out());

    // ... and stripping the signature leaves a pack that --trust refuses, or names as broken.
    entries.remove("manifest.json.sig");
    Cli.Result stripped = Cli.run("verify", "--trust", pub.toString(),
        PackFiles.write(entries, tmp.resolve("stripped.zip")).toString());
    assertEquals(1, stripped.exitCode(), stripped.out());
    assertTrue(stripped.out().contains("FAIL manifest.json: says it is signed with key " + fingerprint
        + ", but the pack has no manifest.json.sig"), stripped.out());
    ObjectNode manifest = (ObjectNode) new ObjectMapper().readTree(entries.get("manifest.json"));
    ((ObjectNode) manifest.get("pack")).remove("signature");
    entries.put("manifest.json", new ObjectMapper().writeValueAsBytes(manifest));
    Cli.Result unsigned = Cli.run("verify", "--trust", pub.toString(),
        PackFiles.write(entries, tmp.resolve("unsigned.zip")).toString());
    assertEquals(1, unsigned.exitCode(), unsigned.out());
    assertTrue(unsigned.out().contains("FAIL manifest.json: the pack is not signed, and --trust asks for a"
        + " signature by " + pub + " " + fingerprint), unsigned.out());
  }

  @Test
  void runSignsThePackOfEachPeriod() throws Exception {
    assertEquals(0, Cli.run("keygen", "--out", tmp.resolve("natco").toString(), "--no-passphrase").exitCode());
    Path out = tmp.resolve("out");
    Cli.Result r = Cli.run("run", "--input", GOLDEN.toString(), "--period", "2023,2024", "--out", out.toString(),
        "--sign-key", tmp.resolve("natco.key").toString());
    assertEquals(0, r.exitCode(), r.err());
    // 2024's pack also holds 2023's table, which its reports show beside it
    for (Map.Entry<String, Integer> e : Map.of("2023", 29, "2024", 30).entrySet()) {
      String p = e.getKey();
      Path zip = out.resolve(p).resolve("thbstat-" + p + ".zip");
      assertTrue(r.out().contains("pack " + p + ": " + zip + ", " + e.getValue() + " files, signed, verified"),
          r.out());
      Cli.Result v = Cli.run("verify", "--trust", tmp.resolve("natco.pub").toString(), zip.toString());
      assertEquals(0, v.exitCode(), v.out());
      assertTrue(v.out().contains("signature: manifest.json signed by " + tmp.resolve("natco.pub")), v.out());
    }
  }

  @Test
  void aPeriodKeepsTheDataQualityOfItsOwnIngestWhenALaterRunReadsAnotherExtract() throws Exception {
    JsonNode manifest = new ObjectMapper().readTree(runOut.resolve("2024/manifest.json").toFile());
    Path own = runOut.resolve("2024/data-quality.json");
    assertArrayEquals(Files.readAllBytes(runOut.resolve("ingest/data-quality.json")), Files.readAllBytes(own));
    assertEquals(PackFiles.sha256(Files.readAllBytes(own)), manifest.at("/outputs/data-quality.json").asText());

    Path out = tmp.resolve("out");
    copyFolder(runOut, out);
    Path seven = goldenWithoutV7();
    Cli.Result later = Cli.run("run", "--input", seven.toString(), "--period", "2023", "--out", out.toString());
    assertEquals(0, later.exitCode(), later.err());
    assertEquals(7, new ObjectMapper().readTree(out.resolve("ingest/data-quality.json").toFile())
        .at("/tables/victims/rows/read").asInt());

    Cli.Result export = Cli.run("export", "--from", out.toString(), "--period", "2024", "--out",
        tmp.resolve("packs").toString(), "--lang", "en");
    assertEquals(0, export.exitCode(), export.err());
    JsonNode dq = new ObjectMapper().readTree(PackFiles.read(tmp.resolve("packs/thbstat-2024.zip"))
        .get("data-quality.json"));
    assertEquals(8, dq.at("/tables/victims/rows/read").asInt(), "2024 was made from the 8 golden victims");
    JsonNode dq2023 = new ObjectMapper().readTree(PackFiles.read(out.resolve("2023/thbstat-2023.zip"))
        .get("data-quality.json"));
    assertEquals(7, dq2023.at("/tables/victims/rows/read").asInt());
  }

  @Test
  void aRunThatReplacesAPublishedTableSaysWhatItRevised() throws Exception {
    Path out = tmp.resolve("out");
    copyFolder(runOut, out);
    Path seven = goldenWithoutV7(); // V7 was reported by a citizen on 2024-08-01
    Cli.Result r = Cli.run("run", "--input", seven.toString(), "--period", "2024", "--out", out.toString(),
        "--no-export");
    assertEquals(0, r.exitCode(), r.err());
    Path revisions = out.resolve("2024").resolve("revisions.csv");
    assertTrue(r.out().contains("revisions 2024 against the public table this run replaces: "), r.out());
    assertTrue(r.out().contains("; every changed cell in " + revisions), r.out());
    List<String> rows = Files.readAllLines(revisions);
    List<String> header = Arrays.asList(rows.get(0).split(","));
    // reported in 2024: V1, V2, V4, V5, V6, V7 and V8 (V3 on 2023-12-20), then without V7 six
    String total = rows.stream().filter(l -> {
      List<String> f = Arrays.asList(l.split(",", -1));
      return f.get(0).equals("VIC_REPORTED") && f.subList(2, header.indexOf("UNIT_MEASURE")).stream()
          .allMatch(c -> c.equals("_T") || c.equals("_Z"));
    }).findFirst().orElseThrow(() -> new AssertionError(rows.toString()));
    assertTrue(total.endsWith(",PS,7,F,6,F,-1,-14.3,REVISED"), total);
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("2024/manifest.json").toFile());
    assertEquals(PackFiles.sha256(Files.readAllBytes(revisions)), manifest.at("/outputs/revisions.csv").asText());

    Cli.Result again = Cli.run("run", "--input", seven.toString(), "--period", "2024", "--out", out.toString(),
        "--no-export");
    assertEquals(0, again.exitCode(), again.err());
    long cells = Files.readAllLines(out.resolve("2024").resolve("indicators-public.csv")).size() - 1;
    assertTrue(again.out().contains("revisions 2024 against the public table this run replaces: " + cells + " cells in"
        + " both: 0 revised, 0 newly protected, 0 newly published, 0 protection changed; 0 only in the old table, 0"
        + " only in the new"), again.out());
    assertTrue(Files.notExists(revisions), "the same extract again revises nothing");
  }

  /** The golden extract without V7, the last but one victim: 7 victims, the same proceedings and trainings. */
  private Path goldenWithoutV7() throws Exception {
    Path seven = Files.createDirectories(tmp.resolve("seven"));
    for (String f : List.of("proceedings.csv", "trainings.csv")) {
      Files.copy(GOLDEN.resolve(f), seven.resolve(f));
    }
    List<String> victims = new ArrayList<>(Files.readAllLines(GOLDEN.resolve("victims.csv")));
    assertTrue(victims.remove(7).startsWith("V7,"));
    Files.write(seven.resolve("victims.csv"), victims);
    return seven;
  }

  private static void copyFolder(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }

  @Test
  void compareFindsWhatANewRunRevisedInThePublishedPack() throws Exception {
    Cli.Result same = Cli.run("compare", pack.toString(), runOut.resolve("2024").toString());
    assertEquals(0, same.exitCode(), same.out() + same.err());
    assertTrue(same.out().contains("old: " + pack + "!indicators-public.csv ("), same.out());
    assertTrue(same.out().strip().endsWith("the tables agree"), same.out());

    // a later extract adds a trainee: the police's women go from 15 to 16, the totals with them
    String csv = Files.readString(runOut.resolve("2024").resolve(CSV));
    String women = line(csv, "CAP_TRAINED", Map.of("SEX", "F", "INSTITUTION", "POLICE"));
    String police = line(csv, "CAP_TRAINED", Map.of("INSTITUTION", "POLICE"));
    String total = line(csv, "CAP_TRAINED", Map.of());
    Path revised = tmp.resolve(CSV);
    Files.writeString(revised, csv.replace(women, women.replace(",15,PS,F", ",16,PS,F"))
        .replace(police, police.replace(",30,PS,F", ",31,PS,F")).replace(total, total.replace(",37,PS,F", ",38,PS,F")));
    Path out = tmp.resolve("revisions.csv");
    Cli.Result differ = Cli.run("compare", pack.toString(), revised.toString(), "--out", out.toString());
    assertEquals(1, differ.exitCode(), differ.out() + differ.err());
    // three revisions of +1: the largest is the first in the table's order
    assertTrue(differ.out().lines().anyMatch(l -> l.matches(" +CAP_TRAINED +3 revised \\(48 cells\\); largest: 2024"
        + " SEX=F INSTITUTION=POLICE 15 -> 16 \\(\\+1, \\+6\\.7%\\)")), differ.out());
    assertTrue(differ.out().contains(": 3 revised, 0 newly protected, 0 newly published, 0 protection changed;"
        + " 0 only in the old table, 0 only in the new"), differ.out());
    List<String> rows = Files.readAllLines(out);
    assertEquals(4, rows.size(), rows.toString());
    assertTrue(rows.contains(String.join(",", "CAP_TRAINED", "2024", rowCodes(rows.get(0), "F", "POLICE"), "PS",
        "15", "F", "16", "F", "1", "6.7", "REVISED")), rows.toString());

    Cli.Result missing = Cli.run("compare", tmp.resolve("none.csv").toString(), revised.toString());
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains(tmp.resolve("none.csv") + ": no such file or folder"), missing.err());
  }

  /** The dimension columns of a revisions row: SEX and INSTITUTION given, every other _Z. */
  private static String rowCodes(String header, String sex, String institution) {
    List<String> h = Arrays.asList(header.split(","));
    List<String> codes = new ArrayList<>();
    for (String d : h.subList(2, h.indexOf("UNIT_MEASURE"))) {
      codes.add(d.equals("SEX") ? sex : d.equals("INSTITUTION") ? institution : "_Z");
    }
    return String.join(",", codes);
  }

  @Test
  void anUnsignedPackSaysSo() throws Exception {
    Cli.Result v = Cli.run("verify", pack.toString());
    assertEquals(0, v.exitCode(), v.out());
    assertTrue(v.out().contains("  signature: none: the pack is not signed, so the checks prove it whole and"
        + " consistent, not who made it"), v.out());
  }

  @Test
  void keysThatCannotSignOrVerifyAreUsageErrors() throws Exception {
    if (System.getenv("THBSTAT_KEY_PASSPHRASE") == null) { // a developer may have it set
      Cli.Result refused = Cli.run("keygen", "--out", tmp.resolve("natco").toString());
      assertEquals(2, refused.exitCode(), "no passphrase to be had (no file, no variable, no terminal)");
      assertTrue(refused.err().contains("the private key is written encrypted: give a passphrase with"
          + " --passphrase-file, in THBSTAT_KEY_PASSPHRASE or at a terminal's prompt, or pass --no-passphrase"),
          refused.err());
      assertTrue(Files.notExists(tmp.resolve("natco.key")));
    }
    Cli.Result k = Cli.run("keygen", "--out", tmp.resolve("natco").toString(), "--no-passphrase");
    assertEquals(0, k.exitCode(), k.err());
    assertTrue(k.out().contains("(private, not encrypted: "), k.out());
    Path pub = tmp.resolve("natco.pub");
    Cli.Result export = Cli.run("export", "--from", runOut.toString(), "--period", "2024", "--out",
        tmp.resolve("packs").toString(), "--sign-key", pub.toString());
    assertEquals(2, export.exitCode(), export.err());
    assertTrue(export.err().contains(pub + ": expected an Ed25519 private key"), export.err());
    assertTrue(Files.notExists(tmp.resolve("packs")), "nothing written");

    Path missing = tmp.resolve("nobody.pub");
    Cli.Result verify = Cli.run("verify", "--trust", missing.toString(), pack.toString());
    assertEquals(2, verify.exitCode(), verify.err());
    assertTrue(verify.err().contains(missing + ": no such file"), verify.err());

    Cli.Result run = Cli.run("run", "--input", GOLDEN.toString(), "--period", "2024", "--out",
        tmp.resolve("out").toString(), "--no-export", "--sign-key", tmp.resolve("natco.key").toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--sign-key signs the export pack, which --no-export leaves out"), run.err());
  }

  private static byte[] pemBody(Path pem) throws Exception {
    String body = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return java.util.Base64.getDecoder().decode(body);
  }

  /** The pack's manifest says it is of {@code format} (its signature, if any, no longer matches). */
  private static void withFormat(Map<String, byte[]> entries, String format) throws Exception {
    ObjectNode manifest = (ObjectNode) new ObjectMapper().readTree(entries.get("manifest.json"));
    ((ObjectNode) manifest.get("pack")).put("format", format);
    entries.put("manifest.json", new ObjectMapper().writeValueAsBytes(manifest));
  }

  private Cli.Result verify(Map<String, byte[]> entries) throws Exception {
    return Cli.run("verify", PackFiles.write(entries, tmp.resolve("thbstat-2024.zip")).toString());
  }

  /** The line of the cell with these codes, every other dimension of the indicator at _T or _Z. */
  static String line(String csv, String indicator, Map<String, String> codes) {
    String[] lines = csv.split("\n");
    List<String> header = Arrays.asList(lines[0].split(",", -1));
    for (String l : lines) {
      String[] f = l.split(",", -1);
      if (f.length != header.size() || !f[3].equals(indicator) || !f[4].equals("2024")) {
        continue;
      }
      boolean match = true;
      for (int i = 5; i < header.size() - 3; i++) {
        String want = codes.get(header.get(i));
        match &= want != null ? f[i].equals(want) : f[i].equals("_T") || f[i].equals("_Z");
      }
      if (match) {
        return l;
      }
    }
    throw new AssertionError("no cell " + indicator + " " + codes);
  }

  static int lineNumber(String csv, String line) {
    return Arrays.asList(csv.split("\n")).indexOf(line) + 1;
  }
}
