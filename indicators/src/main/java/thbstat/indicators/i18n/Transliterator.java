package thbstat.indicators.i18n;

import java.util.Map;

/**
 * Serbian Latin to Cyrillic, the standard one-to-one mapping (lj → љ, nj → њ, dž → џ).
 * Words written wholly in upper case with digits or underscores (codes such as {@code NON_EU},
 * {@code SRB}, {@code cc388}) and text inside {@code {braces}} are left alone.
 */
public final class Transliterator {
  private Transliterator() {}

  private static final Map<String, String> DIGRAPHS = Map.of(
      "lj", "љ", "Lj", "Љ", "LJ", "Љ", "nj", "њ", "Nj", "Њ", "NJ", "Њ", "dž", "џ", "Dž", "Џ", "DŽ", "Џ");
  private static final String LATIN = "abcčćdđefghijklmnoprsštuvzžABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽ";
  private static final String CYRILLIC = "абцчћдђефгхијклмнопрсштувзжАБЦЧЋДЂЕФГХИЈКЛМНОПРСШТУВЗЖ";

  public static String toCyrillic(String latin) {
    if (latin == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(latin.length());
    int i = 0;
    while (i < latin.length()) {
      char c = latin.charAt(i);
      if (c == '{') {
        int close = latin.indexOf('}', i);
        int end = close < 0 ? latin.length() : close + 1;
        out.append(latin, i, end);
        i = end;
        continue;
      }
      if (Character.isLetterOrDigit(c) || c == '_') {
        int end = i;
        while (end < latin.length()
            && (Character.isLetterOrDigit(latin.charAt(end)) || latin.charAt(end) == '_')) {
          end++;
        }
        String word = latin.substring(i, end);
        out.append(isCode(word) ? word : transliterateWord(word));
        i = end;
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** Codes, abbreviations, numbers and identifiers stay in Latin. */
  private static boolean isCode(String word) {
    boolean hasDigitOrUnderscore = word.chars().anyMatch(ch -> Character.isDigit(ch) || ch == '_');
    boolean allUpper = word.length() > 1 && word.chars().allMatch(ch -> !Character.isLowerCase(ch));
    boolean latinOnlyLetters = word.chars().allMatch(ch -> ch < 0x250);
    return latinOnlyLetters && (hasDigitOrUnderscore
        || (allUpper && word.length() <= 6 && isAcronym(word) && !isSerbianWord(word)));
  }

  /**
   * An upper-case word with a letter or digraph that only Serbian uses (Č Ć Đ Š Ž, LJ NJ DŽ) is a
   * word written in capitals (ŽRTVE, LJUDI), not an international acronym.
   */
  private static boolean isSerbianWord(String word) {
    return word.chars().anyMatch(ch -> "ČĆĐŠŽ".indexOf(ch) >= 0)
        || word.contains("LJ") || word.contains("NJ");
  }

  /** Upper-case words of up to six letters that are not ordinary Serbian words (GRETA, EU, SDG, RSD, GLOTIP). */
  private static boolean isAcronym(String word) {
    return switch (word) {
      case "I", "U", "O", "A", "S", "K" -> false;
      default -> true;
    };
  }

  private static String transliterateWord(String word) {
    StringBuilder out = new StringBuilder(word.length());
    int i = 0;
    while (i < word.length()) {
      if (i + 1 < word.length()) {
        String pair = word.substring(i, i + 2);
        String d = DIGRAPHS.get(pair);
        if (d != null) {
          out.append(d);
          i += 2;
          continue;
        }
      }
      char c = word.charAt(i);
      int k = LATIN.indexOf(c);
      out.append(k >= 0 ? CYRILLIC.charAt(k) : c);
      i++;
    }
    return out.toString();
  }
}
