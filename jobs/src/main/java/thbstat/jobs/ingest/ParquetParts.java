package thbstat.jobs.ingest;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;

/**
 * The part files of a Parquet folder, in the order its rows are numbered: rows are counted
 * through the parts in name order, so the checks see one table; a row is then named to the user
 * by its part and its row within the part, which is where the user finds it.
 *
 * @param folder the folder's name, e.g. {@code victims.parquet}
 * @param parts the part files, sorted by name, with the rows each holds
 */
record ParquetParts(String folder, List<Part> parts) {
  /** One part file: its name, the number (through the parts, 1-based) of its first row, its row count. */
  record Part(String name, long first, long rows) {}

  ParquetParts {
    parts = List.copyOf(parts);
  }

  /** The part holding {@code row} (numbered through the parts); the last part when beyond them. */
  Part partOf(long row) {
    for (Part p : parts) {
      if (row < p.first() + p.rows()) {
        return p;
      }
    }
    return parts.get(parts.size() - 1);
  }

  /** The file a user opens to find {@code row}: {@code victims.parquet/part-00001.parquet}. */
  String file(long row) {
    return folder + "/" + partOf(row).name();
  }

  /** The 1-based row of {@code row} within its part. */
  long rowInPart(long row) {
    return row - partOf(row).first() + 1;
  }

  /** {@code row 2 of part-00001.parquet}. */
  String place(long row) {
    return "row " + rowInPart(row) + " of " + partOf(row).name();
  }

  /** {@link #file} as a column of {@code row}. */
  Column file(Column row) {
    return byPart(row, p -> lit(folder + "/" + p.name()));
  }

  /** {@link #rowInPart} as a column of {@code row}. */
  Column rowInPart(Column row) {
    return byPart(row, p -> row.minus(p.first() - 1));
  }

  /** {@link #place} as a column of {@code row}. */
  Column place(Column row) {
    return byPart(row, p -> concat(lit("row "), row.minus(p.first() - 1).cast("string"), lit(" of " + p.name())));
  }

  /** One flat CASE over the parts with rows, in order: the first whose rows end after {@code row}. */
  private Column byPart(Column row, java.util.function.Function<Part, Column> value) {
    List<Part> nonEmpty = parts.stream().filter(p -> p.rows() > 0).toList();
    if (nonEmpty.size() <= 1) {
      return value.apply(nonEmpty.isEmpty() ? parts.get(parts.size() - 1) : nonEmpty.get(0));
    }
    Column out = null;
    for (Part p : nonEmpty.subList(0, nonEmpty.size() - 1)) {
      Column before = row.lt(p.first() + p.rows());
      out = out == null ? when(before, value.apply(p)) : out.when(before, value.apply(p));
    }
    return out.otherwise(value.apply(nonEmpty.get(nonEmpty.size() - 1)));
  }

  /** Which rows each part holds: {@code rows 6–12: part-00001.parquet}, {@code no rows: part-00002.parquet}. */
  List<String> describe() {
    List<String> out = new ArrayList<>();
    for (Part p : parts) {
      out.add(p.rows() == 0 ? "no rows: " + p.name()
          : String.format(Locale.ROOT, "rows %d–%d: %s", p.first(), p.first() + p.rows() - 1, p.name()));
    }
    return out;
  }
}
