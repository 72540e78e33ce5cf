package thbstat.jobs.compute;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.unsafe.types.UTF8String;
import thbstat.indicators.model.Condition;
import thbstat.indicators.model.Source;

/**
 * The columns and filter conditions a Java reader of a clean table needs, each registered once,
 * and the per-partition {@link Reader} that reads them: each condition is tested once per
 * distinct value of its column ({@link ValueNumbers}), dates are read as day numbers. An unpivot
 * entry's code column is a constant.
 */
final class RawColumns implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A column read: a column of the scanned row (by name), or a constant text. */
  private record Column(String name, String constant) implements Serializable {}

  private final StructType schema;
  private final Map<Column, Integer> ids = new LinkedHashMap<>();
  private final List<Column> columns = new ArrayList<>();
  private final List<DataType> types = new ArrayList<>();
  private final Map<String, Integer> conditionIds = new HashMap<>();
  private final List<RawCondition> conditions = new ArrayList<>();
  private final List<Integer> conditionColumn = new ArrayList<>();

  RawColumns(StructType schema) {
    this.schema = schema;
  }

  /** A source's column names, as columns of this reader: for an unpivot, as one entry of it sees them. */
  final class Resolver {
    private final Source.Unpivot unpivot;
    private final Map.Entry<String, String> entry;

    /** {@code entry}: the unpivot entry (code → value column), null for a source with no unpivot. */
    Resolver(Source.Unpivot unpivot, Map.Entry<String, String> entry) {
      this.unpivot = unpivot;
      this.entry = entry;
    }

    int column(String name) {
      Column c;
      DataType type;
      if (unpivot != null && name.equals(unpivot.codeColumn())) {
        c = new Column(null, entry.getKey());
        type = DataTypes.StringType;
      } else {
        String real = unpivot != null && name.equals(unpivot.valueColumn()) ? entry.getValue() : name;
        if (!Arrays.asList(schema.fieldNames()).contains(real)) {
          throw new IllegalArgumentException("column '" + real + "' is not in the clean table");
        }
        c = new Column(real, null);
        type = schema.apply(real).dataType();
      }
      return ids.computeIfAbsent(c, k -> {
        columns.add(k);
        types.add(type);
        return columns.size() - 1;
      });
    }

    /** The ids of the conditions, each registered once. */
    int[] conditions(List<Condition> filter) {
      return filter.stream().mapToInt(c -> {
        int column = column(c.column());
        return conditionIds.computeIfAbsent(column + "/" + c, k -> {
          conditions.add(new RawCondition(c, types.get(column)));
          conditionColumn.add(column);
          return conditions.size() - 1;
        });
      }).toArray();
    }
  }

  /** One resolver per unpivot entry of the source, or one for a source with no unpivot. */
  List<Resolver> resolvers(Source source) {
    if (source.unpivot() == null) {
      return List.of(new Resolver(null, null));
    }
    return source.unpivot().columns().entrySet().stream().map(e -> new Resolver(source.unpivot(), e)).toList();
  }

  DataType type(int column) {
    return types.get(column);
  }

  /** The table columns to scan. */
  List<String> scannedColumns() {
    return columns.stream().filter(c -> c.constant() == null).map(Column::name).distinct().toList();
  }

  private static final byte SET = 1;
  private static final byte UNSET = 2;
  private static final byte TRUE = 3;
  private static final byte FALSE = 4;

  /** How a condition is tested on the row itself, as {@link RawCondition} would on its value; 0: through its value's number. */
  private static byte directTest(Condition.Op op, DataType type) {
    boolean list = type instanceof ArrayType;
    return switch (op) {
      case SET -> list ? 0 : SET;
      case UNSET -> list ? 0 : UNSET;
      case TRUE -> type instanceof BooleanType ? TRUE : 0;
      case FALSE -> type instanceof BooleanType ? FALSE : 0;
      default -> 0;
    };
  }

  /** A reader of one partition's rows, whose columns are at {@code ordinals} (name → position in the row). */
  Reader reader(Map<String, Integer> ordinals) {
    return new Reader(ordinals);
  }

  /** Reads the current row's columns, each at most once per row. Not shared between threads. */
  final class Reader {
    private final int[] ordinal;
    private final ValueNumbers[] numbers;
    private final int[] numberOfRow;
    private final int[] stampOfNumber;
    private final int[] dayOfRow;
    private final int[] stampOfDay;
    private int row;
    /** Per condition, per value number: 0 unknown, 1 true, 2 false. */
    private final byte[][] truth;
    /** Per condition: its column. */
    private final int[] columnOf;
    /**
     * Per condition tested on the row itself, with no value numbered: {@link #SET}, {@link #UNSET}
     * (a column that is not a list), {@link #TRUE}, {@link #FALSE} (a boolean column); else 0.
     */
    private final byte[] direct;

    private Reader(Map<String, Integer> ordinals) {
      int n = columns.size();
      ordinal = new int[n];
      numbers = new ValueNumbers[n];
      for (int c = 0; c < n; c++) {
        Column column = columns.get(c);
        if (column.constant() == null) {
          Integer at = ordinals.get(column.name());
          if (at == null) {
            throw new IllegalStateException("column '" + column.name() + "' is not in the scanned rows " + ordinals);
          }
          ordinal[c] = at;
        } else {
          ordinal[c] = -1;
        }
        numbers[c] = new ValueNumbers(ordinal[c], types.get(c),
            column.constant() == null ? null : UTF8String.fromString(column.constant()));
      }
      numberOfRow = new int[n];
      stampOfNumber = new int[n];
      dayOfRow = new int[n];
      stampOfDay = new int[n];
      truth = new byte[conditions.size()][16];
      columnOf = new int[conditions.size()];
      direct = new byte[conditions.size()];
      for (int c = 0; c < columnOf.length; c++) {
        int column = conditionColumn.get(c);
        columnOf[c] = column;
        if (ordinal[column] >= 0) {
          direct[c] = directTest(conditions.get(c).op(), types.get(column));
        }
      }
    }

    /** Starts a columnar batch. */
    void batch(ColumnarBatch batch) {
      for (int c = 0; c < numbers.length; c++) {
        numbers[c].batch(ordinal[c] < 0 ? null : batch.column(ordinal[c]));
      }
    }

    /** Starts a row: columns are read afresh. */
    void nextRow() {
      row++;
    }

    /** Where column {@code column} is in the row; -1 for a constant. */
    int ordinal(int column) {
      return ordinal[column];
    }

    /** Whether all the conditions hold for the current row ({@code rowId}: its place in the batch, -1 outside one). */
    boolean allHold(int[] conds, InternalRow r, int rowId) {
      for (int c : conds) {
        int column = columnOf[c];
        if (direct[c] != 0) {
          int at = ordinal[column];
          boolean holds = switch (direct[c]) {
            case SET -> !r.isNullAt(at);
            case UNSET -> r.isNullAt(at);
            case TRUE -> !r.isNullAt(at) && r.getBoolean(at);
            default -> !r.isNullAt(at) && !r.getBoolean(at);
          };
          if (!holds) {
            return false;
          }
          continue;
        }
        int n = number(column, r, rowId);
        byte[] known = truth[c];
        if (n >= known.length) {
          known = truth[c] = Arrays.copyOf(known, Math.max(n + 1, known.length * 2));
        }
        if (known[n] == 0) {
          known[n] = conditions.get(c).test(numbers[column].value(n)) ? (byte) 1 : (byte) 2;
        }
        if (known[n] != 1) {
          return false;
        }
      }
      return true;
    }

    /** The day number of a date column in the current row; {@code Integer.MIN_VALUE} for null. */
    int day(int column, InternalRow r) {
      if (stampOfDay[column] != row) {
        stampOfDay[column] = row;
        int at = ordinal[column];
        dayOfRow[column] = r.isNullAt(at) ? Integer.MIN_VALUE : r.getInt(at);
      }
      return dayOfRow[column];
    }

    /** The number of the current row's value of a column (0: null). */
    int number(int column, InternalRow r, int rowId) {
      if (stampOfNumber[column] != row) {
        stampOfNumber[column] = row;
        numberOfRow[column] = numbers[column].numberOf(r, rowId);
      }
      return numberOfRow[column];
    }

    /** The value a column's number stands for: as {@link ValueNumbers#value}, text as a Java string. */
    Object value(int column, int number) {
      Object v = numbers[column].value(number);
      return v instanceof UTF8String u ? u.toString() : v;
    }
  }
}
