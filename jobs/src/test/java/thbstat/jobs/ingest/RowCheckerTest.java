package thbstat.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;
import thbstat.indicators.contract.Extract;
import thbstat.indicators.contract.ExtractColumn;
import thbstat.indicators.contract.ExtractTable;
import thbstat.jobs.io.Location;

/** The row rules on single rows, each expected cell worked out from CONTRACT.md §1 by hand. */
class RowCheckerTest {
  private static final int FIRST = 4;

  @Test
  void aValidTrainingIsTypedWithNoViolation() {
    InternalRow out = check(Extract.TRAININGS, 2, null,
        "T1", "2024-03-01", "2024-03-02", "Police", "identification", "+10", "15", "7.125");
    assertEquals(List.of(), violations(out));
    assertEquals(2L, out.getLong(0));
    assertEquals(false, out.getBoolean(1));
    assertEquals(LocalDate.of(2024, 3, 2), LocalDate.ofEpochDay(out.getInt(FIRST + 2)));
    assertEquals("police", text(out, FIRST + 3));
    assertEquals(10, out.getInt(FIRST + 5));
    // decimal(18,2), rounded half up
    assertEquals(new BigDecimal("7.13"), out.getDecimal(FIRST + 7, 18, 2).toJavaBigDecimal());
  }

  @Test
  void aNumberTooLargeForItsColumnIsCalledThatNotMalformed() {
    InternalRow out = check(Extract.TRAININGS, 7, null,
        "T2", "2023-02-01", "2023-02-02", "police", "identification", "12345678901", "1", "12345678901234567.5");
    assertEquals(List.of(
        "participants_f|12345678901|type|a whole number too large for this column (at most 9 digits)",
        "hours|12345678901234567.5|type|a number too large for this column (at most 16 digits before the decimal"
            + " point)"), violations(out));
    // a Parquet double beyond a decimal keeps Spark's spelling; a small one in that spelling is malformed
    assertEquals(List.of("hours|1.0E30|type|a number too large for this column (at most 16 digits before the decimal"
        + " point)"), violations(check(Extract.TRAININGS, 7, null,
            "T2", "2023-02-01", "2023-02-02", "police", "identification", "1", "1", "1.0E30")));
    assertEquals(List.of("hours|1.5E1|type|not a decimal number (use . as the decimal mark)"), violations(check(
        Extract.TRAININGS, 7, null, "T2", "2023-02-01", "2023-02-02", "police", "identification", "1", "1", "1.5E1")));
  }

  @Test
  void anAmountInDinarsKeepsItsParaAndNothingIsRoundedAway() {
    int assets = FIRST + index(Extract.PROCEEDINGS, "assets_confiscated_rsd");
    InternalRow para = proceedings(p("assets_confiscated_rsd", "1234.50"));
    assertEquals(List.of(), violations(para));
    assertEquals(new BigDecimal("1234.50"), para.getDecimal(assets, 18, 2).toJavaBigDecimal());
    // 1.234 is one thousand two hundred and thirty-four dinars written with a separator, more often than not
    assertEquals(List.of("assets_confiscated_rsd|1.234|type|an amount in dinars with more than 2 decimal places; '.'"
        + " is the decimal point: write thousands without a separator (1234.50)"),
        violations(proceedings(p("assets_confiscated_rsd", "1.234"))));
    assertEquals(List.of(), violations(proceedings(p("assets_confiscated_rsd", "100.5500"))), "trailing zeros lose nothing");
  }

  @Test
  void anInvisibleCharacterMakesNoIdAndIsNamedInACode() {
    // a NUL inside an id would make it another person's; a zero-width space after a code looks valid on screen
    assertEquals(List.of("person_id|P-0\u000001|type|an id holding an invisible or control character (U+0000)"),
        violations(proceedings(p("person_id", "P-0\u000001"))));
    assertEquals(List.of("police_admin|nis\u200B|code|holds an invisible character (U+200B); not one of the codes: "
        + String.join(", ", Extract.PROCEEDINGS.column("police_admin").orElseThrow().codes())),
        violations(proceedings(p("police_admin", "nis\u200B"))));
    assertEquals(List.of(), violations(proceedings(p("person_id", "P-Ђорђе-1"))), "letters of any script are visible");
    // "NA" as a case id would put every such row in one case
    assertEquals(List.of("case_id|n/a|type|a missing value spelled as an id; leave the cell empty"),
        violations(proceedings(p("case_id", "n/a"))));
    // as Excel ("#N/A", "#NULL!") and pandas ("nan") write an empty cell
    for (String missing : List.of("#N/A", "nan", "#NULL!")) {
      assertEquals(List.of("person_id|" + missing + "|type|a missing value spelled as an id; leave the cell empty"),
          violations(proceedings(p("person_id", missing))), missing);
    }
    assertEquals(List.of(), violations(proceedings(p("person_id", "NANA"))), "a name-like pseudonym is an id");
  }

  @Test
  void aLineSeparatorAfterANumberIsNotANumber() {
    // $ would match before a final U+2028 or U+0085 and let the parse throw
    for (String end : List.of("\u2028", "\u0085")) {
      assertEquals(List.of("age|36" + end + "|type|not a whole number"),
          violations(proceedings(p("age", "36" + end))), "age " + (int) end.charAt(0));
      assertEquals(List.of("assets_confiscated_rsd|5" + end + "|type|not a decimal number (use . as the decimal mark)"),
          violations(proceedings(p("assets_confiscated_rsd", "5" + end))));
    }
  }

  @Test
  void aDecimalCommaAndADayFirstDateSayHowToWriteThem() {
    assertEquals(List.of("assets_confiscated_rsd|1.234,50|type|not a decimal number (use . as the decimal mark):"
        + " written with a decimal comma; write 1234.50"), violations(proceedings(p("assets_confiscated_rsd", "1.234,50"))));
    assertEquals(List.of("complaint_date|5.3.2024.|type|not a date YYYY-MM-DD: written day.month.year; write 2024-03-05"),
        violations(proceedings(p("complaint_date", "5.3.2024."))));
  }

  @Test
  void brokenValuesAreNamedInContractOrderWithTheirText() {
    InternalRow out = check(Extract.TRAININGS, 7, null,
        "T2", "2023-02-29", "2023-01-01", "army", "identification", "2.5", null, "0");
    assertEquals(List.of(
        "start_date|2023-02-29|type|not a date YYYY-MM-DD (no such day)",
        "institution|army|code|not one of the codes: " + String.join(", ", Extract.TRAININGS.column("institution")
            .orElseThrow().codes()),
        "participants_f|2.5|type|not a whole number",
        "participants_m|null|required|required value is missing",
        // hours > 0: the lower bound is exclusive for hours
        "hours|0|range|must be > 0"), violations(out));
    // a value that is not valid is not kept
    assertTrue(out.isNullAt(FIRST + 1));
    assertTrue(out.isNullAt(FIRST + 3));
    // a value rounded to the bound says so: the row reads 0.001, which is above 0
    assertEquals(List.of("hours|0.001|range|must be > 0 (0.001 is 0.00 at 2 decimal places)"), violations(check(
        Extract.TRAININGS, 7, null, "T2", "2023-01-01", "2023-01-01", "police", "identification", "2", "3", "0.001")));
  }

  @Test
  void datesMustNotRunBackwardsAndTheMessageNamesTheFirstLaterOne() {
    InternalRow out = check(Extract.TRAININGS, 3, null,
        "T3", "2024-05-10", "2024-05-09", "police", "identification", "1", "1", null);
    assertEquals(List.of("end_date|2024-05-09|date_order|before start_date 2024-05-10"), violations(out));

    InternalRow p = proceedings(p("complaint_date", "2024-06-01"), p("indictment_date", "2024-05-01"),
        p("first_instance_date", "2024-04-01"), p("first_instance_outcome", "acquitted"));
    assertEquals(List.of(
        "indictment_date|2024-05-01|date_order|before complaint_date 2024-06-01",
        "first_instance_date|2024-04-01|date_order|before complaint_date 2024-06-01"), violations(p));
  }

  @Test
  void conditionsDecideWhatIsRequiredAndWhatIsIgnored() {
    // a legal person: sex not required, and ignored when given
    InternalRow legal = proceedings(p("person_type", "legal"), p("sex", "m"));
    assertEquals(List.of(), violations(legal));
    assertEquals(List.of("sex"), ignored(legal));
    assertTrue(legal.isNullAt(FIRST + index(Extract.PROCEEDINGS, "sex")));
    // no first-instance or final date: the outcomes and the sentence do not apply either
    assertEquals(List.of("sex", "first_instance_outcome", "final_outcome", "sentence", "prison_months"),
        notApplicable(legal));
    // a natural person without sex: required
    assertEquals(List.of("sex|null|conditional|required when person_type is natural"),
        violations(proceedings(p("sex", null))));
    // a chain: final_date set -> final_outcome required; convicted -> sentence; prison -> months
    InternalRow chain = proceedings(p("final_date", "2025-01-10"), p("final_outcome", "Convicted"), p("sentence", "prison"),
        p("prison_months", "-1"));
    assertEquals(List.of("prison_months|-1|range|must be ≥ 0"), violations(chain));
    InternalRow acquitted = proceedings(p("final_date", "2025-01-10"), p("final_outcome", "acquitted"),
        p("sentence", "prison"), p("prison_months", "36"));
    assertEquals(List.of(), violations(acquitted));
    assertEquals(List.of("sentence", "prison_months"), ignored(acquitted));
  }

  @Test
  void listsAreLowerCasedTrimmedDistinctAndSortedAndCountriesUpperCased() {
    InternalRow out = proceedings(p("exploitation", " Labour |sexual||LABOUR|\u00A0sexual\t|ZZ"), p("citizenship", "srb"));
    // the quarantined text is the value trimmed at its ends
    assertEquals(List.of("exploitation|Labour |sexual||LABOUR|\u00A0sexual\t|ZZ|code|invalid element(s): zz"),
        violations(out));
    assertEquals(List.of("labour", "sexual", "zz"), texts(out.getArray(FIRST + index(Extract.PROCEEDINGS, "exploitation"))));
    assertEquals("SRB", text(out, FIRST + index(Extract.PROCEEDINGS, "citizenship")));
    // only separators: no list, no violation
    assertTrue(proceedings(p("exploitation", "|")).isNullAt(FIRST + index(Extract.PROCEEDINGS, "exploitation")));
  }

  @Test
  void valuesAreReadTrimmedAndBlankIsMissing() {
    InternalRow out = check(Extract.TRAININGS, 4, null,
        " T4\t", "\u00A02024-03-01 ", "2024-03-02", " police", "identification", "10 ", "\t \u00A0", "7");
    assertEquals(List.of("participants_m|null|required|required value is missing"), violations(out));
    assertEquals("T4", text(out, FIRST));
    assertEquals(LocalDate.of(2024, 3, 1), LocalDate.ofEpochDay(out.getInt(FIRST + 1)));
    assertEquals(10, out.getInt(FIRST + 5));
  }

  @Test
  void datesAreYearMonthDayOfADayThatExists() {
    assertEquals(LocalDate.of(2024, 2, 29), RowChecker.date("2024-02-29"));
    assertEquals(LocalDate.of(1, 1, 1), RowChecker.date("0001-01-01"));
    for (String bad : new String[] {"2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10", "2024-01-00",
        "2024-1-01", "20.01.2023", "2024-01-01x", "2024/01/01", "+024-01-01", "２０２４-01-01", "2024-01-01\n"}) {
      assertEquals(null, RowChecker.date(bad), bad);
    }
  }

  @Test
  void aCheckerReadsARepeatedValueAsTheFirstTimeWhateverTheRowAroundIt() {
    InputFile file = new InputFile(Extract.PROCEEDINGS, Location.local(Path.of("proceedings.csv"), new Configuration()),
        "csv", Extract.PROCEEDINGS.columnNames(), ',');
    RowChecker checker = new RowChecker(file);
    // The scan reuses a row's bytes for the next row.
    byte[] sex = " M ".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Object[] raw = new Object[2 + 20];
    raw[0] = 1L;
    String[] text = {"P1", "C1", "cc388", "natural", null, "30", "SRB", null, "beograd", "2024-01-15", "proactive",
        null, null, null, null, null, null, null, null, null};
    for (int i = 0; i < text.length; i++) {
      raw[2 + i] = text[i] == null ? null : UTF8String.fromString(text[i]);
    }
    raw[2 + index(Extract.PROCEEDINGS, "sex")] = UTF8String.fromBytes(sex);
    int sexOut = 4 + index(Extract.PROCEEDINGS, "sex");

    assertEquals("m", text(checker.check(new GenericInternalRow(raw.clone())), sexOut));
    raw[2 + index(Extract.PROCEEDINGS, "person_type")] = UTF8String.fromString("legal");
    InternalRow legal = checker.check(new GenericInternalRow(raw.clone()));
    assertNull(text(legal, sexOut), "ignored for a legal person, though seen before");
    assertEquals(List.of("sex"), ignored(legal));
    raw[2 + index(Extract.PROCEEDINGS, "person_type")] = UTF8String.fromString("natural");
    System.arraycopy(" F ".getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, sex, 0, 3);
    assertEquals("f", text(checker.check(new GenericInternalRow(raw.clone())), sexOut), "the bytes changed in place");
    System.arraycopy(" X ".getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, sex, 0, 3);
    assertEquals(List.of("sex|X|code|not one of the codes: " + String.join(", ",
        Extract.PROCEEDINGS.column("sex").orElseThrow().codes())),
        violations(checker.check(new GenericInternalRow(raw.clone()))));
  }

  @Test
  void aWrongFieldCountIsTheOnlyViolation() {
    InternalRow out = check(Extract.TRAININGS, 9, 7, "T9", "bad", null, "army", null, null, null, null);
    assertEquals(List.of("|7|field_count|expected 8 fields as in the header, found 7"), violations(out));
    assertEquals(true, out.getBoolean(1));
  }

  @Test
  void aConditionMustReadAnEarlierColumn() {
    assertThrows(IllegalArgumentException.class, () -> RowChecker.Condition.parse("later is set", List.of("a")));
    assertThrows(IllegalArgumentException.class, () -> RowChecker.Condition.parse("a is about b", List.of("a")));
    RowChecker.Condition any = RowChecker.Condition.parse("a is x or y", List.of("a"));
    assertEquals(true, any.holds(new Object[] {"y"}));
    assertEquals(false, any.holds(new Object[] {null}));
    RowChecker.Condition not = RowChecker.Condition.parse("a is not x", List.of("a"));
    assertEquals(false, not.holds(new Object[] {null}), "a missing subject does not make 'is not' hold");
    assertEquals(true, not.holds(new Object[] {"z"}));
  }

  private record Value(String column, String text) {}

  private static Value p(String column, String text) {
    return new Value(column, text);
  }

  /** A valid natural person convicted of nothing yet, with the given values replaced. */
  private static InternalRow proceedings(Value... values) {
    String[] text = {"P1", "C1", "cc388", "natural", "f", "30", "SRB", null, "beograd", "2024-01-15", "proactive",
        null, null, null, null, null, null, null, null, null};
    for (Value v : values) {
      text[index(Extract.PROCEEDINGS, v.column())] = v.text();
    }
    return check(Extract.PROCEEDINGS, 5, null, text);
  }

  private static int index(ExtractTable table, String column) {
    return table.columnNames().indexOf(column);
  }

  private static InternalRow check(ExtractTable table, long line, Integer fields, String... text) {
    InputFile file = new InputFile(table, Location.local(Path.of(table.name() + ".csv"), new Configuration()), "csv",
        table.columnNames(), ',');
    List<Object> raw = new ArrayList<>(List.of(line));
    raw.add(fields);
    Arrays.stream(text).map(UTF8String::fromString).forEach(raw::add);
    return new RowChecker(file).check(new GenericInternalRow(raw.toArray()));
  }

  private static String text(InternalRow row, int i) {
    return row.isNullAt(i) ? null : row.getUTF8String(i).toString();
  }

  private static List<String> texts(ArrayData array) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < array.numElements(); i++) {
      out.add(array.isNullAt(i) ? null : array.getUTF8String(i).toString());
    }
    return out;
  }

  private static List<String> violations(InternalRow out) {
    List<String> v = new ArrayList<>();
    ArrayData all = out.getArray(2);
    for (int i = 0; i < all.numElements(); i++) {
      InternalRow r = all.getStruct(i, 4);
      v.add(text(r, 0) + "|" + text(r, 1) + "|" + text(r, 2) + "|" + text(r, 3));
    }
    return v;
  }

  private static List<String> ignored(InternalRow out) {
    return texts(out.getArray(3)).stream().filter(c -> !c.startsWith(RowChecker.NOT_APPLICABLE)).toList();
  }

  private static List<String> notApplicable(InternalRow out) {
    return texts(out.getArray(3)).stream().filter(c -> c.startsWith(RowChecker.NOT_APPLICABLE))
        .map(c -> c.substring(RowChecker.NOT_APPLICABLE.length())).toList();
  }

  static {
    // the contract this test was worked out against
    assertEquals(20, Extract.PROCEEDINGS.columns().size());
    assertEquals(List.of("training_id", "start_date", "end_date", "institution", "topic", "participants_f",
        "participants_m", "hours"), Extract.TRAININGS.columns().stream().map(ExtractColumn::name).toList());
  }
}
