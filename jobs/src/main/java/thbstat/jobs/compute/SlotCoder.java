package thbstat.jobs.compute;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.unsafe.types.UTF8String;
import thbstat.indicators.model.Dimension;

/**
 * How one dimension slot reads its codes from a projected row: the raw value at {@code position}
 * (a scalar of {@code type}, or a list of strings), coded by {@link Dimension#codeOf} in plain
 * Java. A column holds few distinct values, so each partition codes each value once
 * ({@link Cache}) and a row costs a hash lookup of its raw bytes, not a chain of string
 * comparisons.
 */
record SlotCoder(Dimension dimension, int position, DataType type) implements Serializable {

  SlotCoder {
    if (!(type instanceof StringType || type instanceof IntegerType || type instanceof LongType
        || type instanceof ShortType || type instanceof DecimalType || type instanceof BooleanType
        || type instanceof ArrayType a && a.elementType() instanceof StringType)) {
      throw new IllegalArgumentException("dimension " + dimension.id() + ": column '" + dimension.column()
          + "' of type " + type.simpleString() + " cannot be coded");
    }
  }

  /** This coder reading its value at another position of another projection. */
  SlotCoder at(IntUnaryOperator newPosition) {
    return new SlotCoder(dimension, newPosition.applyAsInt(position), type);
  }

  /** The codes of a raw value: sorted, distinct; the slot's text joins them by {@code |}. */
  record Coded(String[] codes, String text) {
    static Coded of(TreeSet<String> codes) {
      return new Coded(codes.toArray(String[]::new), String.join("|", codes));
    }
  }

  /** One partition's codes of the values it has met; not shared between threads. */
  Cache cache() {
    return new Cache();
  }

  /**
   * One partition's codes of the values it has met, each code set numbered in order of first
   * meeting ({@link #idOf}); not shared between threads.
   */
  final class Cache {
    private final Map<Object, Integer> seen = new HashMap<>();
    private final List<Coded> byId = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private int nullId = -1;
    /** Unions met: the two numbers (lower in the high half) → the union's number. */
    private final Map<Long, Integer> unions = new HashMap<>();

    /** The code set numbered {@code id} by {@link #idOf}. */
    Coded coded(int id) {
      return byId.get(id);
    }

    /** The number of the codes of the row's value; equal values, and only they, get equal numbers. */
    int idOf(InternalRow row) {
      if (row.isNullAt(position)) {
        if (nullId < 0) {
          nullId = number(type instanceof ArrayType ? ofList(null) : ofScalar(null));
        }
        return nullId;
      }
      if (type instanceof StringType) {
        // The row's bytes are borrowed: the key kept is a copy.
        UTF8String value = row.getUTF8String(position);
        Integer id = seen.get(value);
        if (id == null) {
          id = number(ofScalar(value.toString()));
          seen.put(value.clone(), id);
        }
        return id;
      }
      if (type instanceof ArrayType) {
        ArrayData list = row.getArray(position);
        Integer id = seen.get(list);
        if (id == null) {
          id = number(ofList(list));
          seen.put(list.copy(), id);
        }
        return id;
      }
      Object value = row.get(position, type);
      return seen.computeIfAbsent(value, v -> number(ofScalar(text(v))));
    }

    /**
     * The number of the codes of a value read elsewhere: a {@code String}, a list as
     * {@link ArrayData}, a boxed number or flag, or null.
     */
    int idOfValue(Object value) {
      if (value == null) {
        return number(type instanceof ArrayType ? ofList(null) : ofScalar(null));
      }
      if (value instanceof ArrayData list) {
        return number(ofList(list));
      }
      return number(ofScalar(value instanceof String s ? s : text(value)));
    }

    /** The number of the union of the code sets numbered {@code a} and {@code b}. */
    int union(int a, int b) {
      long pair = (long) Math.min(a, b) << 32 | Math.max(a, b);
      Integer known = unions.get(pair);
      if (known == null) {
        TreeSet<String> codes = new TreeSet<>(List.of(byId.get(a).codes()));
        codes.addAll(List.of(byId.get(b).codes()));
        known = number(Coded.of(codes));
        unions.put(pair, known);
      }
      return known;
    }

    /** Values with the same codes share a number. */
    private int number(Coded coded) {
      return ids.computeIfAbsent(coded.text(), t -> {
        byId.add(coded);
        return byId.size() - 1;
      });
    }

    /** A number or flag as Spark casts it to text. */
    private String text(Object value) {
      if (value instanceof org.apache.spark.sql.types.Decimal d) {
        return d.toJavaBigDecimal().toPlainString();
      }
      return value.toString();
    }

    private Coded ofScalar(String value) {
      TreeSet<String> codes = new TreeSet<>();
      String code = dimension.codeOf(value);
      if (code != null) {
        codes.add(code);
      }
      return Coded.of(codes);
    }

    /** A list's codes: the codes of its elements; an empty list has the missing code, if any. */
    private Coded ofList(ArrayData list) {
      TreeSet<String> codes = new TreeSet<>();
      if (list == null || list.numElements() == 0) {
        if (dimension.missing() != null) {
          codes.add(dimension.missing());
        }
        return Coded.of(codes);
      }
      for (int i = 0; i < list.numElements(); i++) {
        String code = dimension.codeOf(list.isNullAt(i) ? null : list.getUTF8String(i).toString());
        if (code != null) {
          codes.add(code);
        }
      }
      return Coded.of(codes);
    }
  }
}
