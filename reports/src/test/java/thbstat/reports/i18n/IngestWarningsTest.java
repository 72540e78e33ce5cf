package thbstat.reports.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import thbstat.indicators.i18n.Language;

/** The ingest's warnings, worded as IngestJob words them, in the Serbian editions. */
class IngestWarningsTest {
  private static final Messages LATIN = new Messages(Language.SR_LATN);
  private static final Messages CYRILLIC = new Messages(Language.SR_CYRL);

  @Test
  void everyKindOfTheIngestsWarningsIsWordedInSerbian() {
    assertEquals("notes.csv: nije tabela izvoda (victims, proceedings, trainings); nije učitana",
        IngestWarnings.in("notes.csv: not a table of the extract (victims, proceedings, trainings); not read", LATIN));
    assertEquals("trainings.csv: kolona 'notes' nije deo ugovora o podacima; zanemarena",
        IngestWarnings.in("trainings.csv: column 'notes' is not in the contract; ignored", LATIN));
    assertEquals("trainings.csv: nema redova s podacima (samo zaglavlje); nijedan pokazatelj iz tabele trainings ništa "
        + "ne broji", IngestWarnings.in("trainings.csv: no data rows (only the header); every indicator over trainings "
        + "counts nothing", LATIN));
    assertEquals("trainings.parquet: nema redova s podacima; nijedan pokazatelj iz tabele trainings ništa ne broji",
        IngestWarnings.in("trainings.parquet: no data rows; every indicator over trainings counts nothing", LATIN));
    assertEquals("victims.csv: kolona datum odluke (decision_date) popunjena u redovima na koje se ne odnosi (odnosi "
        + "se na redove u kojima status nije pending); zanemarene vrednosti: 1 (prvi put: red 4)",
        IngestWarnings.in("victims.csv: 1 value(s) of decision_date given on rows where it does not apply (it applies "
            + "where status is not pending); ignored (first on line 4)", LATIN));
    assertEquals("proceedings.parquet: kolona krivična sankcija (sentence) popunjena u redovima na koje se ne odnosi "
        + "(odnosi se na redove u kojima je vrednost kolone final_outcome convicted); zanemarene vrednosti: 2 (prvi "
        + "put: red 5 u part-00001.parquet)",
        IngestWarnings.in("proceedings.parquet: 2 value(s) of sentence given on rows where it does not apply (it "
            + "applies where final_outcome is convicted); ignored (first on row 5 of part-00001.parquet)", LATIN));
    assertEquals("victims.csv: datumi u koloni datum odluke (decision_date) posle današnjeg dana, 2026-11-24: 3 "
        + "(prvi put: red 9); takav zapis ne ulazi ni u jedan period do danas: proverite datum",
        IngestWarnings.in("victims.csv: 3 date(s) of decision_date after today, 2026-11-24 (first on line 9); such a "
            + "record counts in no period up to today: check the date", LATIN));
    assertEquals("victims.csv: datumi u koloni datum prijave (report_date) pre 1990-01-01: 1 (prvi put: red 3), "
        + "najverovatnije pogrešno upisana godina; takav zapis ulazi samo u period svoje godine: proverite datum",
        IngestWarnings.in("victims.csv: 1 date(s) of report_date before 1990-01-01 (first on line 3), most likely a "
            + "mistyped year; such a record counts only in its own year's period: check the date", LATIN));
  }

  @Test
  void datesInAnotherFormatAreWordedInSerbianWithTheValueAsWritten() {
    String w = "victims.csv: 12 value(s) of report_date not written YYYY-MM-DD, such as '12.01.2023.' (first on line 2);"
        + " their rows are quarantined: was the file saved with another date format?";
    String latin = IngestWarnings.in(w, LATIN);
    assertTrue(latin.startsWith("victims.csv: vrednosti u koloni "), latin);
    assertTrue(latin.endsWith("(report_date) koje nisu zapisane kao GGGG-MM-DD, na primer '12.01.2023.': 12 (prvi put:"
        + " red 2); ti redovi su izdvojeni: da li je datoteka sačuvana s drugim formatom datuma?"), latin);
    String cyrillic = IngestWarnings.in(w, CYRILLIC);
    assertTrue(cyrillic.endsWith("(report_date) које нису записане као ГГГГ-ММ-ДД, на пример '12.01.2023.': 12 (први"
        + " пут: ред 2); ти редови су издвојени: да ли је датотека сачувана с другим форматом датума?"), cyrillic);
  }

  @Test
  void aCitizensResidencePermitIsWordedInSerbian() {
    String w = "victims.csv: 2 row(s) with residence_permit true where citizenship is SRB (first on line 2); it is "
        + "granted to foreign nationals only: counted as recorded, check the record";
    String latin = IngestWarnings.in(w, LATIN);
    assertTrue(latin.startsWith("victims.csv: kolona "), latin);
    assertTrue(latin.endsWith("(residence_permit) ima vrednost true u redovima u kojima je državljanstvo SRB: 2 (prvi"
        + " put: red 2); odobrava se samo strancima: prebrojano kako je upisano, proverite zapis"), latin);
    String cyrillic = IngestWarnings.in(w, CYRILLIC);
    assertTrue(cyrillic.endsWith("(residence_permit) има вредност true у редовима у којима је држављанство SRB: 2"
        + " (први пут: ред 2); одобрава се само странцима: пребројано како је уписано, проверите запис"), cyrillic);
  }

  @Test
  void anAbsentConditionalColumnIsWordedInSerbian() {
    assertEquals("proceedings.csv: kolona pol (sex) nedostaje, a obavezna je u redovima u kojima je vrednost kolone "
        + "person_type natural; izdvojeni redovi zbog nje: 1376", IngestWarnings.in("proceedings.csv: column sex is "
        + "absent, though required where person_type is natural; 1376 row(s) quarantined for it", LATIN));
  }

  @Test
  void cyrillicKeepsFileColumnAndCodeNamesInLatin() {
    assertEquals("trainings.csv: колона 'notes' није део уговора о подацима; занемарена",
        IngestWarnings.in("trainings.csv: column 'notes' is not in the contract; ignored", CYRILLIC));
    String ignored = IngestWarnings.in("victims.csv: 1 value(s) of exploitation given on rows where it does not apply "
        + "(it applies where status is identified or presumed); ignored (first on line 7)", CYRILLIC);
    assertTrue(ignored.startsWith("victims.csv: колона "), ignored);
    assertTrue(ignored.endsWith("(exploitation) попуњена у редовима на које се не односи (односи се на редове у "
        + "којима је вредност колоне status identified или presumed); занемарене вредности: 1 (први пут: ред 7)"), ignored);
  }

  @Test
  void englishAndUnknownWarningsStayAsWritten() {
    String w = "victims.csv: column 'notes' is not in the contract; ignored";
    assertEquals(w, IngestWarnings.in(w, new Messages(Language.EN)));
    String unknown = "victims.csv: something the ingest of a later release says";
    assertEquals(unknown, IngestWarnings.in(unknown, LATIN));
    assertTrue(IngestWarnings.translated(unknown, LATIN).isEmpty());
  }
}
