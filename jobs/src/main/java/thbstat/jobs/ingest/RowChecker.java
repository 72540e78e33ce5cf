package thbstat.jobs.ingest;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.catalyst.util.GenericArrayData;
import org.apache.spark.sql.types.Decimal;
import org.apache.spark.unsafe.types.UTF8String;
import thbstat.indicators.contract.Codes;
import thbstat.indicators.contract.ColumnType;
import thbstat.indicators.contract.ExtractColumn;
import thbstat.indicators.contract.ExtractTable;
import thbstat.indicators.contract.Requirement;

/**
 * Applies the row rules of {@link RowRules} to one raw row of a file: parses every contract column,
 * works out the conditions, lists the broken rules in contract order and nulls the ignored values.
 * Built once per file on the driver and shipped to the executors.
 */
final class RowChecker implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Pattern INTEGER = Pattern.compile(Values.INTEGER_PATTERN);
  private static final Pattern DECIMAL = Pattern.compile(Values.DECIMAL_PATTERN);
  private static final int DECIMAL_PRECISION = 18;
  private static final int DECIMAL_SCALE = 2;
  /** Spellings of "no value" that would otherwise make one id shared by every row that has them. */
  /** A missing value as spreadsheets, R, pandas and databases spell it ("#N/A", "nan"), in upper case. */
  private static final java.util.Set<String> NO_ID =
      java.util.Set.of("NA", "N/A", "#N/A", "NAN", "NULL", "#NULL!", "NONE", "NIL", "-", "--", "?");
  /** Amounts in dinars: two decimal places (para) at most, nothing rounded away. */
  private static final String MONEY_SUFFIX = "_rsd";

  private final String[] names;
  private final ColumnType[] types;
  private final Requirement[] requirements;
  /** Position of each contract column among the file's raw columns, or -1 when the file lacks it. */
  private final int[] rawIndex;
  private final Set<String>[] codes;
  private final boolean[] country;
  /** Amounts in dinars ({@link #MONEY_SUFFIX}): nothing rounded away. */
  private final boolean[] money;
  /**
   * Marks, in the checked row's list of ignored columns, a conditional column whose condition
   * does not hold: its value does not apply (a sentence before a conviction), so the data-quality
   * report does not count it as unknown.
   */
  static final String NOT_APPLICABLE = "~";
  private final Condition[] conditions;
  /** Per column: its name, and {@link #NOT_APPLICABLE} before it, as the checked row lists them. */
  private final UTF8String[] nameBytes;
  private final UTF8String[] notApplicableMarks;
  private final String[] conditionText;
  private final BigDecimal[] min;
  private final BigDecimal[] max;
  private final boolean[] exclusiveMin;
  private final String[] rangeText;
  private final String[] invalidMessage;
  /** Positions of the dates that must not run backwards, in order. */
  private final int[] dateOrder;
  private final int expectedFields;

  @SuppressWarnings("unchecked")
  RowChecker(InputFile file) {
    ExtractTable table = file.table();
    List<ExtractColumn> columns = table.columns();
    int n = columns.size();
    names = new String[n];
    types = new ColumnType[n];
    requirements = new Requirement[n];
    rawIndex = new int[n];
    codes = new Set[n];
    country = new boolean[n];
    money = new boolean[n];
    conditions = new Condition[n];
    nameBytes = new UTF8String[n];
    notApplicableMarks = new UTF8String[n];
    conditionText = new String[n];
    min = new BigDecimal[n];
    max = new BigDecimal[n];
    exclusiveMin = new boolean[n];
    rangeText = new String[n];
    invalidMessage = new String[n];
    List<String> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ExtractColumn c = columns.get(i);
      names[i] = c.name();
      nameBytes[i] = UTF8String.fromString(c.name());
      notApplicableMarks[i] = UTF8String.fromString(NOT_APPLICABLE + c.name());
      order.add(c.name());
      types[i] = c.type();
      requirements[i] = c.requirement();
      rawIndex[i] = file.columns().indexOf(c.name());
      codes[i] = c.isCountry() ? new HashSet<>(Codes.countries()) : new HashSet<>(c.codes());
      country[i] = c.isCountry();
      money[i] = c.name().endsWith(MONEY_SUFFIX);
      if (c.requirement() == Requirement.CONDITIONAL) {
        conditions[i] = Condition.parse(c.condition(), order.subList(0, i));
        conditionText[i] = "required when " + c.condition();
      }
      min[i] = c.min() == null ? null : BigDecimal.valueOf(c.min());
      max[i] = c.max() == null ? null : BigDecimal.valueOf(c.max());
      exclusiveMin[i] = RowRules.exclusiveMin(table, c);
      rangeText[i] = c.min() == null && c.max() == null ? null : RowRules.rangeText(table, c);
      invalidMessage[i] = RowRules.invalidMessage(c);
    }
    dateOrder = RowRules.DATE_ORDER.getOrDefault(table.name(), List.of()).stream().mapToInt(order::indexOf).toArray();
    expectedFields = file.columns().size();
  }

  /**
   * {@code raw}: line, field count (or null), then the file's columns as strings as read; the result, in Spark's internal form, has the columns of {@link RowRules#schema}.
   */
  InternalRow check(InternalRow raw) {
    int n = names.length;
    String[] text = new String[n];
    Object[] typed = new Object[n];
    Object[] clean = new Object[n];
    boolean[] holds = new boolean[n];
    Parsed[] parsed = new Parsed[n];
    if (memo == null) {
      memo = newMemo();
    }
    for (int i = 0; i < n; i++) {
      if (rawIndex[i] < 0 || raw.isNullAt(2 + rawIndex[i])) {
        text[i] = null;
        typed[i] = null;
      } else if (memo[i] != null) {
        parsed[i] = parsed(i, raw.getUTF8String(2 + rawIndex[i]));
        text[i] = parsed[i].text();
        typed[i] = parsed[i].typed();
      } else {
        text[i] = RawReader.clean(raw.getUTF8String(2 + rawIndex[i]).toString());
        typed[i] = parse(i, text[i]);
      }
      if (conditions[i] != null) {
        holds[i] = conditions[i].holds(clean);
        clean[i] = holds[i] ? typed[i] : null;
      } else {
        clean[i] = typed[i];
      }
    }
    List<InternalRow> violations = new ArrayList<>(0);
    List<UTF8String> ignored = new ArrayList<>(0);
    Integer fields = raw.isNullAt(1) ? null : raw.getInt(1);
    if (fields != null && fields != expectedFields) {
      violations.add(violation("", fields.toString(), "field_count",
          "expected " + expectedFields + " fields as in the header, found " + fields));
    } else {
      for (int i = 0; i < n; i++) {
        boolean checked = true;
        if (requirements[i] == Requirement.REQUIRED) {
          if (text[i] == null) {
            violations.add(violation(names[i], null, "required", "required value is missing"));
          }
        } else if (requirements[i] == Requirement.CONDITIONAL) {
          if (holds[i] && text[i] == null) {
            violations.add(violation(names[i], null, "conditional", conditionText[i]));
          }
          if (!holds[i] && text[i] != null) {
            if (looksPersonal(i, text[i], typed[i])) {
              // Quarantined so that the guard's test of quarantined values stops the run on it.
              violations.add(violation(names[i], text[i], "identifier", "looks like a direct identifier"));
            } else {
              ignored.add(nameBytes[i]);
            }
          }
          if (!holds[i]) {
            ignored.add(notApplicableMarks[i]);
          }
          checked = holds[i];
        }
        if (checked) {
          invalid(i, text[i], typed[i], violations);
          if (rangeText[i] != null && typed[i] != null && outOfRange(i, typed[i])) {
            violations.add(violation(names[i], text[i], "range", rangeText[i] + roundedNote(text[i], typed[i])));
          }
        }
      }
      dateOrder(text, clean, violations);
    }
    Object[] out = new Object[4 + n];
    out[0] = raw.getLong(0);
    out[1] = fields != null && fields != expectedFields;
    out[2] = new GenericArrayData(violations.toArray());
    out[3] = new GenericArrayData(ignored.toArray());
    for (int i = 0; i < n; i++) {
      out[4 + i] = parsed[i] != null && clean[i] != null ? parsed[i].internal() : internal(clean[i]);
    }
    return new GenericInternalRow(out);
  }

  /**
   * Whether an ignored conditional value looks like a direct identifier: it is written nowhere,
   * but the extract must not hold one. A valid code or date cannot be one, so only an invalid
   * value is tested (the guard has read number columns for JMBGs already).
   */
  private boolean looksPersonal(int i, String text, Object typed) {
    if (typed != null) {
      return false;
    }
    for (PiiPatterns.ValuePattern p : PiiPatterns.forColumn(types[i])) {
      if (p.fires(text)) {
        return true;
      }
    }
    return false;
  }

  /** A raw value worked out: its clean text, typed value (null when invalid) and Spark's internal form of it. */
  private record Parsed(String text, Object typed, Object internal) {}

  /**
   * The columns whose values repeat (codes, lists, booleans, dates, whole numbers): per column,
   * each raw value as read (its bytes, before trimming) and what it parses to, so a value seen
   * before costs one lookup instead of a string, a trim, a parse and a conversion. A column that
   * holds more than {@link #MEMO_SIZE} distinct values memoises its first ones only.
   */
  private static final int MEMO_SIZE = 8192;

  /** Per task: a checker is shipped to each task separately. */
  private transient java.util.Map<UTF8String, Parsed>[] memo;

  @SuppressWarnings("unchecked")
  private java.util.Map<UTF8String, Parsed>[] newMemo() {
    java.util.Map<UTF8String, Parsed>[] m = new java.util.Map[names.length];
    for (int i = 0; i < names.length; i++) {
      boolean repeats = switch (types[i]) {
        case CODE, LIST, BOOLEAN, DATE, INTEGER -> true;
        case ID, DECIMAL -> false;
      };
      m[i] = repeats ? new java.util.HashMap<>() : null;
    }
    return m;
  }

  private Parsed parsed(int i, UTF8String raw) {
    Parsed p = memo[i].get(raw);
    if (p == null) {
      String text = RawReader.clean(raw.toString());
      Object typed = parse(i, text);
      p = new Parsed(text, typed, internal(typed));
      if (memo[i].size() < MEMO_SIZE) {
        memo[i].put(raw.clone(), p); // the row's bytes are reused for the next row
      }
    }
    return p;
  }

  /** A clean value in Spark's internal form: dates as days since 1970-01-01, decimals as decimal(18,2). */
  private static Object internal(Object v) {
    if (v instanceof String s) {
      return UTF8String.fromString(s);
    }
    if (v instanceof LocalDate d) {
      return (int) d.toEpochDay();
    }
    if (v instanceof BigDecimal d) {
      return Decimal.apply(d, DECIMAL_PRECISION, DECIMAL_SCALE);
    }
    if (v instanceof List<?> l) {
      return new GenericArrayData(l.stream().map(e -> UTF8String.fromString((String) e)).toArray());
    }
    return v;
  }

  private void invalid(int i, String text, Object typed, List<InternalRow> violations) {
    switch (types[i]) {
      case ID -> {
        if (text != null && typed == null) {
          violations.add(violation(names[i], text, "type", hidden(text) >= 0
              ? invalidMessage[i] + " (" + codePoint(hidden(text)) + ")"
              : "a missing value spelled as an id; leave the cell empty"));
        }
      }
      case LIST -> {
        if (typed != null) {
          List<String> bad = new ArrayList<>();
          for (Object element : (List<?>) typed) {
            if (!codes[i].contains(element)) {
              bad.add((String) element);
            }
          }
          if (!bad.isEmpty()) {
            violations.add(violation(names[i], text, "code", invalidMessage[i] + String.join(", ", bad)));
          }
        }
      }
      default -> {
        if (text != null && typed == null && types[i] == ColumnType.CODE && hidden(text) >= 0) {
          // it reads like a valid code on screen
          violations.add(violation(names[i], text, "code", "holds an invisible character ("
              + codePoint(hidden(text)) + "); " + invalidMessage[i]));
        } else if (text != null && typed == null && types[i] == ColumnType.DATE) {
          violations.add(violation(names[i], text, "type", WrittenForm.date(text)));
        } else if (text != null && typed == null) {
          violations.add(violation(names[i], text, types[i] == ColumnType.CODE ? "code" : "type",
              tooPrecise(i, text) ? "an amount in dinars with more than " + DECIMAL_SCALE + " decimal places; '.' is the"
                  + " decimal point: write thousands without a separator (1234.50)"
              : !tooLong(i, text) ? (types[i] == ColumnType.DECIMAL ? WrittenForm.decimal(text, invalidMessage[i])
                  : invalidMessage[i]) : types[i] == ColumnType.INTEGER
                  ? "a whole number too large for this column (at most 9 digits)"
                  : "a number too large for this column (at most " + (DECIMAL_PRECISION - DECIMAL_SCALE)
                      + " digits before the decimal point)"));
        }
      }
    }
  }

  /**
   * The first character of {@code s} that a reader cannot see (a control or format character: NUL,
   * a zero-width space, a line separator), or -1: it makes an id another id, a code no code.
   */
  static int hidden(String s) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c >= 0x20 && c < 0x7F) {
        continue; // printable ASCII, almost every character of an id
      }
      int type = Character.getType(c);
      if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        return s.charAt(k);
      }
    }
    return -1;
  }

  /** Whether an id is one of {@link #NO_ID}'s spellings (at most six characters: no copy of longer ids). */
  private static boolean noId(String id) {
    return id.length() <= 6 && NO_ID.contains(id.toUpperCase(Locale.ROOT));
  }

  private static String codePoint(int c) {
    return String.format(Locale.ROOT, "U+%04X", c);
  }

  /** A well-formed decimal with more decimal places than the clean table keeps. */
  private boolean tooPrecise(int i, String text) {
    String number = stripControl(text);
    return types[i] == ColumnType.DECIMAL && money[i] && DECIMAL.matcher(number).find()
        && tooPrecise(new BigDecimal(number));
  }

  /**
   * A well-formed number that did not parse: too many digits for the column's type (a Parquet
   * double too large for a decimal keeps Spark's spelling, 1.0E30).
   */
  private boolean tooLong(int i, String text) {
    String t = text.trim();
    if (types[i] == ColumnType.DECIMAL && t.matches("[+-]?[0-9]+(\\.[0-9]+)?[eE][+-]?[0-9]{1,4}")) {
      return new BigDecimal(t).abs().compareTo(BigDecimal.TEN.pow(DECIMAL_PRECISION - DECIMAL_SCALE)) >= 0;
    }
    return (types[i] == ColumnType.INTEGER && t.matches("[+-]?[0-9]+"))
        || (types[i] == ColumnType.DECIMAL && t.matches("[+-]?[0-9]+(\\.[0-9]+)?"));
  }

  private boolean outOfRange(int i, Object typed) {
    BigDecimal v = typed instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) typed).longValue());
    boolean below = min[i] != null && (exclusiveMin[i] ? v.compareTo(min[i]) <= 0 : v.compareTo(min[i]) < 0);
    return below || (max[i] != null && v.compareTo(max[i]) > 0);
  }

  /** Where a decimal was rounded into the range's bound (0.001 hours is 0.00): why a value that reads inside it is not. */
  private static String roundedNote(String text, Object typed) {
    if (typed instanceof BigDecimal rounded && text != null) {
      try {
        if (new BigDecimal(stripControl(text)).compareTo(rounded) != 0) {
          return " (" + text + " is " + rounded.toPlainString() + " at " + DECIMAL_SCALE + " decimal places)";
        }
      } catch (NumberFormatException e) {
        return "";
      }
    }
    return "";
  }

  /** A date before any earlier date of the order; the message names the first such earlier date. */
  private void dateOrder(String[] text, Object[] clean, List<InternalRow> violations) {
    for (int j = 1; j < dateOrder.length; j++) {
      LocalDate later = (LocalDate) clean[dateOrder[j]];
      if (later == null) {
        continue;
      }
      for (int i = 0; i < j; i++) {
        LocalDate earlier = (LocalDate) clean[dateOrder[i]];
        if (earlier != null && earlier.isAfter(later)) {
          violations.add(violation(names[dateOrder[j]], text[dateOrder[j]], "date_order",
              "before " + names[dateOrder[i]] + " " + earlier));
          break;
        }
      }
    }
  }

  /** The typed value of a column's text, or null when it is not a valid value of the column. */
  private Object parse(int i, String s) {
    if (s == null) {
      return null;
    }
    return switch (types[i]) {
      case ID -> hidden(s) < 0 && !noId(s) ? s : null;
      case CODE -> {
        String norm = country[i] ? s.toUpperCase(Locale.ROOT) : s.toLowerCase(Locale.ROOT);
        yield codes[i].contains(norm) ? norm : null;
      }
      case LIST -> list(s);
      case DATE -> date(s);
      case INTEGER -> {
        String digits = stripControl(s);
        yield INTEGER.matcher(digits).find() ? Integer.valueOf(Integer.parseInt(digits)) : null;
      }
      case DECIMAL -> decimal(s, money[i]);
      case BOOLEAN -> {
        String lower = s.toLowerCase(Locale.ROOT);
        yield Values.TRUE_WORDS.contains(lower) ? Boolean.TRUE : Values.FALSE_WORDS.contains(lower) ? Boolean.FALSE : null;
      }
    };
  }

  /** Lower case, trimmed, non-empty, distinct elements in byte order (as Spark sorts strings); null when none. */
  private static List<String> list(String s) {
    TreeSet<String> elements = new TreeSet<>(RowChecker::compareUtf8);
    for (String e : s.toLowerCase(Locale.ROOT).split("\\|", -1)) {
      String trimmed = trim(e);
      if (!trimmed.isEmpty()) {
        elements.add(trimmed);
      }
    }
    return elements.isEmpty() ? null : Collections.unmodifiableList(new ArrayList<>(elements));
  }

  /** {@code YYYY-MM-DD} of a day that exists, else null (digits only, ISO order). */
  static LocalDate date(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The ASCII digits s[from, to) as a number, or -1 when one is not a digit. */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * As decimal(18,2), the clean table's type, rounded half up; null when it needs more than 18
   * digits, or for an amount in dinars ({@code money}) more than two decimal places, which the clean
   * table would round away ("1.234" is rarely 1.234 dinars: more often 1,234 with a thousands separator).
   */
  private static BigDecimal decimal(String s, boolean money) {
    String number = stripControl(s);
    if (!DECIMAL.matcher(number).find()) {
      return null;
    }
    BigDecimal exact = new BigDecimal(number);
    if (money && tooPrecise(exact)) {
      return null;
    }
    BigDecimal d = exact.setScale(DECIMAL_SCALE, RoundingMode.HALF_UP);
    return d.precision() > DECIMAL_PRECISION ? null : d;
  }

  private static boolean tooPrecise(BigDecimal exact) {
    return exact.stripTrailingZeros().scale() > DECIMAL_SCALE;
  }

  /** Without the characters a cast to a number ignores around it (ASCII space and control characters). */
  private static String stripControl(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && s.charAt(from) <= ' ') {
      from++;
    }
    while (to > from && s.charAt(to - 1) <= ' ') {
      to--;
    }
    return s.substring(from, to);
  }

  /** Without the characters {@link RawReader#TRIMMED} at either end. */
  private static String trim(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && RawReader.TRIMMED.indexOf(s.charAt(from)) >= 0) {
      from++;
    }
    while (to > from && RawReader.TRIMMED.indexOf(s.charAt(to - 1)) >= 0) {
      to--;
    }
    return s.substring(from, to);
  }

  private static int compareUtf8(String a, String b) {
    return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  private static InternalRow violation(String column, String value, String rule, String message) {
    return new GenericInternalRow(new Object[] {UTF8String.fromString(column), UTF8String.fromString(value),
        UTF8String.fromString(rule), UTF8String.fromString(message)});
  }

  /**
   * A readable condition of {@code ExtractColumn.condition()} over the clean value of an earlier
   * column: {@code X is set}, {@code X is not Y} (false when X is missing), {@code X is Y or Z}.
   */
  record Condition(int subject, Kind kind, Set<String> values) implements Serializable {
    enum Kind { SET, NOT, ANY }

    private static final Pattern SET = Pattern.compile("^(\\w+) is set$");
    private static final Pattern NOT = Pattern.compile("^(\\w+) is not (\\w+)$");
    private static final Pattern ANY = Pattern.compile("^(\\w+) is (\\w+(?: or \\w+)*)$");

    /** {@code earlier}: the columns before the conditional one, which its condition may read. */
    static Condition parse(String condition, List<String> earlier) {
      Matcher m;
      Kind kind;
      Set<String> values;
      if ((m = SET.matcher(condition)).matches()) {
        kind = Kind.SET;
        values = Set.of();
      } else if ((m = NOT.matcher(condition)).matches()) {
        kind = Kind.NOT;
        values = Set.of(m.group(2));
      } else if ((m = ANY.matcher(condition)).matches()) {
        kind = Kind.ANY;
        values = Set.of(m.group(2).split(" or "));
      } else {
        throw new IllegalArgumentException("unsupported condition: " + condition);
      }
      int subject = earlier.indexOf(m.group(1));
      if (subject < 0) {
        throw new IllegalArgumentException("condition '" + condition + "' reads a column that does not come before it");
      }
      return new Condition(subject, kind, values);
    }

    boolean holds(Object[] clean) {
      Object v = clean[subject];
      return switch (kind) {
        case SET -> v != null;
        case NOT -> v != null && !values.contains(v.toString());
        case ANY -> v != null && values.contains(v.toString());
      };
    }
  }
}
