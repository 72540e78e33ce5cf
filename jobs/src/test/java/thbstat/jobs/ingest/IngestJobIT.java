package thbstat.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thbstat.indicators.contract.Extract;
import thbstat.indicators.problem.ThbstatException;
import thbstat.jobs.spark.TestSpark;

/** The ingest stage end to end on small hand-written inputs (one shared SparkSession). */
class IngestJobIT {
  @TempDir Path tmp;

  private final SparkSession spark = TestSpark.session();

  /** The valid extract's three tables, copied into a folder of their own to be changed. */
  private Path validExtract(String folder) throws java.io.IOException {
    Path in = Files.createDirectories(tmp.resolve(folder));
    for (String table : List.of("victims", "proceedings", "trainings")) {
      Files.copy(IngestFixtures.resource("valid/" + table + ".csv"), in.resolve(table + ".csv"));
    }
    return in;
  }

  private IngestResult ingest(Path in, Path out) {
    List<String> progress = new ArrayList<>();
    IngestResult r = new IngestJob(spark).run(in, out, progress::add);
    assertTrue(progress.stream().anyMatch(p -> p.startsWith("ingest victims.")), progress.toString());
    return r;
  }

  @Test
  void validFixtureIsAcceptedWholeWithTheContractSchema() throws Exception {
    // ingest caches uncompressed, and gives the session its own setting back
    String compressed = "spark.sql.inMemoryColumnarStorage.compressed";
    spark.conf().set(compressed, "true");
    IngestResult r;
    try {
      r = ingest(IngestFixtures.resource("valid"), tmp);
      assertEquals("true", spark.conf().get(compressed));
    } finally {
      spark.conf().unset(compressed);
    }
    assertEquals(0, r.quarantined(), Files.readString(r.quarantineFile()));
    assertEquals(List.of(12L, 10L, 10L), r.tables().stream().map(TableSummary::accepted).toList());
    assertEquals(List.of(QuarantineWriter.HEADER), IngestFixtures.lines(r.quarantineFile()));
    // how recent the extract is: to the month over all tables, to the day per column internally
    JsonNode quality = new ObjectMapper().readTree(tmp.resolve("data-quality.json").toFile());
    assertEquals("2024-09", quality.path("latest_month").asText());
    assertEquals("2023-10-10", quality.at("/tables/victims/latest_date/decision_date").asText());
    Dataset<Row> v = spark.read().parquet(tmp.resolve("clean/victims.parquet").toString());
    // The contract's columns, then whether other rows share each id that is not the key.
    List<String> columns = new ArrayList<>(Extract.VICTIMS.columnNames());
    columns.add("__shared_case_id");
    assertEquals(columns, List.of(v.columns()));
    assertEquals("struct<victim_id:string,case_id:string,report_date:date,referred_by:string,status:string,"
        + "decision_date:date,sex:string,age:int,citizenship:string,exploitation:array<string>,"
        + "exploitation_country:string,police_admin:string,recruitment:string,reflection_period:boolean,"
        + "residence_permit:boolean,assistance:array<string>,compensation_claimed:boolean,"
        + "compensation_awarded_rsd:decimal(18,2),__shared_case_id:boolean>", v.schema().simpleString());
    // C-2023-00001 is the case of two victims, C-2023-00002 of one; rows with no case count as shared.
    assertTrue(v.filter("victim_id = 'V-2023-000002'").first().getBoolean(18));
    assertFalse(v.filter("victim_id = 'V-2023-000005'").first().getBoolean(18));
    assertTrue(v.filter("victim_id = 'V-2023-000003'").first().getBoolean(18));
    Row first = v.filter("victim_id = 'V-2023-000002'").first();
    assertEquals(List.of("labour", "sexual"), first.getList(9));
    JsonNode dq = new ObjectMapper().readTree(tmp.resolve("data-quality.json").toFile());
    assertEquals(12, dq.at("/tables/victims/rows/read").asInt());
    assertEquals(6, dq.at("/tables/victims/codes/citizenship/SRB").asInt());
    // decision_date applies unless pending (2 rows are), exploitation to identified and presumed
    // victims (7 of the 12): where it does not apply, empty is not unknown
    assertEquals(2, dq.at("/tables/victims/not_applicable/decision_date").asInt());
    assertEquals(5, dq.at("/tables/victims/not_applicable/exploitation").asInt());
    assertEquals(0.0, dq.at("/tables/victims/unknown_share/decision_date").asDouble());
    assertEquals(0.0, dq.at("/tables/victims/unknown_share/exploitation").asDouble());
    assertTrue(Files.readString(tmp.resolve("data-quality.txt")).contains("read 12 = accepted 12 + quarantined 0"));
  }

  @Test
  void goldenBadInputGivesExactlyTheExpectedQuarantineRows() throws Exception {
    Path out = tmp.resolve("out");
    IngestResult r = ingest(IngestFixtures.resource("bad"), out);
    List<String> expected = IngestFixtures.lines(IngestFixtures.resource("bad/expected-quarantine.csv"));
    assertEquals(expected, IngestFixtures.quarantineKeys(r.quarantineFile()));
    // read = accepted + quarantined, per table
    assertEquals(List.of(14L, 13L, 7L), r.tables().stream().map(TableSummary::read).toList());
    assertEquals(List.of(3L, 4L, 1L), r.tables().stream().map(TableSummary::accepted).toList());
    assertEquals(List.of(11L, 9L, 6L), r.tables().stream().map(TableSummary::quarantined).toList());
    assertEquals(26, r.quarantined());
    // the duplicate key message names the other line
    String dup = IngestFixtures.lines(r.quarantineFile()).stream()
        .filter(l -> l.startsWith("victims.csv,10,")).findFirst().orElseThrow();
    assertTrue(dup.contains("other line(s): 11"), dup);
    // conditional values present where the condition does not hold: ignored with a warning, nulled
    JsonNode dq = new ObjectMapper().readTree(out.resolve("data-quality.json").toFile());
    assertEquals(1, dq.at("/tables/victims/ignored_conditional_values/decision_date").asInt());
    assertEquals(1, dq.at("/tables/proceedings/ignored_conditional_values/sentence").asInt());
    assertEquals(2, dq.at("/tables/proceedings/ignored_conditional_values/prison_months").asInt());
    assertEquals(2, dq.at("/tables/victims/violations/duplicate_key/victim_id").asInt());
    assertEquals(1, dq.at("/tables/victims/violations/field_count/(row)").asInt(), "a rule of the whole row");
    // rows by the year of their first date: victims lines 3 (empty), 6 (2023-02-30) and 12 (wrong field
    // count) have none; the other 11 are dated 2023, 8 of them quarantined (5, 7–11, 13, 15)
    assertEquals("report_date", dq.at("/tables/victims/year_of").asText());
    assertEquals(List.of(11L, 8L, 3L, 3L), List.of(dq.at("/tables/victims/rows_by_year/2023/read").asLong(),
        dq.at("/tables/victims/rows_by_year/2023/quarantined").asLong(),
        dq.at("/tables/victims/rows_by_year/unknown/read").asLong(),
        dq.at("/tables/victims/rows_by_year/unknown/quarantined").asLong()));
    // trainings lines 5 (wrong field count) and 6 (20.01.2023) have no year; 2023: 5 read, 4 quarantined
    assertEquals(List.of(5L, 4L, 2L, 2L), List.of(dq.at("/tables/trainings/rows_by_year/2023/read").asLong(),
        dq.at("/tables/trainings/rows_by_year/2023/quarantined").asLong(),
        dq.at("/tables/trainings/rows_by_year/unknown/read").asLong(),
        dq.at("/tables/trainings/rows_by_year/unknown/quarantined").asLong()));
    // unknown shares of 2023 over its 3 accepted victims (lines 2, 4, 14): exploitation_country empty on
    // lines 4 and 14 (2 of 3), recruitment on all; decision_date applies to line 2 alone, where it is set;
    // sex is known on all three
    assertEquals(0.666667, dq.at("/tables/victims/unknown_share_by_year/2023/exploitation_country").asDouble());
    assertEquals(1.0, dq.at("/tables/victims/unknown_share_by_year/2023/recruitment").asDouble());
    assertTrue(dq.at("/tables/victims/unknown_share_by_year/2023/decision_date").isMissingNode());
    // a reflection period is recorded for identified and presumed victims: of the three, line 2 alone
    // (empty); lines 4 and 14 are pending (14's "DA" does not count either way)
    assertEquals(1.0, dq.at("/tables/victims/unknown_share/reflection_period").asDouble());
    assertEquals(2, dq.at("/tables/victims/not_applicable/reflection_period").asLong());
    assertTrue(dq.at("/tables/victims/unknown_share_by_year/2023/sex").isMissingNode());
    assertTrue(dq.at("/tables/victims/unknown_share_by_year/unknown").isMissingNode(), "no accepted row without a year");
    assertEquals(13, dq.at("/tables/proceedings/rows_by_year/2023/read").asLong());
    assertEquals(9, dq.at("/tables/proceedings/rows_by_year/2023/quarantined").asLong());
    assertTrue(dq.at("/tables/proceedings/rows_by_year/unknown").isMissingNode());
    assertTrue(r.warnings().contains("victims.csv: 1 value(s) of decision_date given on rows where it does not apply"
        + " (it applies where status is not pending); ignored (first on line 4)"), r.warnings().toString());
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("proceedings.csv: 1 value(s) of sentence given on rows")
        && w.endsWith("(first on line 8)")), r.warnings().toString());
    Dataset<Row> p = spark.read().parquet(out.resolve("clean/proceedings.parquet").toString());
    Row acquitted = p.filter("person_id = 'P-000107'").first();
    assertNull(acquitted.getAs("sentence"));
    assertNull(acquitted.getAs("prison_months"));
    // mixed-case codes with spaces, da/ne/yes booleans
    Row mixed = spark.read().parquet(out.resolve("clean/victims.parquet").toString())
        .filter("victim_id = 'V-2023-000112'").first();
    assertEquals("police", mixed.getAs("referred_by"));
    assertEquals("f", mixed.getAs("sex"));
    assertEquals("SRB", mixed.getAs("citizenship"));
    assertEquals("beograd", mixed.getAs("police_admin"));
    assertEquals(true, mixed.getAs("reflection_period"));
    assertEquals(false, mixed.getAs("residence_permit"));
    assertEquals(true, mixed.getAs("compensation_claimed"));
    assertEquals(List.of("ict"), spark.read().parquet(out.resolve("clean/trainings.parquet").toString())
        .select("topic").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
  }

  @Test
  void aDateAfterTodayIsAcceptedWithAWarningNamingItsFirstLine() throws Exception {
    Path in = validExtract("future");
    String victims = Files.readString(in.resolve("victims.csv"));
    Files.writeString(in.resolve("victims.csv"), victims.replace("2023-01-12,police,identified,2023-03-01",
        "2023-01-12,police,identified,2099-03-01"));
    IngestResult r = ingest(in, tmp.resolve("future-out"));

    assertEquals(0, r.quarantined());
    // the day is the run's (not asserted: a run may cross midnight)
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("victims.csv: 1 date(s) of decision_date after today, ")
        && w.endsWith(" (first on line 3); such a record counts in no period up to today: check the date")),
        r.warnings().toString());
  }

  @Test
  void datesSavedDayFirstAreQuarantinedWithTheDayTheyMeanAndOneWarningForTheFile() throws Exception {
    Path in = validExtract("day-first");
    // the victims file as a spreadsheet in Serbian saves it: every report date 12.01.2023.
    List<String> lines = Files.readAllLines(in.resolve("victims.csv"));
    List<String> dayFirst = new ArrayList<>(List.of(lines.get(0)));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      f[2] = f[2].substring(8, 10) + "." + f[2].substring(5, 7) + "." + f[2].substring(0, 4) + ".";
      dayFirst.add(String.join(",", f));
    }
    Files.write(in.resolve("victims.csv"), dayFirst);
    IngestResult r = ingest(in, tmp.resolve("day-first-out"));

    assertEquals(12, r.quarantined());
    List<String> quarantine = Files.readAllLines(r.quarantineFile());
    String first = lines.get(1).split(",", -1)[2];
    String written = first.substring(8, 10) + "." + first.substring(5, 7) + "." + first.substring(0, 4) + ".";
    // quoted: a ';' would split the field where a spreadsheet reads the file as semicolon-separated
    assertTrue(quarantine.contains("victims.csv,2,report_date," + written + ",type,\"not a date YYYY-MM-DD: written "
        + "day.month.year; write " + first + "\""), quarantine.toString());
    assertTrue(r.warnings().contains("victims.csv: 12 value(s) of report_date not written YYYY-MM-DD, such as '"
        + written + "' (first on line 2); their rows are quarantined: was the file saved with another date format?"),
        r.warnings().toString());
  }

  @Test
  void aFewMistypedDatesAreQuarantinedWithoutAFileWarning() throws Exception {
    Path in = validExtract("one-typo");
    String victims = Files.readString(in.resolve("victims.csv"));
    Files.writeString(in.resolve("victims.csv"), victims.replace("2023-01-12,police,identified,2023-03-01",
        "2023-01-12,police,identified,2023-0301"));
    IngestResult r = ingest(in, tmp.resolve("one-typo-out"));

    assertEquals(1, r.quarantined());
    assertTrue(r.warnings().stream().noneMatch(w -> w.contains("not written YYYY-MM-DD")), r.warnings().toString());
  }

  @Test
  void aDateOfAnImplausibleYearIsAcceptedWithAWarningNamingItsFirstLine() throws Exception {
    Path in = validExtract("early");
    String victims = Files.readString(in.resolve("victims.csv"));
    // 2023 typed as 0203 in a report date: still before its decision, so no date rule breaks
    Files.writeString(in.resolve("victims.csv"), victims.replace("2023-01-12,police,identified,2023-03-01",
        "0203-01-12,police,identified,2023-03-01"));
    IngestResult r = ingest(in, tmp.resolve("early-out"));

    assertEquals(0, r.quarantined());
    assertTrue(r.warnings().contains("victims.csv: 1 date(s) of report_date before 1990-01-01 (first on line 3), most"
        + " likely a mistyped year; such a record counts only in its own year's period: check the date"),
        r.warnings().toString());
  }

  @Test
  void aResidencePermitOfACitizenIsCountedWithAWarningNamingItsFirstLine() throws Exception {
    Path in = validExtract("citizen");
    // lines 2 and 3: Serbian citizens given a permit (the second written " srb " and "DA"); the
    // permits of lines 4, 6 and 11 are foreigners', as they should be
    String victims = Files.readString(in.resolve("victims.csv"));
    Files.writeString(in.resolve("victims.csv"), victims
        .replace("V-2023-000001,C-2023-00001,2023-01-10,police,identified,2023-02-15,f,17,SRB,sexual,SRB,beograd,online,"
            + "true,false", "V-2023-000001,C-2023-00001,2023-01-10,police,identified,2023-02-15,f,17,SRB,sexual,SRB,"
            + "beograd,online,true,true")
        .replace("2023-03-01,f,22,SRB,sexual|labour,SRB,beograd,in_person,true,false",
            "2023-03-01,f,22, srb ,sexual|labour,SRB,beograd,in_person,true,DA"));
    IngestResult r = ingest(in, tmp.resolve("citizen-out"));

    assertEquals(0, r.quarantined());
    assertTrue(r.warnings().contains("victims.csv: 2 row(s) with residence_permit true where citizenship is SRB (first"
        + " on line 2); it is granted to foreign nationals only: counted as recorded, check the record"),
        r.warnings().toString());
    // counted as recorded: both rows keep their permit in the clean table
    assertEquals(5L, spark.read().parquet(tmp.resolve("citizen-out/clean/victims.parquet").toString())
        .where("residence_permit").count());
  }

  @Test
  void aFolderOfParquetPartsNamesEachRowByItsPartAndSaysWhichPartHoldsWhich() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("parts-in"));
    for (String table : List.of("proceedings", "trainings")) {
      Files.copy(IngestFixtures.resource("valid/" + table + ".csv"), in.resolve(table + ".csv"));
    }
    // the 12 victims in two parts of 5 and 7 rows, all values as text; the 7th row's sex is 'x',
    // the 10th row repeats the 3rd row's victim_id
    List<String> lines = IngestFixtures.lines(IngestFixtures.resource("valid/victims.csv"));
    String[] header = lines.get(0).split(",", -1);
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType();
    for (String h : header) {
      schema = schema.add(h, "string");
    }
    Path folder = Files.createDirectories(in.resolve("victims.parquet"));
    int[][] spans = {{1, 6}, {6, 13}};
    for (int part = 0; part < 2; part++) {
      List<Row> rows = new ArrayList<>();
      for (int l = spans[part][0]; l < spans[part][1]; l++) {
        String[] v = lines.get(l).split(",", -1);
        if (l == 7) {
          v[6] = "x";
        }
        if (l == 10) {
          v[0] = lines.get(3).split(",", -1)[0];
        }
        Object[] values = new Object[v.length];
        for (int i = 0; i < v.length; i++) {
          values[i] = v[i].isEmpty() ? null : v[i];
        }
        rows.add(org.apache.spark.sql.RowFactory.create(values));
      }
      writePart(spark.createDataFrame(rows, schema), folder, part);
    }
    Path out = tmp.resolve("parts-out");
    IngestResult r = ingest(in, out);

    assertEquals(3, r.tables().get(0).quarantined());
    // Each row named by its part and its row there: where the user finds it.
    List<String> quarantined = IngestFixtures.lines(r.quarantineFile());
    assertEquals(List.of(QuarantineWriter.HEADER,
        "victims.parquet/part-00000.parquet,3,victim_id,V-2023-000003,duplicate_key,"
            + "\"duplicate key: 2 rows have it; other row(s): row 5 of part-00001.parquet\"",
        "victims.parquet/part-00001.parquet,2,sex,x,code,\"not one of the codes: f, m, u\"",
        "victims.parquet/part-00001.parquet,5,victim_id,V-2023-000003,duplicate_key,"
            + "\"duplicate key: 2 rows have it; other row(s): row 3 of part-00000.parquet\""), quarantined);
    // The same file when the violations are too many to keep and the rules run again.
    Path again = tmp.resolve("parts-again");
    new IngestJob(spark, 1).run(in, again, p -> { });
    assertEquals(quarantined, IngestFixtures.lines(again.resolve("quarantine.csv")));
    JsonNode parts = new ObjectMapper().readTree(out.resolve("data-quality.json").toFile())
        .at("/tables/victims/parquet_parts");
    assertEquals("rows 1–5: part-00000.parquet", parts.get(0).asText());
    assertEquals("rows 6–12: part-00001.parquet", parts.get(1).asText());
    assertTrue(Files.readString(out.resolve("data-quality.txt")).contains("    rows 6–12: part-00001.parquet"));
  }

  @Test
  void partsThatDisagreeOnAColumnsTypeAreNamedWithBothTypesInsteadOfFailingInATask() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("conflict-in"));
    for (String table : List.of("proceedings", "trainings")) {
      Files.copy(IngestFixtures.resource("valid/" + table + ".csv"), in.resolve(table + ".csv"));
    }
    Path valid = tmp.resolve("conflict-valid");
    ingest(IngestFixtures.resource("valid"), valid);
    Dataset<Row> victims = spark.read().parquet(valid.resolve("clean/victims.parquet").toString())
        .select("victim_id", "report_date", "referred_by", "status", "age");
    Path folder = Files.createDirectories(in.resolve("victims.parquet"));
    // part 0 writes age as a whole number, part 1 as text
    Dataset<Row>[] halves = victims.randomSplit(new double[] {0.5, 0.5}, 1);
    Dataset<Row>[] parts = new Dataset[] {halves[0], halves[1].withColumn("age", halves[1].col("age").cast("string"))};
    for (int part = 0; part < 2; part++) {
      writePart(parts[part], folder, part);
    }
    ThbstatException e = assertThrows(ThbstatException.class, () -> ingest(in, tmp.resolve("conflict-out")));
    assertEquals(2, e.exitCode());
    String problem = e.problems().get(0).toString();
    assertEquals("victims.parquet: column 'age' is INT32 in part-00000.parquet but BINARY (string) in"
        + " part-00001.parquet; write every part with the same column types",
        problem.substring(problem.lastIndexOf('/') + 1));
  }

  /** {@code rows} as one Parquet file {@code part-0000N.parquet} of {@code folder}. */
  private void writePart(Dataset<Row> rows, Path folder, int part) throws java.io.IOException {
    Path written = tmp.resolve("written-part" + part + "-" + folder.getFileName());
    rows.coalesce(1).write().parquet(written.toString());
    try (var found = Files.list(written)) {
      Path file = found.filter(f -> f.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
      Files.move(file, folder.resolve("part-0000" + part + ".parquet"));
    }
  }

  @Test
  void tooManyViolationsToKeepAreReadAgainIntoTheSameQuarantineFile() throws Exception {
    Path kept = tmp.resolve("kept");
    new IngestJob(spark).run(IngestFixtures.resource("bad"), kept, p -> { });
    // One violation kept per table: every table with more runs its rules again for the file.
    Path again = tmp.resolve("again");
    IngestResult r = new IngestJob(spark, 1).run(IngestFixtures.resource("bad"), again, p -> { });
    assertEquals(26, r.quarantined());
    assertEquals(IngestFixtures.lines(kept.resolve("quarantine.csv")),
        IngestFixtures.lines(again.resolve("quarantine.csv")));
    assertEquals(untimed(kept.resolve("data-quality.json")), untimed(again.resolve("data-quality.json")));
  }

  private static List<String> untimed(Path report) {
    return IngestFixtures.lines(report).stream().filter(l -> !l.contains("seconds")).toList();
  }

  @Test
  void semicolonBomCrlfCsvAndNaturalTypeParquetGiveTheSameCleanTables() throws Exception {
    Path reference = tmp.resolve("reference");
    ingest(IngestFixtures.resource("valid"), reference);

    Path in = Files.createDirectories(tmp.resolve("variant"));
    // victims: ';' delimiter, BOM, CRLF, plus an unknown column of pseudonym shapes (no PII alarm)
    List<String> victims = IngestFixtures.lines(IngestFixtures.resource("valid/victims.csv"));
    String[] pseudonyms = {"V-2019-000123", "C-2019-00017", "P-000042", "T-2019-0003",
        "123e4567-e89b-12d3-a456-426614174000", "9f86d081884c7d659a2feaa0c55ad015", "0101990710009"};
    StringBuilder s = new StringBuilder("\uFEFF");
    for (int i = 0; i < victims.size(); i++) {
      String extra = i == 0 ? "legacy_ref" : pseudonyms[i % pseudonyms.length];
      s.append(victims.get(i).replace(',', ';')).append(';').append(extra).append("\r\n");
    }
    Files.write(in.resolve("victims.csv"), s.toString().getBytes(StandardCharsets.UTF_8));
    // proceedings: Parquet with natural types (date, int, decimal, boolean, array<string>)
    spark.read().parquet(reference.resolve("clean/proceedings.parquet").toString())
        .write().parquet(in.resolve("proceedings.parquet").toString());
    Files.copy(IngestFixtures.resource("valid/trainings.csv"), in.resolve("trainings.csv"));

    Path out = tmp.resolve("out");
    IngestResult r = ingest(in, out);
    assertEquals(0, r.quarantined(), Files.readString(r.quarantineFile()));
    assertEquals("parquet", r.tables().get(1).format());
    assertTrue(r.warnings().stream().anyMatch(w -> w.contains("victims.csv") && w.contains("legacy_ref")),
        r.warnings().toString());
    for (String table : List.of("victims", "proceedings", "trainings")) {
      Dataset<Row> a = spark.read().parquet(reference.resolve("clean/" + table + ".parquet").toString());
      Dataset<Row> b = spark.read().parquet(out.resolve("clean/" + table + ".parquet").toString());
      assertEquals(a.schema(), b.schema(), table);
      assertEquals(0, a.exceptAll(b).count() + b.exceptAll(a).count(), table);
    }
  }

  @Test
  void aParquetTimestampIsReadAsItsCalendarDayInSerbiaWhateverTheZoneItWasWrittenIn() throws Exception {
    Path reference = tmp.resolve("reference");
    ingest(IngestFixtures.resource("valid"), reference);
    Path in = Files.createDirectories(tmp.resolve("timestamps"));
    Dataset<Row> victims = spark.read().parquet(reference.resolve("clean/victims.parquet").toString());
    List<String> dates = new java.util.ArrayList<>();
    for (org.apache.spark.sql.types.StructField f : victims.schema().fields()) {
      if (f.dataType() instanceof org.apache.spark.sql.types.DateType) {
        dates.add(f.name());
      }
    }
    // report_date as midnight in Belgrade (23:00 UTC the day before, 22:00 in summer), every other
    // date as midnight UTC: both are the same calendar day in Serbia
    Dataset<Row> asInstants = victims;
    for (String d : dates) {
      org.apache.spark.sql.Column utcMidnight = org.apache.spark.sql.functions.col(d).cast("timestamp");
      asInstants = asInstants.withColumn(d, d.equals("report_date")
          ? org.apache.spark.sql.functions.to_utc_timestamp(utcMidnight, "Europe/Belgrade") : utcMidnight);
    }
    assertTrue(dates.contains("report_date"), dates.toString());
    asInstants.write().parquet(in.resolve("victims.parquet").toString());
    Files.copy(IngestFixtures.resource("valid/proceedings.csv"), in.resolve("proceedings.csv"));
    Files.copy(IngestFixtures.resource("valid/trainings.csv"), in.resolve("trainings.csv"));

    IngestResult r = ingest(in, tmp.resolve("out"));
    assertEquals(0, r.quarantined(), Files.readString(r.quarantineFile()));
    Dataset<Row> back = spark.read().parquet(tmp.resolve("out/clean/victims.parquet").toString());
    assertEquals(victims.schema(), back.schema());
    assertEquals(0, victims.exceptAll(back).count() + back.exceptAll(victims).count());
  }

  @Test
  void unreadableFilesStopWithOneProblemEach() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    // victims: not UTF-8 (Windows-1250 'č' = 0xE8 on line 3)
    List<String> victims = IngestFixtures.lines(IngestFixtures.resource("valid/victims.csv"));
    byte[] head = (victims.get(0) + "\n" + victims.get(1) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "V-2023-000099,,2023-01-01,police,pending,,f,,SRB,,,\u010Dacak\n".getBytes(
        java.nio.charset.Charset.forName("windows-1250"));
    byte[] all = new byte[head.length + bad.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    Files.write(in.resolve("victims.csv"), all);
    // proceedings: missing the required column 'offence'
    List<String> rows = new ArrayList<>();
    for (String l : IngestFixtures.lines(IngestFixtures.resource("valid/proceedings.csv"))) {
      List<String> f = new ArrayList<>(CsvText.split(l, ','));
      f.remove(2);
      rows.add(String.join(",", f));
    }
    Files.write(in.resolve("proceedings.csv"), rows);
    // trainings: missing
    ThbstatException e = assertThrows(ThbstatException.class, () -> ingest(in, tmp.resolve("out")));
    assertEquals(2, e.exitCode());
    List<String> problems = e.problems().stream().map(Object::toString).toList();
    assertEquals(3, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("victims.csv:3: not UTF-8"), problems.get(0));
    assertTrue(problems.get(1).contains("proceedings.csv") && problems.get(1).contains("'offence'"), problems.get(1));
    assertTrue(problems.get(2).contains("trainings.csv or trainings.parquet"), problems.get(2));
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void oldMacLineEndsTabsAndABlankFirstLineEachGetOneMessage() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    String victims = Files.readString(IngestFixtures.resource("valid/victims.csv"));
    Files.writeString(in.resolve("victims.csv"), victims.replace("\r\n", "\n").replace('\n', '\r'));
    Files.writeString(in.resolve("proceedings.csv"),
        Files.readString(IngestFixtures.resource("valid/proceedings.csv")).replace(',', '\t'));
    Files.writeString(in.resolve("trainings.csv"), "\n" + Files.readString(IngestFixtures.resource("valid/trainings.csv")));
    ThbstatException e = assertThrows(ThbstatException.class, () -> ingest(in, tmp.resolve("out")));
    assertEquals(2, e.exitCode());
    List<String> problems = e.problems().stream().map(Object::toString)
        .map(m -> m.substring(m.lastIndexOf('/') + 1)).toList();
    assertEquals(List.of(
        "victims.csv:1: lines end with a carriage return alone (CR, as old Mac programs write them), so the whole file"
            + " reads as one line; save it with LF or CRLF line ends",
        "proceedings.csv:1: the header is separated by tabs; save the file with ',' or ';' between the columns",
        "trainings.csv:1: line 1 is empty: the header row with the column names must be the first line"), problems);
  }

  @Test
  void aCarriageReturnAloneInsideARowStopsTheRunNamingItsLineAndColumnInsteadOfSplittingTheRow() throws Exception {
    Path in = IngestFixtures.copyValid(tmp);
    List<String> lines = IngestFixtures.lines(in.resolve("victims.csv"));
    // line 4's first value, the victim's id, cut in two by a CR
    String cut = lines.get(3).substring(0, 4) + "\r" + lines.get(3).substring(4);
    lines.set(3, cut);
    Files.writeString(in.resolve("victims.csv"), String.join("\n", lines) + "\n");
    ThbstatException e = assertThrows(ThbstatException.class, () -> ingest(in, tmp.resolve("out")));
    assertEquals(2, e.exitCode());
    String problem = e.problems().get(0).toString();
    assertEquals("victims.csv:4:1: a carriage return (CR) alone in this value, where the file's lines end with LF,"
        + " would split its row in two; remove it (or quote the value if the line break is meant)",
        problem.substring(problem.lastIndexOf('/') + 1));
  }

  @Test
  void aNamedPipeInPlaceOfATableIsRefusedInsteadOfWaitedOnForEver() throws Exception {
    Path in = IngestFixtures.copyValid(tmp);
    Files.delete(in.resolve("trainings.csv"));
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", in.resolve("trainings.csv").toString()).start();
    } catch (java.io.IOException noMkfifo) {
      org.junit.jupiter.api.Assumptions.abort("no mkfifo on this machine");
      return;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    ThbstatException e = assertThrows(ThbstatException.class, () -> ingest(in, tmp.resolve("out")));
    assertEquals(2, e.exitCode());
    String problem = e.problems().get(0).toString();
    assertEquals("trainings.csv: not a regular file (a named pipe or a device), which may never end; copy the table"
        + " into a file", problem.substring(problem.lastIndexOf('/') + 1));
  }

  @Test
  void aRequiredColumnHiddenByAnInvisibleCharacterOrAnotherDelimiterIsNamedAsSuch() throws Exception {
    Path in = IngestFixtures.copyValid(tmp);
    String victims = Files.readString(in.resolve("victims.csv"));
    Files.writeString(in.resolve("victims.csv"), victims.replaceFirst("victim_id", "victim_id\u200B"));
    String trainings = Files.readString(in.resolve("trainings.csv"));
    Files.writeString(in.resolve("trainings.csv"), trainings.replaceFirst("training_id,start_date", "training_id;start_date"));
    ThbstatException e = assertThrows(ThbstatException.class, () -> ingest(in, tmp.resolve("out")));
    assertEquals(2, e.exitCode());
    List<String> problems = e.problems().stream().map(Object::toString)
        .map(m -> m.substring(m.lastIndexOf('/') + 1)).toList();
    assertEquals(List.of("victims.csv: missing required column 'victim_id': column 1 of the header reads 'victim_id'"
            + " but holds an invisible character (U+200B); remove it",
        "trainings.csv: missing required column 'training_id': column 1 of the header is 'training_id;start_date',"
            + " which holds it with another delimiter; use one delimiter (',' or ';') throughout",
        "trainings.csv: missing required column 'start_date': column 1 of the header is 'training_id;start_date',"
            + " which holds it with another delimiter; use one delimiter (',' or ';') throughout"), problems);
  }

  @Test
  void aDanglingLinkUtf16TextAndAParquetColumnTwiceInOtherCaseEachNameTheirCause() throws Exception {
    Path in = IngestFixtures.copyValid(tmp);
    Files.delete(in.resolve("victims.csv"));
    Files.createSymbolicLink(in.resolve("victims.csv"), tmp.resolve("gone.csv"));
    Files.write(in.resolve("trainings.csv"), Files.readString(in.resolve("trainings.csv"))
        .getBytes(StandardCharsets.UTF_16LE));
    Files.delete(in.resolve("proceedings.csv"));
    spark.conf().set("spark.sql.caseSensitive", "true"); // to write it at all; the reader is not
    try {
      spark.sql("SELECT 'P-1' AS person_id, 'm' AS sex, 'M' AS SEX").write()
          .parquet(in.resolve("proceedings.parquet").toString());
    } finally {
      spark.conf().set("spark.sql.caseSensitive", "false");
    }
    ThbstatException e = assertThrows(ThbstatException.class, () -> ingest(in, tmp.resolve("out")));
    assertEquals(2, e.exitCode());
    List<String> problems = e.problems().stream().map(Object::toString).toList();
    assertTrue(problems.get(0).endsWith("missing table 'victims': expected victims.csv or victims.parquet"
        + " (victims.csv is a link to " + tmp.resolve("gone.csv") + ", which does not exist)"), problems.get(0));
    assertTrue(problems.get(1).endsWith("proceedings.parquet: column 'sex' appears twice (names differing only in"
        + " letter case are the same column)"), problems.toString());
    assertTrue(problems.get(2).endsWith("trainings.csv: not a CSV text file: its first line holds NUL bytes, as"
        + " UTF-16 text or a binary file does; save it as UTF-8 text"), problems.get(2));
  }

  @Test
  void utf16WithItsByteOrderMarkIsNamedAsExcelsUnicodeText() throws Exception {
    Path in = IngestFixtures.copyValid(tmp);
    // as Excel saves "Unicode Text": a byte-order mark, then UTF-16LE
    byte[] text = Files.readString(in.resolve("trainings.csv")).getBytes(StandardCharsets.UTF_16LE);
    byte[] withMark = new byte[text.length + 2];
    withMark[0] = (byte) 0xFF;
    withMark[1] = (byte) 0xFE;
    System.arraycopy(text, 0, withMark, 2, text.length);
    Files.write(in.resolve("trainings.csv"), withMark);
    ThbstatException e = assertThrows(ThbstatException.class, () -> ingest(in, tmp.resolve("out")));
    assertEquals(List.of(in.resolve("trainings.csv") + ": UTF-16 text (as Excel's \"Unicode Text\" saves it), not"
        + " UTF-8; save the file as \"CSV UTF-8\""), e.problems().stream().map(Object::toString).toList());
  }

  @Test
  void aFileWithoutItsHeaderLineGetsOneMessage() throws Exception {
    Path in = IngestFixtures.copyValid(tmp);
    List<String> trainings = IngestFixtures.lines(in.resolve("trainings.csv"));
    IngestFixtures.write(in.resolve("trainings.csv"), String.join("\n", trainings.subList(1, trainings.size())) + "\n");
    ThbstatException e = assertThrows(ThbstatException.class, () -> ingest(in, tmp.resolve("out")));
    assertEquals(List.of("trainings.csv:1:1: the first line is not a header: none of its 8 fields names a column of "
        + "trainings (training_id, start_date, end_date, institution, topic, participants_f, participants_m, hours); "
        + "the file must start with the header line"),
        e.problems().stream().map(Object::toString).map(m -> m.substring(m.lastIndexOf('/') + 1)).toList());
  }

  @Test
  void aTableFileInOtherLetterCaseIsNamedAndOtherDataFilesAreReportedNotRead() throws Exception {
    Path in = IngestFixtures.copyValid(tmp);
    Files.writeString(in.resolve("notes.csv"), "a,b\n1,2\n");
    Files.move(in.resolve("victims.csv"), in.resolve("Victims.CSV"));
    ThbstatException e = assertThrows(ThbstatException.class, () -> ingest(in, tmp.resolve("out")));
    assertEquals(List.of("missing table 'victims': expected victims.csv or victims.parquet (found Victims.CSV: names"
        + " are case-sensitive, rename it victims.csv)"),
        e.problems().stream().map(Object::toString).map(m -> m.substring(m.indexOf("missing"))).toList());

    Files.move(in.resolve("Victims.CSV"), in.resolve("victims.csv"));
    IngestResult r = ingest(in, tmp.resolve("out"));
    assertTrue(r.warnings().contains("notes.csv: not a table of the extract (victims, proceedings, trainings); not"
        + " read"), r.warnings().toString());
  }

  @Test
  void quotedValuesMayHoldLineBreaksAndEachRowIsNamedByItsFirstLine() throws Exception {
    Path in = IngestFixtures.copyValid(tmp);
    List<String> victims = IngestFixtures.lines(in.resolve("victims.csv"));
    // An extra column 'notes' (ignored): the 1st row's value runs over three lines (LF, then CR LF),
    // the 4th row's over two; the 6th row has sex 'x'.
    StringBuilder text = new StringBuilder(victims.get(0)).append(",notes\n");
    for (int i = 1; i < victims.size(); i++) {
      List<String> fields = new ArrayList<>(CsvText.split(victims.get(i), ','));
      if (i == 6) {
        fields.set(6, "x");
      }
      String notes = i == 1 ? "\"first\nsecond\r\nthird\"" : i == 4 ? "\"a \"\"quoted\"\" word,\nand more\"" : "";
      text.append(String.join(",", fields)).append(',').append(notes).append('\n');
    }
    IngestFixtures.write(in.resolve("victims.csv"), text.toString());

    IngestResult r = ingest(in, tmp.resolve("out"));
    // 12 rows over 15 lines: rows 1-6 start on lines 2, 5, 6, 7, 9, 10.
    assertEquals(12, r.tables().get(0).read());
    assertEquals(11, r.tables().get(0).accepted());
    assertEquals(List.of("victims.csv,10,sex,code"),
        IngestFixtures.quarantineKeys(r.quarantineFile()));
    Dataset<Row> v = spark.read().parquet(tmp.resolve("out/clean/victims.parquet").toString());
    assertEquals(11, v.count());
    assertEquals("XXX", v.filter("victim_id = '" + CsvText.split(victims.get(4), ',').get(0) + "'").first()
        .getAs("citizenship"));
  }

  /**
   * Inputs a robustness sweep broke: quotes inside two unquoted values (ordinary characters), a line
   * of 30,000 fields (the parser stops at 20,480), Parquet doubles NaN, Infinity and 1e30 (no
   * decimal holds them), an amount with a line separator after it, and lines of a tab or a no-break space.
   */
  @Test
  void oddValuesAreQuarantinedByTheirRuleNotLostAndNeverCrashTheRun() throws Exception {
    Path reference = tmp.resolve("reference");
    ingest(IngestFixtures.resource("valid"), reference);
    Path in = IngestFixtures.copyValid(tmp);
    List<String> victims = new ArrayList<>(IngestFixtures.lines(in.resolve("victims.csv")));
    victims.set(1, victims.get(1).replace("V-2023-000001,C-2023-00001,", "V-2023-000001\"a,C-2023-00001\"b,"));
    victims.set(2, victims.get(2) + ",".repeat(30_000));
    victims.set(3, victims.get(3).replaceFirst(",([^,]*)$", ",7\u2028"));
    victims.add(5, "\t"); // blank lines, not rows: a tab, a no-break space
    victims.add("\u00a0 ");
    IngestFixtures.write(in.resolve("victims.csv"), String.join("\n", victims) + "\n");
    Files.delete(in.resolve("proceedings.csv"));
    Dataset<Row> proceedings = spark.read().parquet(reference.resolve("clean/proceedings.parquet").toString());
    Dataset<Row> odd = proceedings.withColumn("assets_confiscated_rsd", org.apache.spark.sql.functions.expr(
        "case person_id when 'P-000001' then double('NaN') when 'P-000002' then double('Infinity') "
            + "when 'P-000003' then 1e30 else double(assets_confiscated_rsd) end"));
    odd.coalesce(1).write().parquet(in.resolve("proceedings.parquet").toString());

    IngestResult r = ingest(in, tmp.resolve("out"));
    assertEquals(12, r.tables().get(0).read(), "every line a row");
    List<String> keys = IngestFixtures.quarantineKeys(r.quarantineFile());
    assertTrue(keys.contains("victims.csv,3,,field_count"), keys.toString());
    assertTrue(keys.contains("victims.csv,4,compensation_awarded_rsd,type"), keys.toString());
    assertTrue(keys.stream().noneMatch(k -> k.startsWith("victims.csv,2,")), "quotes inside values: " + keys);
    List<String> assets = IngestFixtures.lines(r.quarantineFile()).stream()
        .filter(l -> l.contains("assets_confiscated_rsd")).map(l -> CsvText.split(l, ',').get(3)).sorted().toList();
    assertEquals(List.of("1.0E30", "Infinity", "NaN", "NaN"), assets, "P-000001 is in two cases");
    assertEquals("V-2023-000001\"a", spark.read().parquet(tmp.resolve("out/clean/victims.parquet").toString())
        .filter("case_id = 'C-2023-00001\"b'").first().getAs("victim_id"));
  }

  @Test
  void aHeaderOnlyFileAndAnExtraColumnAreWarnedOnTheConsoleAndInTheReport() throws Exception {
    Path in = IngestFixtures.copyValid(tmp);
    List<String> trainings = IngestFixtures.lines(in.resolve("trainings.csv"));
    IngestFixtures.write(in.resolve("trainings.csv"), trainings.get(0) + "\n");
    List<String> victims = IngestFixtures.lines(in.resolve("victims.csv"));
    StringBuilder text = new StringBuilder(victims.get(0)).append(",notes\n");
    for (int i = 1; i < victims.size(); i++) {
      text.append(victims.get(i)).append(",n").append(i).append('\n');
    }
    IngestFixtures.write(in.resolve("victims.csv"), text.toString());

    List<String> progress = new ArrayList<>();
    IngestResult r = new IngestJob(spark).run(in, tmp.resolve("out"), progress::add);
    List<String> expected = List.of("victims.csv: column 'notes' is not in the contract; ignored",
        "trainings.csv: no data rows (only the header); every indicator over trainings counts nothing");
    assertEquals(expected, r.warnings());
    assertEquals(expected.stream().map(w -> "warning: " + w).toList(),
        progress.stream().filter(p -> p.startsWith("warning: ")).toList());
    assertEquals(0, r.tables().get(2).read());
    String report = Files.readString(tmp.resolve("out/data-quality.txt"));
    String trainingsPart = report.substring(report.indexOf("== trainings"), report.indexOf("\nwarnings:"));
    assertEquals("""
        == trainings (trainings.csv, csv)
          read 0 = accepted 0 + quarantined 0
          no accepted rows: no unknown values or codes to show
        """, trainingsPart);
    assertTrue(report.contains("  extra columns ignored: notes\n"), report);
  }

  @Test
  void aQuoteNeverClosedStopsTheRunNamingItsLine() throws Exception {
    Path in = IngestFixtures.copyValid(tmp);
    List<String> victims = new ArrayList<>(IngestFixtures.lines(in.resolve("victims.csv")));
    victims.set(3, victims.get(3).replaceFirst(",", ",\"")); // a quote opens the 2nd value of line 4
    IngestFixtures.write(in.resolve("victims.csv"), String.join("\n", victims) + "\n");
    ThbstatException e = assertThrows(ThbstatException.class, () -> ingest(in, tmp.resolve("out")));
    List<String> problems = e.problems().stream().map(Object::toString).toList();
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("victims.csv:4: a quoted value opens on this line and is never closed"),
        problems.get(0));
  }

  @Test
  void aJmbgInANumberColumnStopsTheRunWhileLargeAmountsPass() throws Exception {
    Path in = IngestFixtures.copyValid(tmp);
    List<String> victims = new ArrayList<>(IngestFixtures.lines(in.resolve("victims.csv")));
    int col = List.of(victims.get(0).split(",", -1)).indexOf("compensation_awarded_rsd");
    String[] amounts = {"123456789", "0101990710008"}; // a 9-digit amount; a valid JMBG
    for (int i = 0; i < amounts.length; i++) {
      String[] f = victims.get(2 + i).split(",", -1);
      f[col] = amounts[i];
      victims.set(2 + i, String.join(",", f));
    }
    Files.write(in.resolve("victims.csv"), victims);
    ThbstatException e = assertThrows(ThbstatException.class, () -> ingest(in, tmp.resolve("out")));
    assertEquals(2, e.exitCode());
    assertEquals(List.of("victims.csv:4: column 'compensation_awarded_rsd' looks like a direct identifier: 13-digit"
        + " personal numbers (JMBG) with a valid check digit in 1 value (first on this line); remove or"
        + " pseudonymise it before running thbstat"),
        e.problems().stream().map(Object::toString).map(m -> m.substring(m.indexOf("victims.csv"))).toList());
  }

  @Test
  void aParquetFileThatIsNotParquetIsNamedWithoutAStackTrace() throws Exception {
    Path reference = tmp.resolve("reference");
    ingest(IngestFixtures.copyValid(tmp), reference);
    Path in = tmp.resolve("in2");
    Files.createDirectories(in);
    for (String t : List.of("proceedings", "trainings")) {
      Files.copy(IngestFixtures.copyValid(tmp.resolve("x" + t)).resolve(t + ".csv"), in.resolve(t + ".csv"));
    }
    // a folder of parts: one good part, one that is not Parquet, one empty
    Path parts = in.resolve("victims.parquet");
    spark.read().parquet(reference.resolve("clean/victims.parquet").toString()).coalesce(1).write()
        .parquet(parts.toString());
    Files.writeString(parts.resolve("part-99999-junk.parquet"), "not parquet at all");
    Files.write(parts.resolve("part-99998-empty.parquet"), new byte[0]);
    ThbstatException e = assertThrows(ThbstatException.class, () -> ingest(in, tmp.resolve("out")));
    assertEquals(2, e.exitCode());
    List<String> problems = e.problems().stream().map(Object::toString).toList();
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).endsWith("victims.parquet/part-99998-empty.parquet: not a Parquet file (no PAR1"
        + " marker at its start and end: empty, cut short, or another format)"), problems.toString());
    assertTrue(problems.get(1).contains("part-99999-junk.parquet: not a Parquet file"), problems.toString());

    deleteTree(parts);
    Files.createDirectories(parts);
    e = assertThrows(ThbstatException.class, () -> ingest(in, tmp.resolve("out")));
    assertEquals(List.of("victims.parquet: a Parquet folder with no data files in it"),
        e.problems().stream().map(Object::toString).map(m -> m.substring(m.indexOf("victims.parquet"))).toList());
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void directIdentifiersStopTheRunBeforeAnythingIsWritten() throws Exception {
    Path in = IngestFixtures.copyValid(tmp);
    List<String> victims = IngestFixtures.lines(in.resolve("victims.csv"));
    String[][] extra = {
        {"Date_Of_Birth", "note", "contact", "ref", "person", "pid", "sender", "remark", "Име"},
        {"", "called on +381 64 123 4567", "064/123-4567", "AB1234567", "Marko Marković", "0101990710008",
            "see ana.petrovic@example.rs", "seen by trainer Marija Petrović in Niš", ""},
    };
    List<String> out = new ArrayList<>();
    for (int i = 0; i < victims.size(); i++) {
      String[] add = i == 0 ? extra[0] : i == 3 ? extra[1] : new String[] {"", "", "", "", "", "V-2019-000123", "", "training in Novi Sad", ""};
      out.add(victims.get(i) + "," + String.join(",", add));
    }
    Files.write(in.resolve("victims.csv"), out);
    Path target = tmp.resolve("out");
    ThbstatException e = assertThrows(ThbstatException.class, () -> ingest(in, target));
    assertEquals(2, e.exitCode());
    List<String> problems = e.problems().stream().map(Object::toString).toList();
    assertEquals(9, problems.size(), String.join("\n", problems));
    String all = String.join("\n", problems);
    assertTrue(all.contains("victims.csv:1:19: column 'date_of_birth'"), all);
    assertTrue(all.contains("victims.csv:4: column 'note' looks like a direct identifier: phone numbers in 1 value (first on this line)"), all);
    assertTrue(all.contains("column 'contact'") && all.contains("column 'ref'") && all.contains("column 'person'"), all);
    assertTrue(all.contains("column 'pid'") && all.contains("JMBG"), all);
    assertTrue(all.contains("column 'sender'") && all.contains("e-mail"), all);
    // a name in Cyrillic reads as its Latin spelling
    assertTrue(all.contains("victims.csv:1:27: column 'име' looks like a direct identifier: its name 'име' names a"
        + " direct identifier; remove it from the extract"), all);
    // a name inside free text: the one line that holds it, not the lines about Novi Sad
    assertTrue(all.contains("victims.csv:4: column 'remark' looks like a direct identifier: personal names in 1 value "
        + "(first on this line)"), all);
    assertFalse(all.contains("Marko"), "the value itself is never printed");
    assertFalse(Files.exists(target));
  }

  @Test
  void aJmbgInsideTextAndANameWrittenInCapitalsAsAnIdStopTheRun() throws Exception {
    Path in = IngestFixtures.copyValid(tmp);
    List<String> victims = IngestFixtures.lines(in.resolve("victims.csv"));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < victims.size(); i++) {
      String note = i == 0 ? "notes" : i == 2 ? "\"Marko, 0101990710008\"" : i == 4 ? "JMBG: 0101990710008" : "";
      out.add(victims.get(i) + "," + note);
    }
    out.set(5, out.get(5).replace("V-2023-000005,", "PETROVIC MARKO,"));
    Files.write(in.resolve("victims.csv"), out);
    Path target = tmp.resolve("out");
    ThbstatException e = assertThrows(ThbstatException.class, () -> ingest(in, target));
    assertEquals(2, e.exitCode());
    assertEquals(List.of(
        "victims.csv:6: column 'victim_id' looks like a direct identifier: personal names (in any letter case, or a"
            + " surname alone) in 1 value (first on this line); remove or pseudonymise it before running thbstat",
        "victims.csv:3: column 'notes' looks like a direct identifier: 13-digit personal numbers (JMBG) with a valid"
            + " check digit in 2 values (first on this line); remove or pseudonymise it before running thbstat"),
        e.problems().stream().map(Object::toString).map(m -> m.substring(m.indexOf("victims.csv"))).toList());
    assertFalse(Files.exists(target));
  }

  @Test
  void aDirectIdentifierInACodeOrDateColumnStopsTheRunAndNoQuarantineFileHoldsIt() throws Exception {
    Path in = IngestFixtures.copyValid(tmp);
    List<String> victims = new ArrayList<>(IngestFixtures.lines(in.resolve("victims.csv")));
    List<String> header = List.of(victims.get(0).split(",", -1));
    String[][] edits = {{"police_admin", "Marko Marković"}, {"citizenship", "0101990710008"},
        {"report_date", "0101990710008"}, {"police_admin", "Novi Sad"}};
    for (int i = 0; i < edits.length; i++) {
      String[] f = victims.get(2 + i).split(",", -1);
      f[header.indexOf(edits[i][0])] = edits[i][1];
      victims.set(2 + i, String.join(",", f));
    }
    Files.write(in.resolve("victims.csv"), victims);
    Path target = tmp.resolve("out");
    ThbstatException e = assertThrows(ThbstatException.class, () -> ingest(in, target));
    assertEquals(2, e.exitCode());
    assertEquals(List.of(
        "victims.csv:3: column 'police_admin' looks like a direct identifier: personal names in 1 value (first on"
            + " this line), kept out of quarantine.csv; remove or pseudonymise it before running thbstat",
        "victims.csv:4: column 'citizenship' looks like a direct identifier: 13-digit personal numbers (JMBG) with a"
            + " valid check digit in 1 value (first on this line), kept out of quarantine.csv; remove or pseudonymise"
            + " it before running thbstat",
        "victims.csv:5: column 'report_date' looks like a direct identifier: 13-digit personal numbers (JMBG) with a"
            + " valid check digit in 1 value (first on this line), kept out of quarantine.csv; remove or pseudonymise"
            + " it before running thbstat"),
        e.problems().stream().map(Object::toString).map(m -> m.substring(m.indexOf("victims.csv"))).toList());
    assertTrue(e.problems().get(0).file().startsWith(in.toString()), e.problems().get(0).file());
    // neither the quarantine file (nor what was written of it) nor the report, which would name its rows
    try (var written = Files.list(target)) {
      assertEquals(List.of("clean"), written.map(p -> p.getFileName().toString()).toList());
    }

    // a town written out in a code column is quarantined as before, and copied
    Files.write(in.resolve("victims.csv"), List.of(victims.get(0), victims.get(1), victims.get(5)));
    IngestResult r = ingest(in, target);
    assertEquals(List.of("victims.csv,3,police_admin,Novi Sad,code"), IngestFixtures.lines(r.quarantineFile())
        .stream().skip(1).map(l -> l.substring(0, l.indexOf(",code,") + 5)).toList());
  }

  @Test
  void aDirectIdentifierInAConditionalValueThatDoesNotApplyStopsTheRunToo() throws Exception {
    Path in = IngestFixtures.copyValid(tmp);
    List<String> victims = new ArrayList<>(IngestFixtures.lines(in.resolve("victims.csv")));
    // line 5 is pending: its decision_date does not apply, and would be ignored
    victims.set(4, victims.get(4).replace(",pending,,", ",pending,Petar Petrović,"));
    Files.write(in.resolve("victims.csv"), victims);
    List<String> proceedings = new ArrayList<>(IngestFixtures.lines(in.resolve("proceedings.csv")));
    // line 3 is acquitted: no sentence applies
    proceedings.set(2, proceedings.get(2).replace(",acquitted,,,", ",acquitted,Marko Jovanović,,"));
    Files.write(in.resolve("proceedings.csv"), proceedings);
    Path target = tmp.resolve("out");
    ThbstatException e = assertThrows(ThbstatException.class, () -> ingest(in, target));
    assertEquals(2, e.exitCode());
    assertEquals(List.of(
        "proceedings.csv:3: column 'sentence' looks like a direct identifier: personal names in 1 value (first on this"
            + " line), kept out of quarantine.csv; remove or pseudonymise it before running thbstat",
        "victims.csv:5: column 'decision_date' looks like a direct identifier: personal names in 1 value (first on"
            + " this line), kept out of quarantine.csv; remove or pseudonymise it before running thbstat"),
        e.problems().stream().map(Object::toString).map(m -> m.substring(m.lastIndexOf('/') + 1)).sorted().toList());

    // a value that does not apply and names no one is still ignored with a warning, as the contract says
    victims.set(4, victims.get(4).replace("Petar Petrović", "2023-03-03"));
    Files.write(in.resolve("victims.csv"), victims);
    Files.write(in.resolve("proceedings.csv"), IngestFixtures.lines(IngestFixtures.resource("valid").resolve("proceedings.csv")));
    IngestResult r = ingest(in, target);
    assertEquals(0, r.tables().stream().mapToLong(TableSummary::quarantined).sum());
    assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("victims.csv: 1 value(s) of decision_date given on rows"
        + " where it does not apply")), r.warnings().toString());
  }

  @Test
  void listElementsAreTrimmedLowerCasedDistinctAndSortedAndBadOnesNamedOnce() throws Exception {
    Path in = IngestFixtures.copyValid(tmp);
    List<String> victims = new ArrayList<>(IngestFixtures.lines(in.resolve("victims.csv")));
    // line 3: exploitation "sexual|labour"; line 4: assistance "legal|financial"
    victims.set(2, victims.get(2).replace(",sexual|labour,", ", Labour |sexual||LABOUR|\u00A0sexual\t,"));
    victims.set(3, victims.get(3).replace(",legal|financial,", ",Zeta|legal| alpha |zeta,"));
    Files.write(in.resolve("victims.csv"), victims);

    IngestResult r = ingest(in, tmp.resolve("out"));

    Row second = spark.read().parquet(tmp.resolve("out/clean/victims.parquet").toString())
        .filter("victim_id = 'V-2023-000002'").first();
    assertEquals(List.of("labour", "sexual"), second.getList(9));
    assertEquals(List.of(QuarantineWriter.HEADER,
            "victims.csv,4,assistance,Zeta|legal| alpha |zeta,code,\"invalid element(s): alpha, zeta\""),
        IngestFixtures.lines(r.quarantineFile()));
  }
}
