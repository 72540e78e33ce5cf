package thbstat.indicators.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The closed code lists of CONTRACT.md §1 and the code groups of §2. */
public final class Codes {
  private Codes() {}

  public static final List<String> REFERRED_BY = List.of(
      "police", "border_police", "labour_inspection", "social_welfare", "cso", "health", "education",
      "prosecution", "international_org", "foreign_authority", "self", "citizen", "other", "unknown");
  public static final List<String> VICTIM_STATUS =
      List.of("identified", "presumed", "pending", "not_victim", "rejected", "suspended");
  public static final List<String> SEX = List.of("f", "m", "u");
  public static final List<String> EXPLOITATION = List.of(
      "sexual", "labour", "begging", "criminality", "domestic_servitude", "forced_marriage",
      "organ_removal", "illegal_adoption", "other");
  public static final List<String> POLICE_ADMINISTRATIONS = List.of(
      "beograd", "bor", "valjevo", "vranje", "zajecar", "zrenjanin", "jagodina", "kikinda",
      "kragujevac", "kraljevo", "krusevac", "leskovac", "nis", "novi_pazar", "novi_sad", "pancevo",
      "pirot", "pozarevac", "prijepolje", "prokuplje", "smederevo", "sombor", "sremska_mitrovica",
      "subotica", "uzice", "cacak", "sabac");
  /** The 27 police administrations plus {@code abroad} and {@code unknown}. */
  public static final List<String> POLICE_ADMIN = concat(POLICE_ADMINISTRATIONS, List.of("abroad", "unknown"));
  public static final List<String> RECRUITMENT = List.of("online", "in_person", "unknown");
  public static final List<String> ASSISTANCE = List.of(
      "accommodation", "medical", "psychological", "legal", "financial", "education", "employment",
      "reintegration");
  public static final List<String> OFFENCE = List.of("cc388", "cc389", "cc390", "cc350");
  /** Trafficking offences; {@code cc350} is a comparator, never counted as trafficking. */
  public static final List<String> TRAFFICKING_OFFENCES = List.of("cc388", "cc389", "cc390");
  public static final List<String> PERSON_TYPE = List.of("natural", "legal");
  public static final List<String> INITIATED_BY = List.of("proactive", "victim_report", "referral", "other");
  public static final List<String> JUDGMENT_OUTCOME = List.of("convicted", "acquitted", "rejected");
  public static final List<String> SENTENCE = List.of("prison", "suspended", "fine", "community", "other");
  public static final List<String> INSTITUTION = List.of(
      "police", "border_police", "prosecution", "judiciary", "labour_inspection", "social_welfare",
      "education", "health", "cso", "media", "other");
  public static final List<String> TOPIC = List.of(
      "identification", "investigation", "victim_protection", "labour_exploitation",
      "child_trafficking", "ict", "other");

  /** The 27 EU member states of today, used for every period (CONTRACT.md §2). */
  public static final List<String> EU27 = List.of(
      "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN",
      "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE");

  /** Kosovo* (user-assigned), stateless, unknown. */
  public static final List<String> SPECIAL_COUNTRIES = List.of("XKX", "XXA", "XXX");

  private static final Set<String> COUNTRIES = countries();

  /** ISO 3166-1 alpha-3 codes plus XKX, XXA, XXX, upper case. */
  public static Set<String> countries() {
    if (COUNTRIES != null) {
      return COUNTRIES;
    }
    Set<String> all = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    all.addAll(SPECIAL_COUNTRIES);
    return java.util.Collections.unmodifiableSet(all);
  }

  /** Whether {@code code} (any case, surrounding spaces ignored) is an accepted country code. */
  public static boolean isCountry(String code) {
    return code != null && COUNTRIES.contains(code.trim().toUpperCase(Locale.ROOT));
  }

  @SafeVarargs
  private static List<String> concat(List<String>... lists) {
    return Arrays.stream(lists).flatMap(List::stream).toList();
  }
}
