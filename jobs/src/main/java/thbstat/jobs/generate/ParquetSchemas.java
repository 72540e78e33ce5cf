package thbstat.jobs.generate;

import static org.apache.parquet.schema.LogicalTypeAnnotation.dateType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.decimalType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.intType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;
import thbstat.indicators.contract.ExtractColumn;
import thbstat.indicators.contract.ExtractTable;

/**
 * The Parquet schema of an extract table in natural types: string, DATE, int32, decimal(18,2),
 * boolean, and a standard 3-level LIST of strings. Required columns are {@code required}, the rest
 * {@code optional} (a conditional column may be empty).
 */
final class ParquetSchemas {
  private ParquetSchemas() {}

  static final int DECIMAL_PRECISION = 18;
  static final int DECIMAL_SCALE = 2;

  static MessageType of(ExtractTable table) {
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (ExtractColumn c : table.columns()) {
      b.addField(field(c));
    }
    return b.named(table.name());
  }

  private static Type field(ExtractColumn c) {
    Repetition rep = c.required() ? Repetition.REQUIRED : Repetition.OPTIONAL;
    return switch (c.type()) {
      case ID, CODE -> Types.primitive(BINARY, rep).as(stringType()).named(c.name());
      case DATE -> Types.primitive(INT32, rep).as(dateType()).named(c.name());
      case INTEGER -> Types.primitive(INT32, rep).as(intType(32, true)).named(c.name());
      case DECIMAL -> Types.primitive(INT64, rep)
          .as(decimalType(DECIMAL_SCALE, DECIMAL_PRECISION)).named(c.name());
      case BOOLEAN -> Types.primitive(PrimitiveTypeName.BOOLEAN, rep).named(c.name());
      case LIST -> Types.optionalList().optionalElement(BINARY).as(stringType()).named(c.name());
    };
  }
}
