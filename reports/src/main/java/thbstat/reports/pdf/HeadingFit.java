package thbstat.reports.pdf;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.InputStream;
import java.util.List;

/**
 * The font size of a numeric table's column headings in the PDF: the template's columns are 41
 * points wide (38 inside the padding; 63 and 60 in the medium layout of a few columns), and JasperReports breaks a word that does not fit in the
 * middle ("Недозвољ|ени"). The largest of 6.5, 6, 5.5 and 5 points at which every word of the
 * headings fits, measured with the DejaVu Sans the PDF embeds; 5 when none does.
 */
final class HeadingFit {
  /** An article and its number stay on one line: "(CC Art.", "389)" reads badly. */
  private static final java.util.regex.Pattern ARTICLE =
      java.util.regex.Pattern.compile("(?<=^|[\\s(])((?:Art|art|čl|чл)\\.) (?=\\d)");

  /** The width inside a heading cell of the numeric layout, in points (the medium layout's: {@link #MEDIUM}). */
  static final double WIDTH = 38;
  static final double MEDIUM = MediumLayout.WIDTH - 3;
  private static final String[] SIZES = {"6.5", "6", "5.5", "5"};
  /** The template's own size, which headings that fit keep. */
  static final String LARGEST = SIZES[0];
  private static final Font FONT = load("DejaVuSans.ttf");
  /** The figures' font: bold, as a total row prints them, the widest. */
  private static final Font FIGURES = load("DejaVuSans-Bold.ttf");
  /** The template's size of a table's figures. */
  private static final float FIGURE_SIZE = 7.5f;
  private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  private HeadingFit() {}

  static String size(List<String> headings) {
    return size(headings, WIDTH);
  }

  /** As {@link #size(List)} for columns {@code width} points wide inside their padding. */
  static String size(List<String> headings, double width) {
    if (FONT == null) {
      return SIZES[0];
    }
    for (String size : SIZES) {
      Font f = FONT.deriveFont(Float.parseFloat(size));
      boolean fits = true;
      for (String h : headings) {
        // a compound breaks after its own hyphen ("Technology-|facilitated"): its parts must fit
        for (String word : (h == null ? "" : tied(h)).split("\\s+|(?<=\\p{L}-)(?=\\p{L})")) {
          if (!word.isEmpty() && f.getStringBounds(word, CONTEXT).getWidth() > width) {
            fits = false;
          }
        }
      }
      if (fits) {
        return size;
      }
    }
    return SIZES[SIZES.length - 1];
  }

  /**
   * The heading with each word too wide for the column at {@code size} broken by a hyphen and a
   * line break, where a reader expects it: after a vowel followed by a consonant, or between two
   * consonants, at least two letters on each side ("Идентифика-\nција"); at the widest place that
   * fits when the word offers none. Words that fit are kept as they are; an article's number is
   * tied to it by a no-break space.
   */
  static String hyphenated(String heading, String size) {
    return hyphenated(heading, size, WIDTH);
  }

  /** As {@link #hyphenated(String, String)} for columns {@code width} points wide inside their padding. */
  static String hyphenated(String heading, String size, double width) {
    if (heading == null) {
      return null;
    }
    heading = tied(heading);
    if (FONT == null) {
      return heading;
    }
    Font f = FONT.deriveFont(Float.parseFloat(size));
    StringBuilder out = new StringBuilder();
    java.util.regex.Matcher words = java.util.regex.Pattern.compile("\\S+|\\s+").matcher(heading);
    while (words.find()) {
      String word = words.group();
      while (!Character.isWhitespace(word.charAt(0)) && width(f, word) > width) {
        int at = breakAt(f, word, width);
        if (at <= 0) {
          break;
        }
        out.append(word, 0, at).append(word.charAt(at - 1) == '-' ? "\n" : "-\n");
        word = word.substring(at);
      }
      out.append(word);
    }
    return out.toString();
  }

  /**
   * Where to break {@code word}: after its own hyphen where the part fits; else the last place
   * whose part and hyphen fit that follows a vowel and precedes a consonant; else the last between
   * two consonants; else the last that fits.
   */
  private static int breakAt(Font f, String word, double width) {
    for (int i = word.length() - 2; i >= 2; i--) {
      if (word.charAt(i - 1) == '-' && Character.isLetter(word.charAt(i)) && width(f, word.substring(0, i)) <= width) {
        return i;
      }
    }
    int fits = 0;
    for (int i = 1; i < word.length() && width(f, word.substring(0, i) + "-") <= width; i++) {
      fits = i;
    }
    for (boolean afterVowel : new boolean[] {true, false}) {
      for (int i = fits; i >= 2; i--) {
        if (word.length() - i >= 2 && letters(word, i - 2, i + 2) && !vowel(word.charAt(i))
            && vowel(word.charAt(i - 1)) == afterVowel) {
          return i;
        }
      }
    }
    return fits;
  }

  private static boolean letters(String word, int from, int to) {
    return word.substring(from, to).chars().allMatch(Character::isLetter);
  }

  private static boolean vowel(char c) {
    return "aeiouаеиоуAEIOUАЕИОУ".indexOf(c) >= 0;
  }

  private static double width(Font f, String text) {
    return f.getStringBounds(text, CONTEXT).getWidth();
  }

  /** "389 KZ)": the code's abbreviation stays with the article's number. */
  private static final java.util.regex.Pattern CODE =
      java.util.regex.Pattern.compile("(?<=\\d) (?=(?:KZ|КЗ)(?:\\)|\\s|$))");

  /** The heading with each article's number tied to it ("Art.\u00a0389"), measured and printed as one word. */
  private static String tied(String heading) {
    return ARTICLE.matcher(heading).replaceAll("$1\u00a0");
  }

  /**
   * A row label with the article's number and the code's abbreviation tied ("чл.\u00a0389\u00a0КЗ"):
   * the label column is wide, so the whole reference moves to the next line; a heading keeps "КЗ"
   * free, not to shrink its column's font for it.
   */
  static String tiedLabel(String label) {
    return CODE.matcher(tied(label)).replaceAll("\u00a0");
  }

  /** The DejaVu Sans of the JasperReports font extension, or null (then the template's size). */
  /**
   * Whether every figure fits a column {@code width} points wide inside its padding at the
   * template's size ("2.506.914" does not fit the narrow 38 points; the template then shrinks its
   * font, which the medium layout's wider columns spare).
   */
  static boolean figuresFit(java.util.Collection<String> figures, double width) {
    if (FIGURES == null) {
      return true;
    }
    Font f = FIGURES.deriveFont(FIGURE_SIZE);
    for (String figure : figures) {
      if (figure != null && f.getStringBounds(figure, CONTEXT).getWidth() > width) {
        return false;
      }
    }
    return true;
  }

  private static Font load(String file) {
    try (InputStream in = HeadingFit.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + file)) {
      return in == null ? null : Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (java.io.IOException | java.awt.FontFormatException e) {
      return null;
    }
  }
}
