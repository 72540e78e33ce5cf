package thbstat.indicators.catalogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import thbstat.indicators.contract.Codes;
import thbstat.indicators.contract.ColumnType;
import thbstat.indicators.contract.ExtractColumn;
import thbstat.indicators.model.Condition;
import thbstat.indicators.model.ValueSpec;

/**
 * Checks that the columns an indicator names exist in its source and that each condition fits
 * its column's type: true/false on booleans, gt/ge/lt/le on numbers and dates, has/in on lists,
 * codes of the contract's lists.
 */
final class ColumnChecks {
  private final Problems problems;
  private final Map<Object, Node> where;
  private final Map<Condition, Boolean> hasForm;

  ColumnChecks(Problems problems, Map<Object, Node> where, Map<Condition, Boolean> hasForm) {
    this.problems = problems;
    this.where = where;
    this.hasForm = hasForm;
  }

  Optional<ExtractColumn> column(SourceColumns cols, String name, Node at, String what) {
    Optional<ExtractColumn> c = cols.column(name);
    if (c.isEmpty()) {
      problems.at(at, what + ": source " + cols.source() + " has no column '" + name + "'"
          + Suggest.didYouMean(name, List.copyOf(cols.columns().keySet())));
    }
    return c;
  }

  void numericValue(SourceColumns cols, ValueSpec v, String what, Node at) {
    Node n = where.getOrDefault(v, at);
    if (v instanceof ValueSpec.ColumnValue c) {
      column(cols, c.column(), n, what).ifPresent(col -> {
        if (!SourceColumns.numeric(col)) {
          problems.at(n, what + ": column '" + c.column() + "' is a " + name(col.type()) + " column, not a number");
        }
      });
    } else if (v instanceof ValueSpec.DaysBetween d) {
        for (String date : List.of(d.from(), d.to())) {
          column(cols, date, n, what).ifPresent(col -> {
            if (col.type() != ColumnType.DATE) {
              problems.at(n, what + ": days_between needs date columns; '" + date + "' is a " + name(col.type()));
            }
          });
        }
    }
  }

  void condition(SourceColumns cols, Condition c, String what) {
    Node at = where.get(c);
    Optional<ExtractColumn> found = column(cols, c.column(), at, what);
    if (found.isEmpty()) {
      return;
    }
    ExtractColumn col = found.get();
    ColumnType type = col.type();
    String w = what + "." + c.column();
    boolean has = hasForm.containsKey(c);
    switch (c.op()) {
      case TRUE, FALSE -> {
        if (type != ColumnType.BOOLEAN) {
          problems.at(at, w + ": true/false only fit a boolean column; '" + c.column() + "' is a " + name(type));
        }
      }
      case GT, GE, LT, LE -> {
        if (type == ColumnType.DATE) {
          try {
            LocalDate.parse(c.values().get(0));
          } catch (DateTimeParseException e) {
            problems.at(at, w + ": '" + c.values().get(0) + "' is not a date YYYY-MM-DD");
          }
        } else if (SourceColumns.numeric(col)) {
          try {
            Double.parseDouble(c.values().get(0));
          } catch (NumberFormatException e) {
            problems.at(at, w + ": '" + c.values().get(0) + "' is not a number");
          }
        } else {
          problems.at(at, w + ": gt/ge/lt/le only fit a number or date column; '" + c.column() + "' is a " + name(type));
        }
      }
      case IN, NOT_IN -> {
        if (has && type != ColumnType.LIST) {
          problems.at(at, w + ": 'has' fits a list column; '" + c.column() + "' holds one value, use 'in'");
        } else if (c.op() == Condition.Op.NOT_IN && type == ColumnType.LIST) {
          problems.at(at, w + ": not_in is ambiguous on a list column; use 'has' on the codes you want");
        } else if (type != ColumnType.CODE && type != ColumnType.LIST && type != ColumnType.ID) {
          problems.at(at, w + ": a list of values fits a code column; '" + c.column() + "' is a " + name(type)
              + (type == ColumnType.BOOLEAN ? " (write true or false)" : type == ColumnType.DATE ? " (write set, unset or gt/lt)" : ""));
        } else if (c.values().isEmpty()) {
          problems.at(at, w + ": give at least one value");
        } else {
          for (String v : c.values()) {
            codeValue(col, v, at, w);
          }
        }
      }
      default -> {
      }
    }
  }

  private void codeValue(ExtractColumn col, String v, Node at, String what) {
    if (col.isCountry()) {
      if (!Codes.isCountry(v) || !v.equals(v.toUpperCase(Locale.ROOT))) {
        problems.at(at, what + ": '" + v + "' is not a country code (ISO alpha-3, upper case)");
      }
    } else if (!col.codes().isEmpty() && !col.codes().contains(v)) {
      problems.at(at, what + ": '" + v + "' is not a code of " + col.name() + Suggest.didYouMean(v, col.codes()));
    }
  }

  static String name(ColumnType t) {
    return t.name().toLowerCase(Locale.ROOT);
  }
}
