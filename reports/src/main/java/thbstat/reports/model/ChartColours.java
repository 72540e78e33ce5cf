package thbstat.reports.model;

/**
 * The colours of a chart's series, in order, shared by the PDF and the workbook so a series has
 * the same colour in both. Eight, all told apart, because the bulletin draws up to six headline
 * figures side by side; a colour repeats only past the eighth series.
 */
public final class ChartColours {
  private static final int[] RGB = {0x2F5D8A, 0xE08E2B, 0x5B9B5B, 0x8C569E, 0xC0392B, 0x3FA7B5, 0x8C6D46, 0x7F7F7F};

  private ChartColours() {}

  /** The colour of the series at {@code index} (0-based), as 0xRRGGBB. */
  public static int rgb(int index) {
    return RGB[index % RGB.length];
  }
}
