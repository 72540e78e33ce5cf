package thbstat.indicators.contract;

/** When a column must hold a value. */
public enum Requirement {
  /** Every row must have a value. */
  REQUIRED,
  /** May be empty (empty = unknown). */
  OPTIONAL,
  /** Required only when {@link ExtractColumn#condition()} holds; ignored with a warning otherwise. */
  CONDITIONAL
}
