package thbstat.jobs.compute;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The fine groups one partition adds up: units and value sums per indicator, period, codes of each
 * slot, numerator flag and (for medians) value. What leaves the partition is its groups, not its
 * records; {@code ComputeJob} sums the groups of all partitions.
 */
final class PartitionGroups {
  /** The partial fine groups, as they leave a partition. */
  static final StructType SCHEMA = new StructType()
      .add(TableRecords.IND, DataTypes.IntegerType, false)
      .add(TableRecords.PERIOD, DataTypes.StringType, false)
      .add(TableRecords.SLOTS, DataTypes.StringType, false)
      .add(TableRecords.NUMERATOR, DataTypes.BooleanType, false)
      .add(TableRecords.MEDIAN_VALUE, Expressions.VALUE_TYPE, true)
      .add(TableRecords.UNITS, DataTypes.LongType, false)
      .add(TableRecords.SUM, Expressions.VALUE_TYPE, true);

  /** The requested periods, as the executors see them. */
  record Requested(Set<String> periods) implements Serializable {
    Requested {
      periods = Set.copyOf(periods);
    }
  }

  private final Requested requested;
  private final Map<Key, Sums> groups = new HashMap<>();
  private final Map<Integer, String[]> periodNames = new HashMap<>();
  private final Map<Integer, int[]> periodIds = new HashMap<>();
  private final Map<String, Integer> idOfPeriod = new HashMap<>();
  private final List<String> periodOfId = new ArrayList<>();

  PartitionGroups(Requested requested) {
    this.requested = requested;
  }

  /** The requested periods a date of {@code year * 10 + quarter} falls in: its year, then its quarter. */
  String[] periodsOf(int yearQuarter) {
    return periodNames.computeIfAbsent(yearQuarter, yq -> {
      String year = Integer.toString(yq / 10);
      return Stream.of(year, year + "-Q" + yq % 10).filter(requested.periods()::contains).toArray(String[]::new);
    });
  }

  /** The numbers of the requested periods a date of {@code year * 10 + quarter} falls in, as {@link #periodsOf}. */
  int[] periodIdsOf(int yearQuarter) {
    return periodIds.computeIfAbsent(yearQuarter, yq -> Stream.of(periodsOf(yq))
        .mapToInt(p -> idOfPeriod.computeIfAbsent(p, k -> {
          periodOfId.add(k);
          return periodOfId.size() - 1;
        })).toArray());
  }

  /** The period numbered {@code id} by {@link #periodIdsOf}. */
  String period(int id) {
    return periodOfId.get(id);
  }

  /** {@code units} units with values summing to {@code sum} (null: none) in the group. */
  void add(int indicator, String period, Slots slots, boolean numerator, BigDecimal medianValue, long units,
      BigDecimal sum) {
    groups.computeIfAbsent(new Key(indicator, period, slots, numerator, medianValue), k -> new Sums())
        .add(units, sum);
  }

  Iterator<Row> rows() {
    List<Row> out = new ArrayList<>(groups.size());
    groups.forEach((k, s) -> out.add(RowFactory.create(k.indicator, k.period, k.slots.text(), k.numerator,
        k.medianValue, s.units, s.sum)));
    return out.iterator();
  }

  /**
   * The codes of each dimension slot of a group, each slot's codes joined by {@code |}. Hashed
   * once: a row adds the same slots to many indicators' groups.
   */
  static final class Slots {
    private final String[] codes;
    private final int hash;

    Slots(String[] codes) {
      this.codes = codes;
      long h = 0;
      for (String c : codes) {
        h = mix(h + c.hashCode());
      }
      this.hash = (int) h;
    }

    /** The slots joined by {@code #}: the text {@link FineGroup#codes} reads back. */
    String text() {
      return String.join("#", codes);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Slots s && s.hash == hash && Arrays.equals(s.codes, codes);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private record Key(int indicator, String period, Slots slots, boolean numerator, BigDecimal medianValue) {
    // Mixed, not the record's 31-polynomial: code texts are short and alike, and polynomial hashes
    // of them collide enough to turn hash buckets into trees.
    @Override
    public int hashCode() {
      long h = mix(slots.hash + ((long) indicator << 32));
      h = mix(h + period.hashCode() + (numerator ? 1L << 40 : 0));
      return (int) (medianValue == null ? h : mix(h + medianValue.hashCode()));
    }
  }

  /** SplitMix64's finaliser: every input bit moves every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static final class Sums {
    long units;
    BigDecimal sum;

    void add(long count, BigDecimal values) {
      units += count;
      if (values != null) {
        sum = sum == null ? values : sum.add(values);
      }
    }
  }
}
