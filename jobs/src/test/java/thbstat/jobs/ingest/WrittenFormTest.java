package thbstat.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The message of a value that is not a date or a decimal names the form it is in and the value it means. */
class WrittenFormTest {
  private static final String NOT = "not a date YYYY-MM-DD";

  static Stream<Arguments> dates() {
    return Stream.of(
        // day first with dots, as a spreadsheet saved in Serbian writes it
        Arguments.of("24.11.2015.", NOT + ": written day.month.year; write 2015-11-24"),
        Arguments.of("24.11.2015", NOT + ": written day.month.year; write 2015-11-24"),
        Arguments.of("1.2.2016", NOT + ": written day.month.year; write 2016-02-01"),
        Arguments.of("1. 2. 2016.", NOT + ": written day.month.year; write 2016-02-01"),
        Arguments.of("30.02.2016", NOT + ": written day.month.year, but there is no such day"),
        // slashes: both readings where they differ; 24 can only be a day
        Arguments.of("01/02/2016",
            NOT + ": written with slashes, which leave the order of day and month open (2016-02-01 or 2016-01-02)"),
        Arguments.of("11/24/2015", NOT + ": written with slashes; write 2015-11-24"),
        Arguments.of("24/11/2015", NOT + ": written with slashes; write 2015-11-24"),
        Arguments.of("3/3/2015", NOT + ": written with slashes; write 2015-03-03"),
        Arguments.of("31/31/2015", NOT + ": written with slashes, but there is no such day"),
        // year first with other marks, or without leading zeros
        Arguments.of("2015/11/04", NOT + "; write 2015-11-04"),
        Arguments.of("2015.11.04.", NOT + "; write 2015-11-04"),
        Arguments.of("2015-1-5", NOT + "; write 2015-01-05"),
        Arguments.of("2023-02-29", NOT + " (no such day)"),
        // a time of day after the date
        Arguments.of("2015-11-24 00:00:00", NOT + ": a date with a time of day; write the day alone, 2015-11-24"),
        Arguments.of("2015-11-24T13:05", NOT + ": a date with a time of day; write the day alone, 2015-11-24"),
        // Excel counts days from 1899-12-30 (its day 60, 29 February 1900, never was)
        Arguments.of("42332",
            NOT + ": a spreadsheet's day number (2015-11-24 in Excel); give the column a date format before saving"),
        Arguments.of("36526",
            NOT + ": a spreadsheet's day number (2000-01-01 in Excel); give the column a date format before saving"),
        // anything else
        Arguments.of("yesterday", NOT + " (or no such day)"),
        Arguments.of("2015-11", NOT + " (or no such day)"),
        Arguments.of("123", NOT + " (or no such day)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dates")
  void namesTheFormAndTheDayItMeans(String value, String message) {
    assertEquals(message, WrittenForm.date(value));
  }

  private static final String NOT_DECIMAL = "not a decimal number (use . as the decimal mark)";

  static Stream<Arguments> decimals() {
    return Stream.of(
        // a spreadsheet saved in Serbian: decimal comma, dots between thousands
        Arguments.of("150000,00", NOT_DECIMAL + ": written with a decimal comma; write 150000.00"),
        Arguments.of("1.234,50", NOT_DECIMAL + ": written with a decimal comma; write 1234.50"),
        Arguments.of("1.234.567", NOT_DECIMAL + ": written with '.' between thousands; write 1234567"),
        Arguments.of("-2,5", NOT_DECIMAL + ": written with a decimal comma; write -2.5"),
        // in English: commas between thousands
        Arguments.of("1,234.50", NOT_DECIMAL + ": written with ',' between thousands; write 1234.50"),
        Arguments.of("12,345,678", NOT_DECIMAL + ": written with ',' between thousands; write 12345678"),
        Arguments.of("150,000", NOT_DECIMAL
            + ": written with a comma, which leaves open whether it separates thousands or decimals (150000 or 150.000)"),
        // not plain: the message as it is
        Arguments.of("12,34,5", NOT_DECIMAL),
        Arguments.of("1.23.4", NOT_DECIMAL),
        Arguments.of("RSD 100", NOT_DECIMAL));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decimals")
  void namesADecimalCommaOrThousandsSeparator(String value, String message) {
    assertEquals(message, WrittenForm.decimal(value, NOT_DECIMAL));
  }
}
