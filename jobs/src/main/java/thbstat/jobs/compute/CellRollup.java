package thbstat.jobs.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import thbstat.indicators.model.Measure;
import thbstat.indicators.table.IndicatorCell;
import thbstat.indicators.table.IndicatorTable;

/**
 * Builds every cell of an indicator — each dimension at one of its codes or at {@code _T} — from
 * the fine groups, on the driver. A unit with several codes in a dimension adds to each of them
 * and once to {@code _T}, so distinct counts over multi-valued dimensions stay exact.
 */
final class CellRollup {
  private final IndicatorPlan plan;
  private final int slots;
  private final Map<CellKey, CellAccumulator> cells = new HashMap<>();
  private final CellKey probe = new CellKey(null, 0);

  CellRollup(IndicatorPlan plan, int slots) {
    this.plan = plan;
    this.slots = slots;
  }

  void add(FineGroup g) {
    String[][] codes = g.codes(slots);
    int dims = plan.dimensions().size();
    String[][] options = new String[dims][];
    for (int i = 0; i < dims; i++) {
      options[i] = Arrays.copyOf(codes[i], codes[i].length + 1);
      options[i][codes[i].length] = IndicatorTable.TOTAL;
    }
    String[] key = new String[dims + 1];
    key[0] = g.period();
    expand(g, options, 0, key, CellKey.start(key.length, g.period()));
  }

  /** Adds the group to every cell of its codes; {@code hash}: the hash of the key's parts so far. */
  private void expand(FineGroup g, String[][] options, int dim, String[] key, long hash) {
    if (dim == options.length) {
      // Looked up with a reused key; a copy is made only for a new cell.
      probe.parts = key;
      probe.hash = (int) hash;
      CellAccumulator cell = cells.get(probe);
      if (cell == null) {
        cell = new CellAccumulator();
        cells.put(new CellKey(key.clone(), (int) hash), cell);
      }
      cell.add(g);
      return;
    }
    for (String code : options[dim]) {
      key[dim + 1] = code;
      expand(g, options, dim + 1, key, CellKey.next(hash, code));
    }
  }

  /** The cells with at least one unit behind them, in the output's dimension columns. */
  List<IndicatorCell> cells(List<String> outputDimensions) {
    List<String> dimIds = plan.dimensions().stream().map(d -> d.id()).toList();
    int[] position = new int[outputDimensions.size()];
    for (int i = 0; i < position.length; i++) {
      position[i] = dimIds.indexOf(outputDimensions.get(i));
    }
    List<IndicatorCell> out = new ArrayList<>(cells.size());
    for (Map.Entry<CellKey, CellAccumulator> e : cells.entrySet()) {
      BigDecimal value = value(e.getValue());
      if (value == null) {
        continue;
      }
      String[] key = e.getKey().parts();
      List<String> codes = new ArrayList<>(position.length);
      for (int p : position) {
        codes.add(p < 0 ? IndicatorTable.NOT_APPLICABLE : key[p + 1]);
      }
      out.add(new IndicatorCell(plan.indicator().id(), key[0], codes, value, plan.indicator().unit(), "F",
          e.getValue().units));
    }
    return out;
  }

  /**
   * A cell's period and codes. Hashed by mixing, not by a list's 31-polynomial: code texts are
   * short and alike, and polynomial hashes of them collide enough to turn buckets into trees.
   */
  private static final class CellKey {
    String[] parts;
    int hash;

    CellKey(String[] parts, int hash) {
      this.parts = parts;
      this.hash = hash;
    }

    /** The hash of a key of {@code length} parts after its first part. */
    static long start(int length, String first) {
      return next(length, first);
    }

    /** The hash after one more part. */
    static long next(long hash, String part) {
      return PartitionGroups.mix(hash + part.hashCode());
    }

    String[] parts() {
      return parts;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof CellKey k && k.hash == hash && Arrays.equals(k.parts, parts);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private BigDecimal value(CellAccumulator a) {
    Measure m = plan.measure();
    if (a.units == 0) {
      return null;
    }
    if (m instanceof Measure.Sum) {
      return a.sum;
    }
    if (m instanceof Measure.Median) {
      return a.median();
    }
    if (m instanceof Measure.Share) {
      return a.share();
    }
    return BigDecimal.valueOf(a.units);
  }
}
