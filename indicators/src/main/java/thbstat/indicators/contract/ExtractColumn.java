package thbstat.indicators.contract;

import java.util.List;
import java.util.Objects;

/**
 * One column of an input table as CONTRACT.md §1 defines it.
 *
 * @param name column name in the file
 * @param type value type
 * @param requirement when a value is needed
 * @param codes the allowed codes of a CODE or LIST column (lower case), empty otherwise;
 *     citizenship-like columns use {@link Codes#isCountry} instead and leave this empty
 * @param condition for CONDITIONAL columns, a readable condition such as {@code status != pending}
 * @param min inclusive lower bound of a numeric column, or null
 * @param max inclusive upper bound of a numeric column, or null
 */
public record ExtractColumn(
    String name,
    ColumnType type,
    Requirement requirement,
    List<String> codes,
    String condition,
    Double min,
    Double max) {

  public ExtractColumn {
    Objects.requireNonNull(name);
    Objects.requireNonNull(type);
    Objects.requireNonNull(requirement);
    codes = List.copyOf(codes);
  }

  public boolean required() {
    return requirement == Requirement.REQUIRED;
  }

  /** True for a code column whose values are ISO 3166-1 alpha-3 country codes. */
  public boolean isCountry() {
    return type == ColumnType.CODE && codes.isEmpty();
  }
}
