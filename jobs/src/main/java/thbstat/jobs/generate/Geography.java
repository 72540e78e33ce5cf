package thbstat.jobs.generate;

import java.util.List;
import java.util.SplittableRandom;
import thbstat.indicators.contract.Codes;

/** Where people come from and where things happen: citizenship, country, police administration. */
final class Geography {
  private Geography() {}

  static final String SERBIA = "SRB";

  /** Foreign citizenships seen in Serbian THB data: neighbours, the Balkan route, a few EU states. */
  private static final Choice FOREIGN = Choice.of(
      // EU
      "ROU", 5, "BGR", 4, "HRV", 3, "HUN", 2, "DEU", 2, "AUT", 1, "SVN", 1, "GRC", 1, "ITA", 1,
      // non-EU
      "BIH", 7, "MKD", 6, "MNE", 5, "XKX", 6, "ALB", 4, "UKR", 5, "RUS", 2, "TUR", 3, "BGD", 4,
      "PAK", 4, "AFG", 4, "SYR", 3, "IND", 3, "NPL", 3, "CHN", 2, "VNM", 2, "PHL", 2, "NGA", 2,
      "DOM", 1, "COL", 1, "UZB", 2,
      // stateless and unknown
      "XXA", 3, "XXX", 3);

  /** Countries of exploitation abroad for Serbian citizens. */
  private static final Choice ABROAD = Choice.of(
      "DEU", 6, "AUT", 5, "MNE", 4, "BIH", 3, "HRV", 3, "SVN", 2, "TUR", 2, "ARE", 2, "RUS", 2,
      "ITA", 2, "FRA", 1, "NLD", 1, "CHE", 2, "SWE", 1, "GRC", 2, "CYP", 1, "SVK", 1, "XKX", 1);

  /** Weighted to the three big administrations, every administration present. */
  private static final Choice POLICE_ADMIN = Choice.over(Codes.POLICE_ADMIN,
      "beograd", 30, "novi_sad", 12, "nis", 9, "kragujevac", 4, "subotica", 4, "sabac", 2,
      "abroad", 3, "unknown", 2);

  static String citizenship(SplittableRandom rng, double serbianShare) {
    return Draw.chance(rng, serbianShare) ? SERBIA : FOREIGN.pick(rng);
  }

  static String abroad(SplittableRandom rng) {
    return ABROAD.pick(rng);
  }

  static String policeAdmin(SplittableRandom rng) {
    return POLICE_ADMIN.pick(rng);
  }

  static List<String> foreignCitizenships() {
    return FOREIGN.codes();
  }
}
