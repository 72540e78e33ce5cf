package thbstat.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import thbstat.indicators.i18n.Language;
import thbstat.indicators.model.Condition;
import thbstat.indicators.model.Measure;
import thbstat.indicators.model.Text;
import thbstat.indicators.model.ValueSpec;

/** Headings and the counting rule in words, in the three languages (Cyrillic derived). */
final class IndicatorsWords {
  private final Language lang;

  IndicatorsWords(Language lang) {
    this.lang = lang;
  }

  String word(String en, String srLatn) {
    return Text.of(en, srLatn).in(lang);
  }

  /**
   * A column heading in capitals: transliterated in lower case, as a word in capitals reads as an
   * acronym and stays in Latin letters.
   */
  String heading(String en, String srLatn) {
    return word(en, srLatn.toLowerCase(Locale.ROOT)).toUpperCase(Locale.ROOT);
  }

  String measure(Measure m, String date) {
    if (m instanceof Measure.DistinctCount d) {
      String s = word("distinct values of " + d.key(), "broj različitih vrednosti " + d.key());
      return d.periodBy() == Measure.PeriodBy.EARLIEST
          ? s + word(", each placed by its earliest qualifying " + date,
              ", svaka u periodu svog najranijeg datuma " + date)
          : s;
    }
    if (m instanceof Measure.Sum s) {
      return word("sum of ", "zbir ") + value(s.value());
    }
    if (m instanceof Measure.RecordCount) {
      return word("number of records", "broj zapisa");
    }
    if (m instanceof Measure.Median md) {
      return word("median of ", "medijana ") + value(md.value()) + (md.key() == null
          ? word(" over the records", " po zapisima")
          : word(" over the units of " + md.key() + " (one value each)", " po jedinicama " + md.key()
              + " (jedna vrednost po jedinici)"));
    }
    if (m instanceof Measure.Share sh) {
      return word("percent of distinct " + sh.key() + " with a qualifying record where ",
          "procenat različitih " + sh.key() + " sa zapisom koji ispunjava uslov ") + conditions(sh.numerator());
    }
    if (m instanceof Measure.Ratio r) {
      String scale = r.scale() == 1 ? "" : " × " + format(r.scale());
      return r.numerator() + " / " + r.denominator() + scale + word(", cell by cell, ", ", ćelija po ćelija, ")
          + r.decimals() + word(" decimals", " decimala");
    }
    Measure.Rate rate = (Measure.Rate) m;
    return rate.indicator() + word(" per 100,000 of ", " na 100.000 ") + rate.population() + ", " + rate.decimals()
        + word(" decimals", " decimala");
  }

  private String value(ValueSpec v) {
    if (v instanceof ValueSpec.DaysBetween d) {
      return word("days from " + d.from() + " to " + d.to(), "broj dana od " + d.from() + " do " + d.to());
    }
    return ((ValueSpec.ColumnValue) v).column();
  }

  String conditions(List<Condition> filter) {
    if (filter.isEmpty()) {
      return word("none: every record", "nema: svi zapisi");
    }
    return filter.stream().map(this::condition).collect(Collectors.joining(word(" and ", " i ")));
  }

  private String condition(Condition c) {
    String values = String.join(", ", c.values());
    return switch (c.op()) {
      case IN -> c.values().size() == 1 ? c.column() + " = " + values : c.column() + word(" in ", " u ") + "[" + values + "]";
      case NOT_IN -> c.column() + word(" not in ", " nije u ") + "[" + values + "]";
      case SET -> c.column() + word(" is set", " je upisan");
      case UNSET -> c.column() + word(" is empty", " je prazan");
      case TRUE -> c.column() + word(" is true", " je tačno");
      case FALSE -> c.column() + word(" is false", " je netačno");
      case GT -> c.column() + " > " + values;
      case GE -> c.column() + " ≥ " + values;
      case LT -> c.column() + " < " + values;
      case LE -> c.column() + " ≤ " + values;
    };
  }

  String unit(String unit) {
    return unit + " (" + switch (unit) {
      case "PS" -> word("persons", "lica");
      case "CASES" -> word("cases", "predmeti");
      case "EVENTS" -> word("events", "događaji");
      case "DAYS" -> word("days", "dani");
      case "MONTHS" -> word("months", "meseci");
      case "HOURS" -> word("hours", "časovi");
      case "PC" -> word("percent", "procenat");
      case "RSD" -> word("Serbian dinars", "dinari");
      case "RATE_100K" -> word("per 100,000 population", "na 100.000 stanovnika");
      case "RATIO" -> word("ratio", "odnos");
      default -> "?";
    } + ")";
  }

  static String format(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%s", d);
  }
}
