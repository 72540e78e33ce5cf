package thbstat.reports.i18n;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import thbstat.indicators.i18n.Language;

/**
 * The ingest's warnings ({@code data-quality.json}, written in English) in the language of an
 * edition. The ingest words each kind of warning one way; each is recognised here by its pattern
 * and worded again from the edition's messages, with the file, column and code names kept as they
 * are in the files. A warning of a kind not known here stays in English.
 */
public final class IngestWarnings {
  private IngestWarnings() {}

  private static final String FILE = "^(?<file>[^:]+): ";

  private record Kind(Pattern pattern, BiFunction<Matcher, Messages, String> words) {}

  private static final List<Kind> KINDS = List.of(
      new Kind(Pattern.compile(FILE + "not a table of the extract \\((?<tables>[a-z, ]+)\\); not read$"),
          (g, m) -> fill(m.get("dq.w.not_table"), Map.of("file", g.group("file"), "tables", g.group("tables")))),
      new Kind(Pattern.compile(FILE + "column '(?<column>.+)' is not in the contract; ignored$"),
          (g, m) -> fill(m.get("dq.w.extra_column"), Map.of("file", g.group("file"), "column", g.group("column")))),
      new Kind(Pattern.compile(FILE + "no data rows(?<header> \\(only the header\\))?; every indicator over "
          + "(?<table>\\w+) counts nothing$"),
          (g, m) -> fill(m.get("dq.w.no_rows"), Map.of("file", g.group("file"),
              "header", g.group("header") == null ? "" : m.get("dq.w.only_header"), "table", g.group("table")))),
      new Kind(Pattern.compile(FILE + "(?<n>\\d+) value\\(s\\) of (?<column>\\w+) given on rows where it does not "
          + "apply \\(it applies where (?<condition>.+)\\); ignored \\(first on (?<place>.+)\\)$"),
          (g, m) -> condition(g.group("condition"), m).flatMap(c -> place(g.group("place"), m).map(p ->
              fill(m.get("dq.w.ignored"), Map.of("file", g.group("file"), "n", g.group("n"),
                  "column", m.column(g.group("column")), "condition", c, "place", p)))).orElse(null)),
      new Kind(Pattern.compile(FILE + "column (?<column>\\w+) is absent, though required where (?<condition>.+); "
          + "(?<n>\\d+) row\\(s\\) quarantined for it$"),
          (g, m) -> condition(g.group("condition"), m).map(c -> fill(m.get("dq.w.absent"), Map.of("file",
              g.group("file"), "column", m.column(g.group("column")), "condition", c, "n", g.group("n")))).orElse(null)),
      placed("(?<n>\\d+) value\\(s\\) of (?<column>\\w+) not written YYYY-MM-DD, such as '(?<value>.*)' \\(first on "
          + "(?<place>.+)\\); their rows are quarantined: was the file saved with another date format\\?$",
          "dq.w.not_dates", "value"),
      placed("(?<n>\\d+) date\\(s\\) of (?<column>\\w+) after today, (?<today>[0-9-]+) \\(first on (?<place>.+)\\); "
          + "such a record counts in no period up to today: check the date$", "dq.w.future", "today"),
      placed("(?<n>\\d+) date\\(s\\) of (?<column>\\w+) before (?<earliest>[0-9-]+) \\(first on (?<place>.+)\\), most "
          + "likely a mistyped year; such a record counts only in its own year's period: check the date$",
          "dq.w.early", "earliest"),
      placed("(?<n>\\d+) row\\(s\\) with (?<column>\\w+) (?<value>true) where citizenship is (?<code>\\w+) \\(first on "
          + "(?<place>.+)\\); it is granted to foreign nationals only: counted as recorded, check the record$",
          "dq.w.citizens", "value", "code"));

  /**
   * A warning that counts the values of one column and names the first one's place: file, count,
   * column (named in the edition's words) and place, and the groups {@code asWritten} as they are.
   */
  private static Kind placed(String pattern, String key, String... asWritten) {
    return new Kind(Pattern.compile(FILE + pattern), (g, m) -> place(g.group("place"), m).map(p -> {
      Map<String, String> values = new java.util.HashMap<>(Map.of("file", g.group("file"), "n", g.group("n"),
          "column", m.column(g.group("column")), "place", p));
      for (String name : asWritten) {
        values.put(name, g.group(name));
      }
      return fill(m.get(key), values);
    }).orElse(null));
  }

  private static final Pattern LINE = Pattern.compile("^line (\\d+)$");
  private static final Pattern ROW = Pattern.compile("^row (\\d+) of (.+)$");
  private static final Pattern IS_SET = Pattern.compile("^(\\w+) is set$");
  private static final Pattern IS_NOT = Pattern.compile("^(\\w+) is not (\\w+)$");
  private static final Pattern IS_ANY = Pattern.compile("^(\\w+) is (\\w+(?: or \\w+)*)$");

  /** The warning in the edition's language; in English, or of a kind not known here, as written. */
  public static String in(String warning, Messages m) {
    if (m.language() == Language.EN) {
      return warning;
    }
    return translated(warning, m).orElse(warning);
  }

  /** The warning worded in {@code m}'s language, or empty when its kind is not known here. */
  public static Optional<String> translated(String warning, Messages m) {
    for (Kind k : KINDS) {
      Matcher g = k.pattern().matcher(warning);
      if (g.matches()) {
        return Optional.ofNullable(k.words().apply(g, m));
      }
    }
    return Optional.empty();
  }

  /** Where a warning's first row is: a line of a CSV file, or a row of a Parquet part. */
  private static Optional<String> place(String place, Messages m) {
    Matcher g = LINE.matcher(place);
    if (g.matches()) {
      return Optional.of(fill(m.get("dq.w.line"), Map.of("n", g.group(1))));
    }
    g = ROW.matcher(place);
    if (g.matches()) {
      return Optional.of(fill(m.get("dq.w.row_of_part"), Map.of("n", g.group(1), "part", g.group(2))));
    }
    return Optional.empty();
  }

  /** A column's condition as the contract words it: "X is set", "X is not C", "X is A or B". */
  private static Optional<String> condition(String condition, Messages m) {
    Matcher g = IS_SET.matcher(condition);
    if (g.matches()) {
      return Optional.of(fill(m.get("dq.w.is_set"), Map.of("column", g.group(1))));
    }
    g = IS_NOT.matcher(condition);
    if (g.matches()) {
      return Optional.of(fill(m.get("dq.w.is_not"), Map.of("column", g.group(1), "code", g.group(2))));
    }
    g = IS_ANY.matcher(condition);
    if (g.matches()) {
      return Optional.of(fill(m.get("dq.w.is_any"), Map.of("column", g.group(1),
          "codes", String.join(" " + m.get("dq.w.or") + " ", g.group(2).split(" or ")))));
    }
    return Optional.empty();
  }

  /** The message with its {placeholders} filled; values are put in after the script is chosen. */
  private static String fill(String template, Map<String, String> values) {
    String out = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", e.getValue());
    }
    return out;
  }
}
