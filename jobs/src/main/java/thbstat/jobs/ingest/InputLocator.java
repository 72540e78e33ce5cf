package thbstat.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import thbstat.indicators.contract.ExtractColumn;
import thbstat.indicators.contract.ExtractTable;
import thbstat.indicators.problem.Problem;
import thbstat.jobs.io.Location;

/**
 * Finds each table's file in the input folder and checks that it can be read at all: present,
 * UTF-8, a header, the required columns. Every problem is collected, none stops the search.
 */
final class InputLocator {
  private final SparkSession spark;

  InputLocator(SparkSession spark) {
    this.spark = spark;
  }

  /** The readable file of {@code table}, or null after adding its problems to {@code problems}. */
  InputFile locate(Location inputDir, ExtractTable table, List<Problem> problems) {
    Location csv = inputDir.resolve(table.name() + ".csv");
    Location parquet = inputDir.resolve(table.name() + ".parquet");
    boolean hasCsv;
    boolean hasParquet;
    try {
      hasCsv = csv.isFile();
      hasParquet = parquet.exists();
    } catch (UncheckedIOException e) {
      problems.add(Problem.of(inputDir.toString(), "cannot read: " + e.getCause().getMessage()));
      return null;
    }
    if (hasCsv && hasParquet) {
      problems.add(Problem.of(inputDir.toString(),
          "both " + csv.name() + " and " + parquet.name() + " are present; keep one"));
      return null;
    }
    if (!hasCsv && !hasParquet) {
      problems.add(Problem.of(inputDir.toString(), "missing table '" + table.name() + "': expected " + csv.name()
          + " or " + parquet.name() + nearMisses(inputDir, table, csv)));
      return null;
    }
    Location found = hasCsv ? csv : parquet;
    if (found.isSpecialFile()) {
      problems.add(Problem.of(found.toString(), "not a regular file (a named pipe or a device), which may never end;"
          + " copy the table into a file"));
      return null;
    }
    InputFile file = hasCsv ? csv(csv, table, problems) : parquet(parquet, table, problems);
    if (file == null) {
      return null;
    }
    int before = problems.size();
    checkColumns(file, problems);
    return problems.size() == before ? file : null;
  }

  private static InputFile csv(Location path, ExtractTable table, List<Problem> problems) {
    try {
      OptionalLong bad = CsvText.firstInvalidUtf8Line(path);
      if (bad.isPresent() && CsvText.startsAsUtf16(path)) {
        problems.add(Problem.of(path.toString(), "UTF-16 text (as Excel's \"Unicode Text\" saves it), not UTF-8;"
            + " save the file as \"CSV UTF-8\""));
        return null;
      }
      if (bad.isPresent()) {
        problems.add(new Problem(path.toString(), (int) Math.min(Integer.MAX_VALUE, bad.getAsLong()), 0,
            "not UTF-8 (invalid byte sequence on this line); save the file as UTF-8 (e.g. not Windows-1250)"));
        return null;
      }
      String header = CsvText.headerLine(path);
      if (header == null) {
        problems.add(Problem.of(path.toString(), "empty file: expected a header row with the column names"));
        return null;
      }
      if (header.isBlank()) {
        problems.add(new Problem(path.toString(), 1, 0, "line 1 is empty: the header row with the column names must"
            + " be the first line"));
        return null;
      }
      if (header.indexOf('\0') >= 0) {
        problems.add(Problem.of(path.toString(), "not a CSV text file: its first line holds NUL bytes, as UTF-16"
            + " text or a binary file does; save it as UTF-8 text"));
        return null;
      }
      int cr = header.indexOf('\r');
      if (cr >= 0 && cr < header.length() - 1) {
        problems.add(new Problem(path.toString(), 1, 0, "lines end with a carriage return alone (CR, as old Mac"
            + " programs write them), so the whole file reads as one line; save it with LF or CRLF line ends"));
        return null;
      }
      if (header.indexOf('\t') >= 0 && header.indexOf(',') < 0 && header.indexOf(';') < 0) {
        problems.add(new Problem(path.toString(), 1, 0, "the header is separated by tabs; save the file with ',' or"
            + " ';' between the columns"));
        return null;
      }
      char delimiter = CsvText.detectDelimiter(header);
      List<String> columns = CsvText.split(header, delimiter).stream()
          .map(c -> c.trim().toLowerCase(Locale.ROOT))
          .toList();
      CsvText.MultiLineRecords multiLine = CsvText.multiLineRecords(path, delimiter);
      if (multiLine.unclosedFrom() >= 0) {
        problems.add(new Problem(path.toString(), (int) Math.min(Integer.MAX_VALUE, multiLine.unclosedFrom()), 0,
            "a quoted value opens on this line and is never closed, so every line after it would be part of"
                + " that value; close the quote (\"\") or remove it"));
        return null;
      }
      if (multiLine.strayCrLine() >= 0) {
        problems.add(new Problem(path.toString(), (int) Math.min(Integer.MAX_VALUE, multiLine.strayCrLine()),
            multiLine.strayCrColumn(), "a carriage return (CR) alone in this value, where the file's lines end"
                + " with LF, would split its row in two; remove it (or quote the value if the line break is meant)"));
        return null;
      }
      return new InputFile(table, path, "csv", columns, delimiter, multiLine.records());
    } catch (IOException e) {
      problems.add(Problem.of(path.toString(), "cannot read: " + e.getMessage()));
      return null;
    }
  }

  private InputFile parquet(Location path, ExtractTable table, List<Problem> problems) {
    List<Location> files = path.dataFiles();
    if (files.isEmpty()) {
      problems.add(Problem.of(path.toString(), "a Parquet folder with no data files in it"));
      return null;
    }
    boolean readable = true;
    for (Location f : files) {
      if (!f.looksLikeParquet()) {
        problems.add(Problem.of(f.toString(), "not a Parquet file (no PAR1 marker at its start and end: empty, cut"
            + " short, or another format)"));
        readable = false;
      }
    }
    if (!readable || !sameColumnTypes(path, files, problems)) {
      return null;
    }
    try {
      List<String> columns = new ArrayList<>();
      for (StructField f : spark.read().parquet(path.forSpark()).schema().fields()) {
        columns.add(f.name().trim().toLowerCase(Locale.ROOT));
      }
      return new InputFile(table, path, "parquet", columns, ',');
    } catch (Exception e) { // Spark's AnalysisException is a checked exception
      java.util.regex.Matcher twice = java.util.regex.Pattern.compile("COLUMN_ALREADY_EXISTS\\].*?`([^`]+)`")
          .matcher(String.valueOf(e.getMessage()));
      problems.add(Problem.of(path.toString(), twice.find()
          ? "column '" + twice.group(1) + "' appears twice (names differing only in letter case are the same column)"
          : "cannot read as Parquet: " + firstLine(e.getMessage())));
      return null;
    }
  }

  /**
   * Whether every part of a Parquet folder gives each column the same type: Spark takes the
   * first part's and fails inside a task on a part that differs. A column missing from a part is
   * all empty there, as in a CSV without it.
   */
  private static boolean sameColumnTypes(Location folder, List<Location> parts, List<Problem> problems) {
    if (parts.size() < 2) {
      return true;
    }
    Map<String, String> typeOf = new HashMap<>();
    Map<String, String> firstPartOf = new HashMap<>();
    try {
      for (Location part : parts) {
        for (org.apache.parquet.schema.Type t : part.parquetSchema().getFields()) {
          String name = t.getName().trim().toLowerCase(Locale.ROOT);
          String type = describe(t);
          String before = typeOf.putIfAbsent(name, type);
          firstPartOf.putIfAbsent(name, part.name());
          if (before != null && !before.equals(type)) {
            problems.add(Problem.of(folder.toString(), "column '" + t.getName() + "' is " + before + " in "
                + firstPartOf.get(name) + " but " + type + " in " + part.name()
                + "; write every part with the same column types"));
            return false;
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      problems.add(Problem.of(folder.toString(), "cannot read as Parquet: " + firstLine(e.getMessage())));
      return false;
    }
    return true;
  }

  /** A Parquet column's type as a user reads it: {@code INT32 (int)}, {@code BINARY (string)}, {@code a group}. */
  private static String describe(org.apache.parquet.schema.Type t) {
    if (!t.isPrimitive()) {
      return "a group (" + t.asGroupType().getFieldCount() + " fields)";
    }
    org.apache.parquet.schema.LogicalTypeAnnotation logical = t.getLogicalTypeAnnotation();
    String physical = t.asPrimitiveType().getPrimitiveTypeName().name();
    return logical == null ? physical : physical + " (" + logical.toString().toLowerCase(Locale.ROOT) + ")";
  }

  /** What in the folder looks meant for the table: a name in other letter case, a folder named like the CSV. */
  private static String nearMisses(Location inputDir, ExtractTable table, Location csv) {
    List<String> hints = new ArrayList<>();
    for (Location link : List.of(csv, inputDir.resolve(table.name() + ".parquet"))) {
      java.nio.file.Path local = link.localPath().orElse(null);
      if (local != null && java.nio.file.Files.isSymbolicLink(local) && !java.nio.file.Files.exists(local)) {
        try {
          hints.add(link.name() + " is a link to " + java.nio.file.Files.readSymbolicLink(local) + ", which does not exist");
        } catch (IOException e) {
          hints.add(link.name() + " is a link whose target does not exist");
        }
      }
    }
    for (String name : inputDir.childNames()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (name.equals(csv.name()) && !hints.isEmpty() && hints.get(0).startsWith(name + " is a link")) {
        continue; // a dangling link, said above
      } else if (name.equals(csv.name())) {
        hints.add(name + " is a folder, not a file");
      } else if (lower.equals(table.name() + ".csv") || lower.equals(table.name() + ".parquet")) {
        hints.add("found " + name + ": names are case-sensitive, rename it " + lower);
      }
    }
    return hints.isEmpty() ? "" : " (" + String.join("; ", hints) + ")";
  }

  private static void checkColumns(InputFile file, List<Problem> problems) {
    if (file.isCsv() && !file.columns().isEmpty() && file.columns().stream().noneMatch(c -> file.table().column(c).isPresent())) {
      // a file without its header line: one message, not one per missing column
      problems.add(new Problem(file.path().toString(), 1, 1, "the first line is not a header: none of its "
          + file.columns().size() + " fields names a column of " + file.table().name() + " ("
          + String.join(", ", file.table().columnNames()) + "); the file must start with the header line"));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < file.columns().size(); i++) {
      String c = file.columns().get(i);
      if (c.isEmpty()) {
        problems.add(new Problem(file.path().toString(), 1, i + 1, "empty column name in the header"));
      } else if (!seen.add(c)) {
        problems.add(new Problem(file.path().toString(), 1, i + 1, "column '" + c + "' appears twice"));
      }
    }
    for (ExtractColumn c : file.table().columns()) {
      if (c.required() && !file.columns().contains(c.name())) {
        problems.add(Problem.of(file.path().toString(), "missing required column '" + c.name() + "'"
            + nearHeader(file.columns(), c.name())));
      }
    }
  }

  /**
   * Why a header cell that reads as {@code name} on screen is not it: an invisible character in it
   * (a zero-width space, a second byte order mark), or the other delimiter joining two names.
   */
  private static String nearHeader(List<String> header, String name) {
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      StringBuilder visible = new StringBuilder();
      String invisible = null;
      for (int k = 0; k < h.length(); ) {
        int cp = h.codePointAt(k);
        if (Character.getType(cp) == Character.FORMAT || Character.isISOControl(cp)) {
          invisible = invisible == null ? String.format("U+%04X", cp) : invisible;
        } else {
          visible.appendCodePoint(cp);
        }
        k += Character.charCount(cp);
      }
      if (invisible != null && visible.toString().trim().equals(name)) {
        return ": column " + (i + 1) + " of the header reads '" + name + "' but holds an invisible character ("
            + invisible + "); remove it";
      }
      if (!h.equals(name) && java.util.Arrays.asList(h.split("[,;\\t|]")).stream().map(String::trim).anyMatch(name::equals)) {
        return ": column " + (i + 1) + " of the header is '" + h + "', which holds it with another delimiter;"
            + " use one delimiter (',' or ';') throughout";
      }
    }
    return "";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
