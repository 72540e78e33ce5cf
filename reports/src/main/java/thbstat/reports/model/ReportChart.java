package thbstat.reports.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A chart of a report, in one language. Its numbers are also in a table of the same report; the
 * PDF draws it as a picture, the workbook as a sheet of its numbers with a native chart.
 *
 * @param id the chart's number (C1, C2)
 * @param title caption
 * @param style how it is drawn
 * @param categories the labels along the category axis, in order
 * @param series series name → one value per category; null where the value is protected or not
 *     available (the bar is left out and the note says why)
 * @param note the lines under the chart, separated by a line break, or ""
 * @param marks series name → per category the symbol the table prints where the value is null
 *     ({@code x}, {@code :}), drawn at the bar's place so that a reader does not take it for 0
 * @param source who keeps the records drawn, as under the tables they come from; null: the
 *     report's general source line
 * @param unit the unit of the values, in words, as over a table; null: no unit line
 */
public record ReportChart(String id, String title, Style style, List<String> categories,
    Map<String, List<BigDecimal>> series, String note, Map<String, List<String>> marks, String source,
    String unit) {
  public ReportChart(String id, String title, Style style, List<String> categories,
      Map<String, List<BigDecimal>> series, String note) {
    this(id, title, style, categories, series, note, Map.of(), null, null);
  }

  public ReportChart(String id, String title, Style style, List<String> categories,
      Map<String, List<BigDecimal>> series, String note, Map<String, List<String>> marks) {
    this(id, title, style, categories, series, note, marks, null, null);
  }

  /** The same chart with its own source line. */
  public ReportChart withSource(String source) {
    return new ReportChart(id, title, style, categories, series, note, marks, source, unit);
  }

  /** The same chart with its unit line. */
  public ReportChart withUnit(String unit) {
    return new ReportChart(id, title, style, categories, series, note, marks, source, unit);
  }

  /** The symbol drawn for series {@code name} at category {@code i}, or null. */
  public String mark(String name, int i) {
    List<String> m = marks.get(name);
    return m == null || i >= m.size() ? null : m.get(i);
  }

  public ReportChart {
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    Objects.requireNonNull(style);
    Objects.requireNonNull(note);
    categories = List.copyOf(categories);
    Map<String, List<BigDecimal>> copy = new LinkedHashMap<>();
    for (Map.Entry<String, List<BigDecimal>> e : series.entrySet()) {
      if (e.getValue().size() != categories.size()) {
        throw new IllegalArgumentException(id + ": series '" + e.getKey() + "' has " + e.getValue().size()
            + " values for " + categories.size() + " categories");
      }
      copy.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(e.getValue())));
    }
    series = Collections.unmodifiableMap(copy);
    Map<String, List<String>> marksCopy = new LinkedHashMap<>();
    marks.forEach((k, v) -> marksCopy.put(k, Collections.unmodifiableList(new ArrayList<>(v))));
    marks = Collections.unmodifiableMap(marksCopy);
  }

  /** Vertical bars (periods, groups), or horizontal bars (a funnel, read from the top). */
  public enum Style {
    BARS,
    HORIZONTAL_BARS
  }
}
