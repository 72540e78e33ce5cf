package thbstat.indicators.contract;

/** The types of the extract's columns (CONTRACT.md §1) and of their clean Parquet form. */
public enum ColumnType {
  /** Free text such as a pseudonym: trimmed, case kept. Clean type: string. */
  ID,
  /** One code of a closed list: trimmed, lower case (citizenship: upper case). Clean type: string. */
  CODE,
  /** {@code |}-separated codes of a closed list. Clean type: array of strings, sorted, distinct. */
  LIST,
  /** ISO {@code YYYY-MM-DD}. Clean type: date. */
  DATE,
  /** Whole number. Clean type: int. */
  INTEGER,
  /** Decimal with {@code .}. Clean type: decimal(18,2). */
  DECIMAL,
  /** true/false, 1/0, da/ne, yes/no in any case. Clean type: boolean. */
  BOOLEAN
}
