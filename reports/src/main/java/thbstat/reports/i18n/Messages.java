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
      // GRETA stays an acronym in Latin script, in Cyrillic text too, as in the notes (transliteration keeps it)
      e("report.greta", "Statistical annex to the GRETA questionnaire", "Statistički prilog upitniku GRETA"),
      e("report.annual", "Annual report of the National Rapporteur on trafficking in human beings",
          "Godišnji izveštaj Nacionalnog izvestioca o trgovini ljudima"),
      e("report.quarterly", "Quarterly bulletin on trafficking in human beings",
          "Tromesečni bilten o trgovini ljudima"),
      e("report.action-plan", "Action Plan for Chapters 23 and 24: progress of the indicators",
          "Akcioni plan za poglavlja 23 i 24: napredak pokazatelja"),
      e("report.eurostat", "Trafficking in human beings: Eurostat data collection",
          "Trgovina ljudima: prikupljanje podataka Evrostata"),
      e("publisher", "Republic of Serbia – National statistics on trafficking in human beings",
          "Republika Srbija – Nacionalna statistika o trgovini ljudima"),
      e("period", "Reference period", "Referentni period"),
      e("periods", "Reference periods", "Referentni periodi"),
      e("generated", "Generated", "Izrađeno"),
      e("engine", "Engine version", "Verzija programa"),
      e("language", "Language", "Jezik"),
      Map.entry("language.value", new Text("English", "srpski (latinica)", "српски (ћирилица)")),
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
      e("source.ingest", "Data-quality report of the ingest of the anonymised extract",
          "Izveštaj o kvalitetu podataka pri učitavanju anonimizovanog izvoda"),
      e("source.records", "anonymised records; indicator store computed by {program}",
          "anonimizovane evidencije; baza pokazatelja izračunata programom {program}"),
      e("note.c", "x = confidential: suppressed by disclosure control (fewer persons than the threshold, or a"
          + " cell from which such a figure could be derived)",
          "x = poverljivo: izostavljeno radi zaštite poverljivosti (manje lica od praga ili ćelija iz koje bi se"
          + " takav podatak mogao izračunati)"),
      // the same with the number, where every indicator of the report has the same threshold
      e("note.c.n", "x = confidential: suppressed by disclosure control (fewer than {n} persons, or a cell from"
          + " which such a figure could be derived)",
          "x = poverljivo: izostavljeno radi zaštite poverljivosti (manje od {n} lica ili ćelija iz koje bi se"
          + " takav podatak mogao izračunati)"),
      e("note.lastQuarter", "A year's last quarter also protects the figures that, with the year's published"
          + " totals, would give another quarter's small figure away: the annual totals take precedence.",
          "Poslednje tromesečje godine štiti i podatke koji bi, uz objavljene godišnje ukupne brojeve, otkrili mali"
          + " podatak nekog drugog tromesečja: godišnji ukupni brojevi imaju prednost."),
      e("and", "and", "i"),
      e("note.notInAnnex", "Tables keep their numbers in the national catalogue: {tables} answer no GRETA question"
          + " and are published in the annual report.",
          "Tabele zadržavaju brojeve iz nacionalnog kataloga: {tables} ne odgovaraju na pitanja GRETA i objavljuju se u"
          + " godišnjem izveštaju."),
      e("note.notInAnnex.one", "Tables keep their numbers in the national catalogue: {tables} answers no GRETA"
          + " question and is published in the annual report.",
          "Tabele zadržavaju brojeve iz nacionalnog kataloga: {tables} ne odgovara na pitanja GRETA i objavljuje se u"
          + " godišnjem izveštaju."),
      e("note.missing", "– = no data", "– = nema podataka"),
      e("note.multi", "A person can be counted under several categories of “{dim}”, so the categories can add up"
          + " to more than the total.", "Lice se može računati u više kategorija „{dim}“, pa zbir kategorija može biti"
          + " veći od ukupnog broja."),
      e("note.records", "A person whose records of the period differ in “{dim}” (in several proceedings, for"
          + " example) is counted under each of them, so the categories can add up to more than the total.",
          "Lice čiji zapisi u periodu imaju različite vrednosti obeležja „{dim}“ (na primer u više postupaka)"
          + " računa se pod svakom od njih, pa zbir kategorija može biti veći od ukupnog broja."),
      e("note.public", "Public edition: confidential cells are suppressed (disclosure control applied).",
          "Javno izdanje: poverljive ćelije su izostavljene (primenjena je statistička zaštita poverljivosti)."),
      // Written in capitals: the transliterator would keep short capital words (NIJE, ZA) as codes.
      e3("internal", "INTERNAL – NOT FOR PUBLICATION: full values without disclosure control",
          "INTERNO – NIJE ZA OBJAVLJIVANJE: potpune vrednosti bez statističke zaštite poverljivosti",
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
      // a sum of persons over events (participants of trainings): one person trained twice counts twice
      e("unit.PS.sum", "Participants", "Broj učesnika"),
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
      e("note.na", ": = not available (the run output holds no indicator table for the period)",
          ": = nije dostupno (rezultati obrade ne sadrže tabelu pokazatelja za period)"),
      e("note.np", ".. = not published: the cell is in no public table (the internal edition shows it)",
          ".. = nije objavljeno: ćelija nije ni u jednoj javnoj tabeli (prikazana je u internom izdanju)"),
      e("note.np.rows", "Breakdowns that are in no public table are left out; the internal edition shows them.",
          "Raščlanjavanja koja nisu ni u jednoj javnoj tabeli su izostavljena; prikazana su u internom izdanju."),
      e("quarter.headline", "The quarter against the same quarter of the previous year",
          "Tromesečje u poređenju sa istim tromesečjem prethodne godine"),
      e("quarter.eight", "The last eight quarters", "Poslednjih osam tromesečja"),
      e("chart.quarters", "Headline figures in the last eight quarters",
          "Ključni podaci u poslednjih osam tromesečja"),
      e("chart.form.age", "Identified victims by form of exploitation: all ages and children (tables T04 and T09)",
          "Identifikovane žrtve prema obliku eksploatacije: svi uzrasti i deca (tabele T04 i T09)"),
      e("chart.all.ages", "All ages", "Svi uzrasti"),
      e("chart.children", "Children (under 18)", "Deca (mlađa od 18 godina)"),
      e("chart.funnel", "Criminal-justice funnel: persons suspected, prosecuted and convicted",
          "Krivičnopravni tok: osumnjičena, optužena i osuđena lica"),
      e("chart.funnel.note", "Each bar counts the persons who reached that stage in the year (criminal complaint, "
          + "confirmed indictment, final conviction), not one group of persons followed through the proceedings.",
          "Svaki stubić broji lica koja su u godini dostigla tu fazu (krivična prijava, potvrđena optužnica, "
          + "pravosnažna osuđujuća presuda), a ne jednu grupu lica praćenu kroz postupak."),
      e("chart.gaps", "A bar is left out where the value is protected (x) or not available (:); the tables the"
          + " chart is drawn from show the symbol.",
          "Stubić je izostavljen gde je vrednost zaštićena (x) ili nije dostupna (:); tabele iz kojih je grafikon"
          + " izrađen prikazuju taj znak."),
      // the PDF draws the symbol where the bar would be
      e("chart.gaps.pdf", "Where the value is protected (x) or not available (:), the symbol stands in place of the"
          + " bar.",
          "Gde je vrednost zaštićena (x) ili nije dostupna (:), na mestu stubića stoji taj znak."),
      e("charts", "Charts", "Grafikoni"),
      e("ap.title", "Action Plan indicators: baseline, target, actual value and status",
          "Pokazatelji Akcionog plana: polazna vrednost, cilj, ostvarena vrednost i status"),
      e("ap.unit", "the unit of each indicator is given in brackets",
          "jedinica mere svakog pokazatelja navedena je u zagradi"),
      e("ap.baseline", "Baseline", "Polazna vrednost"),
      e("ap.value", "Value", "Vrednost"),
      e("ap.target", "Target", "Cilj"),
      e("ap.actual", "Actual", "Ostvareno"),
      e("ap.status", "Status", "Status"),
      e("ap.tolerance", "Tolerance, %", "Tolerancija, %"),
      e("ap.source", "Action Plan item", "Mera akcionog plana"),
      e("ap.chapter", "Chapter", "Poglavlje"),
      e("ap.rule", "Status: on track = the actual value is at or beyond the value expected for the year (its "
          + "target, or the straight line from the baseline between declared targets); at risk = short of it by "
          + "at most the tolerance (per cent of the expected value); off track = short by more; not assessed = "
          + "the value is protected, not published or not available.",
          "Status: u skladu s planom = ostvarena vrednost dostiže ili premašuje vrednost očekivanu za godinu (njen "
          + "cilj, ili pravu liniju od polazne vrednosti između zadatih ciljeva); u riziku = od nje odstupa u "
          + "nepovoljnom smeru najviše za toleranciju (procenat očekivane vrednosti); znatno zaostaje = odstupa "
          + "više od toga; nije ocenjeno = "
          + "vrednost je zaštićena, nije objavljena ili nije dostupna."),
      // where the baselines and targets come from, said once (the file name stays in Latin script)
      e3("ap.provisional", "Baselines and targets are working values of the indicator catalogue (indicators.yaml), "
          + "not yet confirmed against the adopted Action Plans.",
          "Polazne i ciljne vrednosti su radne vrednosti iz kataloga pokazatelja (indicators.yaml), još nepotvrđene "
          + "prema usvojenim akcionim planovima.",
          "Полазне и циљне вредности су радне вредности из каталога показатеља (indicators.yaml), још непотврђене "
          + "према усвојеним акционим плановима."),
      e3("ap.adopted", "Baselines and targets are those of the adopted Action Plans, as entered in the indicator "
          + "catalogue (indicators.yaml).",
          "Polazne i ciljne vrednosti su vrednosti iz usvojenih akcionih planova, unete u katalog pokazatelja "
          + "(indicators.yaml).",
          "Полазне и циљне вредности су вредности из усвојених акционих планова, унете у каталог показатеља "
          + "(indicators.yaml)."),
      e3("ap.adopted.except", "Baselines and targets are those of the adopted Action Plans, as entered in the "
          + "indicator catalogue (indicators.yaml), but for the working values, not yet confirmed, of:",
          "Polazne i ciljne vrednosti su vrednosti iz usvojenih akcionih planova, unete u katalog pokazatelja "
          + "(indicators.yaml), osim radnih, još nepotvrđenih vrednosti za:",
          "Полазне и циљне вредности су вредности из усвојених акционих планова, унете у каталог показатеља "
          + "(indicators.yaml), осим радних, још непотврђених вредности за:"),
      e("ap.baseline.hidden", "x in the baseline: a declared baseline of fewer persons than the indicator's "
          + "disclosure threshold is not shown in the public edition.",
          "x u polaznoj vrednosti: zadata polazna vrednost manja od praga zaštite pokazatelja (broj lica) ne "
          + "prikazuje se u javnom izdanju."),
      e("ap.baseline.revised", "For the baseline year the extract now gives other values than these baselines "
          + "(data revised since, or counted otherwise):",
          "Za godinu polazne vrednosti podaci sada daju vrednosti drugačije od ovih polaznih vrednosti (podaci su u "
          + "međuvremenu ispravljeni ili drugačije prebrojani):"),
      e("ap.baseline.year_not_held", "Baselines not checked against the extract, as the run folder holds no "
          + "tables of their year:",
          "Polazne vrednosti nisu proverene prema podacima, jer izlazna fascikla obrade ne sadrži tabele godine "
          + "polazne vrednosti:"),
      e("ap.baseline.not_shown", "Baselines not checked against the extract, as the tables of their year do not "
          + "show the value (protected, not published or not computed then):",
          "Polazne vrednosti nisu proverene prema podacima, jer tabele godine polazne vrednosti ne prikazuju "
          + "vrednost (zaštićena, neobjavljena ili tada neizračunata):"),
      e("status.on_track", "on track", "u skladu s planom"),
      e("status.at_risk", "at risk", "u riziku"),
      e("status.off_track", "off track", "znatno zaostaje"),
      e("status.none", "not assessed", "nije ocenjeno"),
      e("eurostat.crim_thb_vict", "registered victims by sex", "registrovane žrtve prema polu"),
      e("eurostat.crim_thb_vsage", "registered victims by sex and age", "registrovane žrtve prema polu i uzrastu"),
      e("eurostat.crim_thb_vctz", "registered victims by citizenship and sex",
          "registrovane žrtve prema državljanstvu i polu"),
      e("eurostat.crim_thb_vexp", "registered victims by form of exploitation and sex",
          "registrovane žrtve prema obliku eksploatacije i polu"),
      e("eurostat.crim_thb_sex", "persons suspected, prosecuted and convicted, by sex",
          "osumnjičena, optužena i osuđena lica, prema polu"),
      e("method.title", "Methodology", "Metodologija"),
      e("method.sources", "Sources. The figures are computed from the anonymised administrative records of the "
          + "national referral mechanism (victims), of the police, prosecution and courts (proceedings) and of "
          + "training providers (trainings), by the rules of the indicator catalogue, version {version}. The "
          + "definition, unit and reporting frameworks of every indicator are listed under Definitions and "
          + "sources; the hashes of the input files and of the catalogue are on the first page.",
          "Izvori. Podaci su izračunati iz anonimizovanih administrativnih evidencija nacionalnog mehanizma "
          + "upućivanja (žrtve), policije, tužilaštva i sudova (postupci) i organizatora obuka (obuke), prema "
          + "pravilima kataloga pokazatelja, verzija {version}. Definicija, jedinica mere i okviri izveštavanja "
          + "svakog pokazatelja navedeni su u odeljku Definicije i izvori; otisci ulaznih datoteka i kataloga "
          + "navedeni su na prvoj strani."),
      e("method.counting", "Counting. Persons and cases are counted once per indicator and period. Where a "
          + "person can hold several codes of a breakdown (forms of exploitation, assistance), the person counts "
          + "once under each code and once in the total, so the codes can add up to more than the total. Medians "
          + "are exact; shares are per cent of the persons counted.",
          "Brojanje. Lica i predmeti se broje jednom po pokazatelju i periodu. Kada lice može imati više šifara "
          + "jednog obeležja (oblici eksploatacije, pomoć), računa se jednom pod svakom šifrom i jednom u ukupnom "
          + "broju, pa zbir šifara može biti veći od ukupnog broja. Medijane su tačne; udeli su procenti prebrojanih "
          + "lica."),
      e("method.periods", "Periods. A record belongs to the period of the date its indicator declares (for "
          + "example the date of the identification decision or of the judgment); a person is counted in each "
          + "period with a qualifying record.",
          "Periodi. Zapis pripada periodu datuma koji pokazatelj propisuje (na primer datum odluke o "
          + "identifikaciji ili presude); lice se računa u svakom periodu u kojem ima zapis koji ispunjava uslove."),
      e("method.disclosure", "Disclosure control. Public tables suppress small counts of victims (primary "
          + "suppression) and the further cells from which they could be derived (secondary suppression); both "
          + "are shown as x, so that the symbol does not tell which cells hold the small counts; an audit by linear programming "
          + "checks that, from the period's published figures, each small count can still be anything from 0 to "
          + "the threshold, also from the year's and its quarters' published figures taken together. "
          + "Where a year's total and its last quarter's cannot both be published, the year's is: the "
          + "quarter's figure is then shown as x. "
          + "The thresholds declared in the "
          + "catalogue for the indicators of this report:",
          "Zaštita podataka. Javne tabele izostavljaju male brojeve žrtava (primarna zaštita) i ćelije iz kojih "
          + "bi se mogli izračunati (sekundarna zaštita); obe su označene sa x, da znak ne bi otkrio koje ćelije "
          + "sadrže male brojeve; provera linearnim programiranjem potvrđuje da, iz objavljenih podataka perioda, "
          + "svaki mali broj i dalje može biti bilo šta od 0 do praga, i iz objavljenih podataka godine i njenih "
          + "tromesečja uzetih zajedno. Gde ne mogu biti objavljeni i ukupan broj godine i ukupan broj njenog "
          + "poslednjeg tromesečja, objavljuje se godišnji, a broj tromesečja je označen sa x. Pragovi koje "
          + "katalog propisuje za pokazatelje ovog izveštaja:"),
      e("method.threshold", "threshold {n}: values from 1 to {n1} are suppressed",
          "prag {n}: vrednosti od 1 do {n1} se izostavljaju"),
      e("method.public", "public by nature, no suppression", "javni po prirodi, bez izostavljanja"),
      e("method.symbols", "Symbols:", "Znaci:"),
      e("dq.rows", "Annex – data quality: input rows read, accepted and quarantined",
          "Prilog – kvalitet podataka: učitani, prihvaćeni i izdvojeni redovi ulaznih podataka"),
      e("dq.rows.unit", "Rows", "Broj redova"),
      e("dq.table", "Input table", "Ulazna tabela"),
      e("dq.column", "Input table: column", "Ulazna tabela: kolona"),
      e("dq.table.victims", "Victims", "Žrtve"),
      e("dq.table.proceedings", "Criminal proceedings", "Krivični postupci"),
      e("dq.table.trainings", "Trainings", "Obuke"),
      e("dq.read", "Read", "Učitano"),
      e("dq.accepted", "Accepted", "Prihvaćeno"),
      e("dq.quarantined", "Quarantined", "Izdvojeno"),
      e("dq.quarantined.pc", "Quarantined, %", "Izdvojeno, %"),
      e("dq.rows.note", "Quarantined rows break a rule of the data contract; they are left out of every "
          + "indicator and listed, with the rule, in the run's quarantine file.",
          "Izdvojeni redovi krše pravilo ugovora o podacima; izostavljeni su iz svih pokazatelja i navedeni, uz "
          + "pravilo, u datoteci izdvojenih redova."),
      e("dq.extract", "Whole extract", "Ceo izvod"),
      e("dq.dated", "{year}", "{year}."),
      e("dq.dated.column", "Dated {year}", "Iz {year}."),
      e("dq.dated.note", "The first four columns cover the whole extract, every year of it. {year}: the rows "
          + "whose first date ({columns}) falls in {year}, the reference year; a quarantined row whose date cannot "
          + "be read is counted in the whole extract only ({n}).",
          "Prve četiri kolone obuhvataju ceo izvod, sve njegove godine. {year}.: redovi čiji prvi datum ({columns}) "
          + "pada u {year}. godinu, referentnu godinu; izdvojeni red čiji se datum ne može pročitati računa se "
          + "samo u celom izvodu ({n})."),
      e("dq.warning", "Warning of the ingest", "Upozorenje pri učitavanju"),
      // the ingest's warnings (IngestWarnings): placeholders are file, column and code names, kept as they are
      e("dq.w.not_table", "{file}: not a table of the extract ({tables}); not read",
          "{file}: nije tabela izvoda ({tables}); nije učitana"),
      e("dq.w.extra_column", "{file}: column '{column}' is not in the contract; ignored",
          "{file}: kolona '{column}' nije deo ugovora o podacima; zanemarena"),
      e("dq.w.no_rows", "{file}: no data rows{header}; every indicator over {table} counts nothing",
          "{file}: nema redova s podacima{header}; nijedan pokazatelj iz tabele {table} ništa ne broji"),
      e("dq.w.only_header", " (only the header)", " (samo zaglavlje)"),
      e("dq.w.ignored", "{file}: {n} value(s) of {column} given on rows where it does not apply (it applies where "
          + "{condition}); ignored (first on {place})",
          // the count stands after a colon: Serbian nouns and participles agree with a number (1, 2–4, 5…)
          "{file}: kolona {column} popunjena u redovima na koje se ne odnosi (odnosi se na redove u kojima "
          + "{condition}); zanemarene vrednosti: {n} (prvi put: {place})"),
      // written out in Cyrillic: the transliteration keeps words in capitals (codes) in Latin
      e3("dq.w.not_dates", "{file}: {n} value(s) of {column} not written YYYY-MM-DD, such as '{value}' (first on "
          + "{place}); their rows are quarantined: was the file saved with another date format?",
          "{file}: vrednosti u koloni {column} koje nisu zapisane kao GGGG-MM-DD, na primer '{value}': {n} (prvi put: "
          + "{place}); ti redovi su izdvojeni: da li je datoteka sačuvana s drugim formatom datuma?",
          "{file}: вредности у колони {column} које нису записане као ГГГГ-ММ-ДД, на пример '{value}': {n} (први пут: "
          + "{place}); ти редови су издвојени: да ли је датотека сачувана с другим форматом датума?"),
      e("dq.w.future", "{file}: {n} date(s) of {column} after today, {today} (first on {place}); such a record "
          + "counts in no period up to today: check the date",
          "{file}: datumi u koloni {column} posle današnjeg dana, {today}: {n} (prvi put: {place}); takav zapis "
          + "ne ulazi ni u jedan period do danas: proverite datum"),
      e("dq.w.early", "{file}: {n} date(s) of {column} before {earliest} (first on {place}), most likely a mistyped "
          + "year; such a record counts only in its own year's period: check the date",
          "{file}: datumi u koloni {column} pre {earliest}: {n} (prvi put: {place}), najverovatnije pogrešno upisana "
          + "godina; takav zapis ulazi samo u period svoje godine: proverite datum"),
      e("dq.w.citizens", "{file}: {n} row(s) with {column} {value} where citizenship is {code} (first on {place}); it "
          + "is granted to foreign nationals only: counted as recorded, check the record",
          "{file}: kolona {column} ima vrednost {value} u redovima u kojima je državljanstvo {code}: {n} (prvi put: "
          + "{place}); odobrava se samo strancima: prebrojano kako je upisano, proverite zapis"),
      e("dq.w.absent", "{file}: column {column} is absent, though required where {condition}; {n} row(s) "
          + "quarantined for it",
          "{file}: kolona {column} nedostaje, a obavezna je u redovima u kojima {condition}; izdvojeni redovi "
          + "zbog nje: {n}"),
      e("dq.w.line", "line {n}", "red {n}"),
      e("dq.w.row_of_part", "row {n} of {part}", "red {n} u {part}"),
      e("dq.w.is_set", "{column} is set", "je upisana vrednost kolone {column}"),
      e("dq.w.is_not", "{column} is not {code}", "{column} nije {code}"),
      e("dq.w.is_any", "{column} is {codes}", "je vrednost kolone {column} {codes}"),
      e("dq.w.or", "or", "ili"),
      e("dq.latest", "Latest record in the extract (up to the day of the run)",
          "Najkasniji zapis u izvodu (do dana obrade)"),
      e("dq.unknown", "Annex – data quality: share of unknown values by column",
          "Prilog – kvalitet podataka: udeo nepoznatih vrednosti po kolonama"),
      e("dq.unknown.pc", "Unknown, %", "Nepoznato, %"),
      e("dq.unknown.note", "Share of the accepted rows where the column applies (a sentence only after a "
          + "conviction, an age only for natural persons, assistance, reflection period, residence permit and "
          + "compensation claim only for identified and presumed victims) whose value is empty or recorded as "
          + "unknown; columns without unknown values are not listed.",
          "Udeo prihvaćenih redova na koje se kolona odnosi (kazna tek posle osuđujuće presude, uzrast samo za "
          + "fizička lica, pomoć, period oporavka, dozvola boravka i zahtev za naknadu štete samo za identifikovane "
          + "i pretpostavljene žrtve) čija je vrednost prazna ili zabeležena kao nepoznata; kolone bez nepoznatih "
          + "vrednosti nisu navedene."),
      e("dq.events", "Not listed either: columns where an empty value means that the event has not happened "
          + "(yet) rather than that it is unknown: {columns}.",
          "Nisu navedene ni kolone u kojima prazna vrednost znači da se događaj (još) nije desio, a ne da je "
          + "nepoznat: {columns}."),
      e("dq.no.unknown", "No column has unknown values", "Nijedna kolona nema nepoznatih vrednosti"),
      e("dq.none", "The run output holds no data-quality report", "Rezultati obrade ne sadrže izveštaj o kvalitetu podataka"),
      e("year", "Year", "Godina"));

  /** The extract's columns in Serbian (CONTRACT.md §1); the English editions use the column names. */
  private static final Map<String, String> COLUMNS = Map.ofEntries(
      Map.entry("victim_id", "identifikator žrtve"),
      Map.entry("case_id", "identifikator predmeta"),
      Map.entry("report_date", "datum prijave"),
      Map.entry("referred_by", "ko je uputio"),
      Map.entry("status", "status"),
      Map.entry("decision_date", "datum odluke"),
      Map.entry("sex", "pol"),
      Map.entry("age", "uzrast"),
      Map.entry("citizenship", "državljanstvo"),
      Map.entry("exploitation", "oblik eksploatacije"),
      Map.entry("exploitation_country", "zemlja eksploatacije"),
      Map.entry("police_admin", "policijska uprava"),
      Map.entry("recruitment", "način vrbovanja"),
      Map.entry("reflection_period", "period oporavka i razmišljanja"),
      Map.entry("residence_permit", "dozvola boravka"),
      Map.entry("assistance", "vrsta pomoći"),
      Map.entry("compensation_claimed", "zatražena naknada štete"),
      Map.entry("compensation_awarded_rsd", "dosuđena naknada štete (RSD)"),
      Map.entry("person_id", "identifikator lica"),
      Map.entry("offence", "krivično delo"),
      Map.entry("person_type", "vrsta lica"),
      Map.entry("complaint_date", "datum krivične prijave"),
      Map.entry("initiated_by", "pokretač postupka"),
      Map.entry("financial_investigation", "finansijska istraga"),
      Map.entry("indictment_date", "datum potvrđivanja optužnice"),
      Map.entry("first_instance_date", "datum prvostepene presude"),
      Map.entry("first_instance_outcome", "ishod prvostepene presude"),
      Map.entry("final_date", "datum pravosnažnosti"),
      Map.entry("final_outcome", "pravosnažni ishod"),
      Map.entry("sentence", "krivična sankcija"),
      Map.entry("prison_months", "kazna zatvora (meseci)"),
      Map.entry("assets_confiscated_rsd", "oduzeta imovina (RSD)"),
      Map.entry("training_id", "identifikator obuke"),
      Map.entry("start_date", "datum početka"),
      Map.entry("end_date", "datum završetka"),
      Map.entry("institution", "institucija"),
      Map.entry("topic", "tema"),
      Map.entry("participants_f", "učesnice (žene)"),
      Map.entry("participants_m", "učesnici (muškarci)"),
      Map.entry("hours", "broj časova"));

  private final Language language;

  public Messages(Language language) {
    this.language = language;
  }

  public Language language() {
    return language;
  }

  /**
   * A period as a reader writes it: {@code 2025} stays, {@code 2025-Q3} is "Q3 2025", "III tromesečje
   * 2025." or "III тромесечје 2025." (Roman numerals stay Latin in Cyrillic text, as transliteration
   * would not keep them).
   */
  public String period(String code) {
    java.util.regex.Matcher q = java.util.regex.Pattern.compile("(\\d{4})-Q([1-4])").matcher(code);
    if (!q.matches()) {
      return code;
    }
    String year = q.group(1);
    String roman = new String[] {"I", "II", "III", "IV"}[Integer.parseInt(q.group(2)) - 1];
    return switch (language) {
      case EN -> "Q" + q.group(2) + " " + year;
      case SR_LATN -> roman + " tromesečje " + year + ".";
      case SR_CYRL -> roman + " тромесечје " + year + ".";
    };
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

  /** The indicator's unit; persons summed over events are participants, not persons. */
  public String unit(thbstat.indicators.model.Indicator indicator) {
    boolean participants = "PS".equals(indicator.unit())
        && indicator.measure() instanceof thbstat.indicators.model.Measure.Sum;
    return participants ? get("unit.PS.sum") : unit(indicator.unit());
  }

  /**
   * A column of the extract as a reader of this edition names it: its name in English, in Serbian
   * its Serbian name with the name beside it ({@code datum odluke (decision_date)}), the name
   * staying in Latin script as it is in the files.
   */
  public String column(String name) {
    String label = COLUMNS.get(name);
    return language == Language.EN || label == null ? name : Text.of(name, label).in(language) + " (" + name + ")";
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
