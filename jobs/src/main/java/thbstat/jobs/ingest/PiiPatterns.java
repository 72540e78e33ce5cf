package thbstat.jobs.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import thbstat.indicators.contract.ColumnType;

/**
 * What a direct identifier looks like (CONTRACT.md §1, "Bad input"): column names, and value
 * patterns ({@link java.util.regex} syntax), tested on every value of the scanned columns.
 */
public final class PiiPatterns {
  private PiiPatterns() {}

  /**
   * Words that name a direct identifier wherever they stand in a column name written without its
   * separators ({@link #fold folded}): long enough that no other word holds them
   * ("victim_prezime", "brojpasosa", "telefonski_broj"). "datumrodenja" is "datum rođenja" with
   * đ written d, as it often is without Serbian letters.
   */
  static final List<String> STEMS = List.of(
      "jmbg", "maticnibroj", "prezime", "firstname", "lastname", "fullname", "surname", "nickname", "nadimak",
      "passport", "pasos", "licnakarta", "telefon", "phone", "mobilni", "email", "adresa", "address",
      "datumrodjenja", "datumrodenja", "dateofbirth", "birthdate", "birthday");

  /**
   * Short words that name a direct identifier only as a whole word of a column name ("tel", not
   * the "tel" of "hotel"; "ime", not the "ime" of "crime" or "compensation_claimed").
   */
  static final Set<String> WORDS = Set.of(
      "name", "names", "ime", "imena", "jmb", "tel", "mail", "mobile", "gsm", "dob");

  /**
   * One value pattern: a short name, a readable description, the regex, a cheap test that every
   * value the regex finds passes ({@code mayMatch}; the regex runs only on the values it lets
   * through, almost none in a pseudonymised column), and what a match must also be ({@code
   * confirm}: a JMBG's check digit, a name that is not a place).
   */
  public record ValuePattern(String name, String description, Pattern regex, Predicate<String> mayMatch,
      Predicate<String> confirm) {
    ValuePattern(String name, String description, String regex, Predicate<String> mayMatch, Predicate<String> confirm) {
      this(name, description, Pattern.compile(regex), mayMatch, confirm);
    }

    /** Whether the regex finds a match in {@code value}. */
    public boolean matches(String value) {
      return value != null && regex.matcher(value).find();
    }

    /** Whether {@code value} looks like this identifier: the regex finds it and the match is confirmed. */
    public boolean fires(String value) {
      return value != null && mayMatch.test(value) && matches(value) && confirm.test(value);
    }
  }

  /**
   * A JMBG: the whole value, 13 digits with a valid check digit; or inside text ("JMBG:
   * 0101990710008", "Marko, 0101990710008"), a run of exactly 13 digits whose check digit is valid
   * and whose first seven digits are a date of birth that exists ({@link #containsJmbg}).
   */
  public static final ValuePattern JMBG = new ValuePattern(
      "jmbg", "13-digit personal numbers (JMBG) with a valid check digit", "(?<![0-9])[0-9]{13}(?![0-9])",
      PiiPatterns::hasThirteenDigits, PiiPatterns::containsJmbg);
  public static final ValuePattern PASSPORT = new ValuePattern(
      "passport", "passport numbers", "^([A-Z]{1,2}[0-9]{6,9}|[0-9]{9})$", // 7 to 11 characters, and a line break after them that $ skips
      v -> v.length() >= 7 && v.length() <= 13, v -> true);
  public static final ValuePattern PHONE = new ValuePattern(
      "phone", "phone numbers",
      "(\\+|00)381[\\s\\-/]*[0-9]([\\s\\-/]?[0-9]){6,9}|(^|\\s)06[0-9]([\\s\\-/]?[0-9]){5,7}(\\s|$)",
      v -> v.contains("381") || v.contains("06"), v -> true);
  public static final ValuePattern EMAIL = new ValuePattern(
      "email", "e-mail addresses", "[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}",
      v -> v.indexOf('@', 1) > 0, v -> true);
  /**
   * A value that is a name ("Marko Marković"), or free text holding a first name and a surname in
   * -ić, the ending of most Serbian surnames ("trainer: Jovan Jovanović"). A capitalised pair
   * without it inside text ("Novi Sad", "Republika Srpska") is not taken for a name.
   */
  public static final ValuePattern PERSON_NAME = new ValuePattern(
      "name", "personal names", "^\\p{Lu}\\p{Ll}+([\\s\\-]+\\p{Lu}\\p{Ll}+)+$"
          + "|(^|[^\\p{L}])\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+(ić|ић)(?![\\p{L}])",
      v -> v.length() >= 5 && (Character.isUpperCase(v.charAt(0)) || v.contains("ić") || v.contains("ић")),
      v -> !isPlace(v));
  /**
   * In an ID column only, where a pseudonym has digits or separators: a name in any letter case
   * ("PETROVIĆ MARKO", "marko petrović"), i.e. letters and spaces alone with two words of two
   * letters or more; or one word ending in a surname's -ić ("Jovanović", "MARIĆ", "Јовановић"), or
   * in -ović or -ević written without the diacritic ("PETROVIC"; a bare -ic ends too many other
   * words). Values {@link #PERSON_NAME} already takes are left to it, and places pass.
   */
  public static final ValuePattern ID_NAME = new ValuePattern(
      "id_name", "personal names (in any letter case, or a surname alone)",
      "^\\p{L}+(\\s+\\p{L}+)+$|^\\p{L}{2,}(?iu:ić|ић|ovic|evic)$",
      v -> v.length() >= 4 && Character.isLetter(v.charAt(0)) && Character.isLetter(v.charAt(v.length() - 1)),
      v -> (v.indexOf(' ') < 0 || longWords(v) >= 2) && !isPlace(v) && !PERSON_NAME.fires(v));

  /** The words of two letters or more in {@code value}. */
  private static int longWords(String value) {
    int n = 0;
    for (String w : value.trim().split("\\s+")) {
      if (w.length() >= 2) {
        n++;
      }
    }
    return n;
  }

  /**
   * Places written as two or three capitalised words, which read like a first name and a surname:
   * Serbia's towns and municipalities of that shape and countries an extract may name (in an extra
   * column such as a city of exploitation, or written out in a country column), in Serbian (Latin
   * and Cyrillic script) and English; and the towns of one word in -ić, which read like a surname.
   */
  private static final Set<String> PLACES = places(
      "Novi Sad", "Novi Pazar", "Sremska Mitrovica", "Kosovska Mitrovica", "Novi Beograd", "Stari Grad",
      "Savski Venac", "Bačka Palanka", "Bačka Topola", "Bački Petrovac", "Sremski Karlovci", "Stara Pazova",
      "Novi Bečej", "Novi Kneževac", "Nova Crnja", "Nova Varoš", "Bela Crkva", "Bela Palanka", "Bajina Bašta",
      "Gornji Milanovac", "Velika Plana", "Veliko Gradište", "Smederevska Palanka", "Vrnjačka Banja", "Crna Trava",
      "Mali Zvornik", "Mali Iđoš", "Vladičin Han", "Bogatić", "Kosjerić",
      "Republika Srpska", "Crna Gora", "Severna Makedonija", "Velika Britanija", "Novi Zeland", "Južna Afrika",
      "Saudijska Arabija", "Ujedinjeni Arapski Emirati", "Sjedinjene Američke Države", "Južna Koreja",
      "Severna Koreja", "Južni Sudan", "Češka Republika", "Dominikanska Republika", "Centralnoafrička Republika",
      "Obala Slonovače", "Šri Lanka", "Sijera Leone", "Burkina Faso", "San Marino", "El Salvador",
      "Ekvatorijalna Gvineja", "Papua Nova Gvineja", "Zelenortska Ostrva",
      "North Macedonia", "United Kingdom", "Great Britain", "United States", "New Zealand", "South Africa",
      "Saudi Arabia", "United Arab Emirates", "South Korea", "North Korea", "South Sudan", "Czech Republic",
      "Dominican Republic", "Central African Republic", "Ivory Coast", "Sri Lanka", "Sierra Leone", "Costa Rica",
      "Equatorial Guinea", "Papua New Guinea", "Cape Verde", "Hong Kong", "Puerto Rico", "East Timor");

  private static Set<String> places(String... latin) {
    Set<String> out = new java.util.HashSet<>();
    for (String p : latin) {
      out.add(p.toLowerCase(Locale.ROOT));
      out.add(thbstat.indicators.i18n.Transliterator.toCyrillic(p).toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(out);
  }

  /** Whether the whole value is one of {@link #PLACES}, whatever its spaces and letter case. */
  static boolean isPlace(String value) {
    return PLACES.contains(SPACES.matcher(value.strip()).replaceAll(" ").toLowerCase(Locale.ROOT));
  }

  private static final Pattern SPACES = Pattern.compile("[\\s\\-]+");

  public static final List<ValuePattern> VALUE_PATTERNS = List.of(JMBG, PASSPORT, PHONE, EMAIL, PERSON_NAME, ID_NAME);

  /** The patterns for a column the contract does not know: free text, where any identifier may stand. */
  static final List<ValuePattern> TEXT = List.of(JMBG, PASSPORT, PHONE, EMAIL, PERSON_NAME);

  /**
   * The patterns a value of a column of this type is tested with ({@code null}: a column the
   * contract does not know): an ID column's also {@link #ID_NAME}; a number column's only {@link
   * #JMBG}, as a 9-digit amount is an amount, not a passport; every other column's, those of free
   * text (a code or date column refuses such values, but quarantine.csv would copy them).
   */
  static List<ValuePattern> forColumn(ColumnType type) {
    if (type == ColumnType.ID) {
      return List.of(JMBG, PASSPORT, PHONE, EMAIL, PERSON_NAME, ID_NAME);
    }
    if (type == ColumnType.INTEGER || type == ColumnType.DECIMAL) {
      return List.of(JMBG);
    }
    return TEXT;
  }

  /**
   * Why a column name looks like a direct identifier, or empty when it does not: the name {@link
   * #fold folded}, one of {@link #WORDS} as a word of it, or one of {@link #STEMS} anywhere in it
   * with its separators removed ("ime prezime" and "imeprezime" alike).
   */
  public static Optional<String> suspiciousName(String column) {
    String folded = fold(column);
    String joined = folded.replaceAll("[^\\p{L}\\p{N}]", "");
    if (WORDS.contains(joined) || STEMS.contains(joined)) {
      return Optional.of("its name '" + column + "' names a direct identifier");
    }
    for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
      if (WORDS.contains(word)) {
        return Optional.of("its name '" + column + "' contains '" + word + "', a direct identifier");
      }
    }
    return STEMS.stream().filter(joined::contains).findFirst()
        .map(stem -> "its name '" + column + "' contains '" + stem + "', a direct identifier");
  }

  private static final String CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџш";
  private static final String[] LATIN = {"a", "b", "v", "g", "d", "dj", "e", "z", "z", "i", "j", "k", "l", "lj", "m",
      "n", "nj", "o", "p", "r", "s", "t", "c", "u", "f", "h", "c", "c", "dz", "s"};

  /**
   * A column name as the vocabulary is written: lower case, Serbian Cyrillic in Latin letters
   * ("јмбг" → "jmbg"), without diacritics (č ć → c, š → s, ž → z, đ → dj, é → e), so that "име",
   * "pasoš" and "datum_rođenja" read as "ime", "pasos" and "datum_rodjenja".
   */
  static String fold(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      int k = CYRILLIC.indexOf(c);
      out.append(k >= 0 ? LATIN[k] : c == 'đ' ? "dj" : String.valueOf(c));
    }
    // the marks of č, ć, š, ž (and any other) are separate characters after NFD: dropped
    return java.text.Normalizer.normalize(out, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  /** Whether 13 digits follow one another somewhere in {@code value}: a loop, cheaper than the regex. */
  private static boolean hasThirteenDigits(String value) {
    int run = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run == 13) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code value} is a JMBG ({@link #isJmbg}) or holds one among other characters: a run of
   * exactly 13 digits with a valid check digit and a date of birth that exists ({@link #bornOn}),
   * which about one run of 13 random digits in 2,200 passes. A value of hexadecimal digits alone (a
   * hash) is not searched: its digit runs are chance, and a million hashes would hold a few such.
   */
  static boolean containsJmbg(String value) {
    if (isJmbg(value)) {
      return true;
    }
    int n = value.length();
    if (value.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128)) {
      return false;
    }
    int i = 0;
    while (i < n) {
      int end = i;
      while (end < n && value.charAt(end) >= '0' && value.charAt(end) <= '9') {
        end++;
      }
      if (end - i == 13) {
        String run = value.substring(i, end);
        if (isJmbg(run) && bornOn(run)) {
          return true;
        }
      }
      i = end == i ? i + 1 : end;
    }
    return false;
  }

  /**
   * Whether a JMBG's first seven digits, DDMMYYY, are a day that exists between 1900 and this
   * year: YYY is the year without its thousands (990 for 1990, 005 for 2005).
   */
  static boolean bornOn(String jmbg) {
    int day = Integer.parseInt(jmbg.substring(0, 2));
    int month = Integer.parseInt(jmbg.substring(2, 4));
    int yyy = Integer.parseInt(jmbg.substring(4, 7));
    int year = yyy >= 900 ? 1000 + yyy : 2000 + yyy;
    return month >= 1 && month <= 12 && year <= java.time.Year.now().getValue() && day >= 1
        && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
  }

  /**
   * Whether 13 digits form a JMBG with a valid check digit: m = 11 − ((7(a1+a7) + 6(a2+a8) +
   * 5(a3+a9) + 4(a4+a10) + 3(a5+a11) + 2(a6+a12)) mod 11), m > 9 → 0, m = a13.
   */
  public static boolean isJmbg(String s) {
    if (s == null || !s.matches("[0-9]{13}")) {
      return false;
    }
    int[] a = new int[14];
    for (int i = 1; i <= 13; i++) {
      a[i] = s.charAt(i - 1) - '0';
    }
    int sum = 0;
    for (int i = 1; i <= 6; i++) {
      sum += (8 - i) * (a[i] + a[i + 6]);
    }
    int m = 11 - sum % 11;
    if (m > 9) {
      m = 0;
    }
    return m == a[13];
  }
}
