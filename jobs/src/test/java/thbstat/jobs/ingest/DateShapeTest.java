package thbstat.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The message of a value that is not a date YYYY-MM-DD names the form it is in and the day it means. */
class DateShapeTest {
  private static final String NOT = "not a date YYYY-MM-DD";

  @Test
  void dayFirstWithDotsAsSerbianSpreadsheetsWriteIt() {
    assertEquals(NOT + ": written day.month.year; write 2015-11-24", DateShape.message("24.11.2015."));
    assertEquals(NOT + ": written day.month.year; write 2015-11-24", DateShape.message("24.11.2015"));
    assertEquals(NOT + ": written day.month.year; write 2016-02-01", DateShape.message("1.2.2016"));
    assertEquals(NOT + ": written day.month.year; write 2016-02-01", DateShape.message("1. 2. 2016."));
    assertEquals(NOT + ": written day.month.year, but there is no such day", DateShape.message("30.02.2016"));
  }

  @Test
  void slashesNameBothReadingsWhenTheyDiffer() {
    assertEquals(NOT + ": written with slashes, which leave the order of day and month open (2016-02-01 or 2016-01-02)",
        DateShape.message("01/02/2016"));
    // 24 can only be a day
    assertEquals(NOT + ": written with slashes; write 2015-11-24", DateShape.message("11/24/2015"));
    assertEquals(NOT + ": written with slashes; write 2015-11-24", DateShape.message("24/11/2015"));
    assertEquals(NOT + ": written with slashes; write 2015-03-03", DateShape.message("3/3/2015"));
    assertEquals(NOT + ": written with slashes, but there is no such day", DateShape.message("31/31/2015"));
  }

  @Test
  void yearFirstWithOtherMarksOrWithoutLeadingZeros() {
    assertEquals(NOT + "; write 2015-11-04", DateShape.message("2015/11/04"));
    assertEquals(NOT + "; write 2015-11-04", DateShape.message("2015.11.04."));
    assertEquals(NOT + "; write 2015-01-05", DateShape.message("2015-1-5"));
    assertEquals(NOT + " (no such day)", DateShape.message("2023-02-29"));
  }

  @Test
  void aTimeOfDayOrASpreadsheetsDayNumber() {
    assertEquals(NOT + ": a date with a time of day; write the day alone, 2015-11-24",
        DateShape.message("2015-11-24 00:00:00"));
    assertEquals(NOT + ": a date with a time of day; write the day alone, 2015-11-24",
        DateShape.message("2015-11-24T13:05"));
    // Excel counts days from 1899-12-30 (its day 60, 29 February 1900, never was)
    assertEquals(NOT + ": a spreadsheet's day number (2015-11-24 in Excel); give the column a date format before saving",
        DateShape.message("42332"));
    assertEquals(NOT + ": a spreadsheet's day number (2000-01-01 in Excel); give the column a date format before saving",
        DateShape.message("36526"));
  }

  @Test
  void anythingElseKeepsTheGeneralMessage() {
    assertEquals(NOT + " (or no such day)", DateShape.message("yesterday"));
    assertEquals(NOT + " (or no such day)", DateShape.message("2015-11"));
    assertEquals(NOT + " (or no such day)", DateShape.message("123"));
  }
}
