package thbstat.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class CsvTextTest {
  @Test
  void delimiterIsDetectedFromTheHeader() {
    assertEquals(',', CsvText.detectDelimiter("a,b,c"));
    assertEquals(';', CsvText.detectDelimiter("a;b;c"));
    assertEquals(';', CsvText.detectDelimiter("\"a,x\";b;c"));
    assertEquals(',', CsvText.detectDelimiter("single"));
  }

  @Test
  void splitHonoursQuotesAndDoubledQuotes() {
    assertEquals(List.of("a", "b,c", "d\"e", ""), CsvText.split("a,\"b,c\",\"d\"\"e\",", ','));
    assertEquals(List.of("x", " y "), CsvText.split("x; y ", ';'));
  }

  @Test
  void bomIsStripped() {
    assertEquals("victim_id", CsvText.stripBom("\uFEFFvictim_id"));
    assertEquals("victim_id", CsvText.stripBom("victim_id"));
  }

  @Test
  void invalidUtf8IsFoundWithItsLine() throws Exception {
    byte[] utf8 = "a,b\nč,ž\nđ,š\n".getBytes(StandardCharsets.UTF_8);
    assertEquals(OptionalLong.empty(), CsvText.firstInvalidUtf8Line(new ByteArrayInputStream(utf8)));
    byte[] cp1250 = "a,b\nx,y\nč,ž\n".getBytes(Charset.forName("windows-1250"));
    assertEquals(OptionalLong.of(3), CsvText.firstInvalidUtf8Line(new ByteArrayInputStream(cp1250)));
    // overlong encoding, surrogate, truncated sequence at the end
    assertTrue(CsvText.firstInvalidUtf8Line(new ByteArrayInputStream(new byte[] {(byte) 0xC0, (byte) 0x80})).isPresent());
    assertTrue(CsvText.firstInvalidUtf8Line(
        new ByteArrayInputStream(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isPresent());
    assertTrue(CsvText.firstInvalidUtf8Line(new ByteArrayInputStream(new byte[] {'a', (byte) 0xE2, (byte) 0x82})).isPresent());
    assertEquals(OptionalLong.empty(), CsvText.firstInvalidUtf8Line(
        new ByteArrayInputStream("\uFEFF€𝄞".getBytes(StandardCharsets.UTF_8))));
  }

  private static CsvText.MultiLineRecords multiLine(String text, char delimiter) throws Exception {
    return CsvText.multiLineRecords(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), delimiter);
  }

  @Test
  void recordsWhoseQuotedValuesHoldLineBreaksAreFoundWithTheirLines() throws Exception {
    // line 2 runs to line 3 (LF), line 5 to line 7 (CR LF, then a lone CR), the rest are single lines
    String text = "id,notes\n1,\"two\nlines\"\n2,plain\r\n3,\"a\r\nb\rc\"\r\n4,\"\"\"quoted\"\" only\"\n";
    assertEquals(List.of(new CsvText.RecordLines(2, 3), new CsvText.RecordLines(5, 7)),
        multiLine(text, ',').records());
    assertEquals(-1, multiLine(text, ',').unclosedFrom());
    assertEquals(-1, multiLine(text, ',').strayCrLine(), "a lone CR inside quotes is part of the value");
  }

  @Test
  void aLoneCarriageReturnOutsideQuotesInAFileOfLfLinesIsFoundWithItsLineAndColumn() throws Exception {
    // line 3's id is cut by a CR: the row parser would read "V-2015" and "000003,F" as two rows
    CsvText.MultiLineRecords m = multiLine("id,sex\nV-1,F\nV-2015\r000003,F\nV-4,M\n", ',');
    assertEquals(3, m.strayCrLine());
    assertEquals(1, m.strayCrColumn());
    assertEquals(2, multiLine("id,sex\nV-1,F\r\nV-2,M\rX\n", ',').strayCrColumn(), "the second column");
    // CR LF throughout, or CR alone throughout (the header check names that), is no stray CR
    assertEquals(-1, multiLine("id,sex\r\nV-1,F\r\nV-2,M\r\n", ',').strayCrLine());
    assertEquals(-1, multiLine("id,sex\rV-1,F\rV-2,M\r", ',').strayCrLine());
  }

  @Test
  void aQuoteInsideAnUnquotedValueIsAnOrdinaryCharacter() throws Exception {
    assertEquals(List.of(), multiLine("id;notes\n1;5\" screen\n2;x\"\n", ';').records());
    // after the delimiter ';' a quote opens a value, after ',' (not the delimiter) it does not
    assertEquals(List.of(new CsvText.RecordLines(2, 3)), multiLine("id;n\n1;\"a\nb\"\n2;c\n", ';').records());
    assertEquals(List.of(), multiLine("id;n\n1,\"a\n2;c\n", ';').records());
  }

  @Test
  void aQuoteNeverClosedIsReportedWhereItOpens() throws Exception {
    CsvText.MultiLineRecords m = multiLine("id,notes\n1,ok\n2,\"opens here\n3,x\n4,y\n", ',');
    assertEquals(3, m.unclosedFrom());
  }

  @Test
  void theLastRecordMayEndWithoutALineBreak() throws Exception {
    assertEquals(List.of(new CsvText.RecordLines(2, 3)), multiLine("id,n\n1,\"a\nb\"", ',').records());
  }
}
