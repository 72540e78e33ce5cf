package thbstat.reports.i18n;

import java.util.Map;
import thbstat.indicators.i18n.Language;
import thbstat.indicators.model.Text;

/**
 * Every heading, label and footnote of the reports, written by hand in English and Serbian
 * (Latin); the Cyrillic text is derived from the Latin one by {@link Text}, so the two scripts
 * never drift.
 */
public final class Messages {
  private static final Map<String, Text> TEXTS = Map.ofEntries(
      e("report.greta", "Statistical annex to the GRETA questionnaire",
          "Statistički aneks upitnika GRETA"),
      e("report.annual", "Annual report of the National Rapporteur on trafficking in human beings",
          "Godišnji izveštaj Nacionalnog izvestioca o trgovini ljudima"),
      e("report.quarterly", "Quarterly bulletin on trafficking in human beings",
          "Tromesečni bilten o trgovini ljudima"),
      e("report.action-plan", "Action Plan for Chapters 23 and 24: progress of the indicators",
          "Akcioni plan za poglavlja 23 i 24: napredak pokazatelja"),
      e("report.eurostat", "Trafficking in human beings: Eurostat data collection",
          "Trgovina ljudima: prikupljanje podataka Eurostata"),
      e("publisher", "Republic of Serbia – National statistics on trafficking in human beings",
          "Republika Srbija – Nacionalna statistika o trgovini ljudima"),
      e("period", "Reference period", "Referentni period"),
      e("periods", "Reference periods", "Referentni periodi"),
      e("generated", "Generated", "Izrađeno"),
      e("engine", "Engine version", "Verzija programa"),
      e("language", "Language", "Jezik"),
      e("language.value", "English", "Srpski (latinica)"),
      e3("provenance", "Provenance (SHA-256 from manifest.json)", "Poreklo podataka (SHA-256 iz manifest.json)",
          "Порекло података (SHA-256 из manifest.json)"),
      e3("catalogue", "Indicator catalogue (indicators.yaml)", "Katalog pokazatelja (indicators.yaml)",
          "Каталог показатеља (indicators.yaml)"),
      e("input", "Input file", "Ulazna datoteka"),
      e("data", "Data file", "Datoteka sa podacima"),
      e("contents", "Contents", "Sadržaj"),
      e("sheet", "Sheet", "List"),
      e("table", "Table", "Tabela"),
      e("total", "Total", "Ukupno"),
      e("unit", "Unit", "Jedinica mere"),
      e("source", "Source", "Izvor"),
      e("source.value", "Indicator store, computed from the anonymised administrative records",
          "Baza pokazatelja, izračunata iz anonimizovanih administrativnih evidencija"),
      e("note.c", "x = confidential: fewer persons than the disclosure threshold",
          "x = poverljivo: manje lica od praga zaštite podataka"),
      e("note.d", "(x) = suppressed to protect another confidential cell",
          "(x) = izostavljeno radi zaštite druge poverljive ćelije"),
      e("note.missing", "– = no data", "– = nema podataka"),
      e("note.public", "Public edition: confidential cells are suppressed (disclosure control applied).",
          "Javno izdanje: poverljive ćelije su izostavljene (primenjena je zaštita podataka)."),
      // Written in capitals: the transliterator would keep short capital words (NIJE, ZA) as codes.
      e3("internal", "INTERNAL – NOT FOR PUBLICATION: full values without disclosure control",
          "INTERNO – NIJE ZA OBJAVLJIVANJE: potpune vrednosti bez zaštite podataka",
          "ИНТЕРНО – НИЈЕ ЗА ОБЈАВЉИВАЊЕ: потпуне вредности без заштите података"),
      e3("internal.short", "INTERNAL – NOT FOR PUBLICATION", "INTERNO – NIJE ZA OBJAVLJIVANJE",
          "ИНТЕРНО – НИЈЕ ЗА ОБЈАВЉИВАЊЕ"),
      e("definitions", "Definitions and sources", "Definicije i izvori"),
      e("indicator", "Indicator", "Pokazatelj"),
      e("code", "Code", "Šifra"),
      e("definition", "Definition", "Definicija"),
      e("references", "References", "Reference"),
      e("headline", "Headline figures", "Ključni podaci"),
      e("change", "Change", "Promena"),
      e("change.pc", "Change, %", "Promena, %"),
      e("info", "About", "O izveštaju"),
      e("page", "Page", "Strana"),
      e("of", "of", "od"),
      e("chart.victims", "Identified victims by year", "Identifikovane žrtve po godinama"),
      e("unit.PS", "Persons", "Broj lica"),
      e("unit.CASES", "Cases", "Broj predmeta"),
      e("unit.DAYS", "Days", "Dani"),
      e("unit.EVENTS", "Events", "Broj događaja"),
      e("unit.HOURS", "Hours", "Sati"),
      e("unit.MONTHS", "Months", "Meseci"),
      e("unit.PC", "Per cent", "Procenat"),
      e("unit.RATE_100K", "Per 100,000 inhabitants", "Na 100.000 stanovnika"),
      e("unit.RATIO", "Ratio", "Odnos"),
      e("unit.RSD", "Dinars (RSD)", "Dinari (RSD)"),
      e("continued", "continued", "nastavak"),
      e("year", "Year", "Godina"));

  private final Language language;

  public Messages(Language language) {
    this.language = language;
  }

  public Language language() {
    return language;
  }

  /** The text of {@code key} in this language; an unknown key is a bug. */
  public String get(String key) {
    Text t = TEXTS.get(key);
    if (t == null) {
      throw new IllegalArgumentException("no message '" + key + "'");
    }
    return t.in(language);
  }

  /** The unit of measure in words; an unknown unit code is shown as it is. */
  public String unit(String code) {
    Text t = TEXTS.get("unit." + code);
    return t == null ? code : t.in(language);
  }

  public String text(Text t) {
    return t.in(language);
  }

  static java.util.Set<String> keys() {
    return TEXTS.keySet();
  }

  /** A text whose Cyrillic form is given because it names files that stay in Latin script. */
  private static Map.Entry<String, Text> e3(String key, String en, String srLatn, String srCyrl) {
    return Map.entry(key, new Text(en, srLatn, srCyrl));
  }

  private static Map.Entry<String, Text> e(String key, String en, String srLatn) {
    return Map.entry(key, Text.of(en, srLatn));
  }
}
