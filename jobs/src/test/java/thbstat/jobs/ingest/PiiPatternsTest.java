package thbstat.jobs.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import thbstat.indicators.contract.ColumnType;
import thbstat.indicators.contract.Extract;
import thbstat.indicators.contract.ExtractTable;

class PiiPatternsTest {
  @Test
  void jmbgCheckDigit() {
    assertTrue(PiiPatterns.isJmbg("0101990710008"));
    assertTrue(PiiPatterns.isJmbg("1505857800123"));
    assertFalse(PiiPatterns.isJmbg("0101990710009"));
    assertFalse(PiiPatterns.isJmbg("010199071000"));
    assertFalse(PiiPatterns.isJmbg("01019907100a8"));
  }

  @Test
  void columnNamesOfDirectIdentifiers() {
    for (String n : List.of("name", "First_Name", "last-name", "SURNAME", "ime", "prezime", "full name", "JMBG",
        "passport", "pasos", "phone", "telefon", "mobile", "email", "e_mail", "E-Mail", "address", "adresa", "dob",
        "date_of_birth", "birth_date", "datum_rodjenja", "birthday", "victim_name", "phone_2")) {
      assertTrue(PiiPatterns.suspiciousName(n).isPresent(), n);
    }
    for (String n : List.of("victim_id", "case_id", "report_date", "decision_date", "exploitation_country",
        "police_admin", "person_type", "time", "timeline", "birth_year_band")) {
      assertFalse(PiiPatterns.suspiciousName(n).isPresent(), n);
    }
  }

  @Test
  void columnNamesInCyrillicWithSerbianLettersOrRunTogether() {
    for (String n : List.of("datum_rođenja", "datum_rodenja", "DatumRođenja", "име", "Презиме", "ИМЕ И ПРЕЗИМЕ",
        "јмбг", "ЈМБГ_жртве", "датум_рођења", "broj_pasosa", "pasoš", "broj pasoša", "пасош", "maticni_broj",
        "matični broj", "imeprezime", "ime_i_prezime", "prezimezrtve", "mail", "tel", "br_tel", "tel.", "телефон",
        "mobilni_telefon", "kontakt_telefon", "telefonski_broj", "e-mail adresa", "adresa_stanovanja", "адреса",
        "ime_roditelja", "passport_no", "phonenumber", "lična_karta", "nadimak")) {
      assertTrue(PiiPatterns.suspiciousName(n).isPresent(), n);
    }
    assertEquals("its name 'јмбг' names a direct identifier", PiiPatterns.suspiciousName("јмбг").orElseThrow());
    assertEquals("its name 'broj_pasosa' contains 'pasos', a direct identifier",
        PiiPatterns.suspiciousName("broj_pasosa").orElseThrow());
    assertEquals("its name 'br_tel' contains 'tel', a direct identifier",
        PiiPatterns.suspiciousName("br_tel").orElseThrow());
    assertEquals("its name 'tel' names a direct identifier", PiiPatterns.suspiciousName("tel").orElseThrow());
    assertEquals("its name 'imeprezime' contains 'prezime', a direct identifier",
        PiiPatterns.suspiciousName("imeprezime").orElseThrow());
  }

  @Test
  void shortWordsCountOnlyAsWholeWordsOfTheName() {
    // tel, mail, ime, name inside other words; a year or place of birth is not a direct identifier
    for (String n : List.of("hotel", "hotel_type", "intelligence", "crime_type", "regime", "time_of_report",
        "filename", "tournament", "telemetry", "mailbox_count", "godina_rodjenja", "birth_year", "place_of_birth",
        "notes", "napomena", "komentar", "contact_date", "region", "opstina", "grad")) {
      assertFalse(PiiPatterns.suspiciousName(n).isPresent(), n);
    }
  }

  @Test
  void noColumnOfTheContractLooksLikeADirectIdentifier() {
    for (ExtractTable t : Extract.TABLES) {
      for (String n : t.columnNames()) {
        assertEquals(java.util.Optional.empty(), PiiPatterns.suspiciousName(n), t.name() + "." + n);
      }
    }
  }

  @Test
  void foldWritesCyrillicInLatinWithoutDiacritics() {
    assertEquals("jmbg", PiiPatterns.fold("ЈМБГ"));
    assertEquals("datum_rodjenja", PiiPatterns.fold("датум_рођења"));
    assertEquals("datum_rodjenja", PiiPatterns.fold("Datum_Rođenja"));
    assertEquals("ljubicic dzakula njegos", PiiPatterns.fold("Љубичић Џакула Његош"));
    assertEquals("cacak zzs", PiiPatterns.fold("Čačak žžš"));
    assertEquals("cafe", PiiPatterns.fold("café"));
  }

  @Test
  void valuePatternsFire() {
    assertTrue(PiiPatterns.PASSPORT.matches("AB1234567"));
    assertTrue(PiiPatterns.PASSPORT.matches("P123456"));
    assertTrue(PiiPatterns.PASSPORT.matches("012345678"));
    assertTrue(PiiPatterns.PHONE.matches("+381 64 123 4567"));
    assertTrue(PiiPatterns.PHONE.matches("+381641234567"));
    assertTrue(PiiPatterns.PHONE.matches("064/123-4567"));
    assertTrue(PiiPatterns.PHONE.matches("zvati 063 12 34 567 posle 5"));
    assertTrue(PiiPatterns.EMAIL.matches("ana.petrovic@example.rs"));
    assertTrue(PiiPatterns.PERSON_NAME.matches("Marko Marković"));
    assertTrue(PiiPatterns.PERSON_NAME.matches("Đorđe Šaranović"));
    assertTrue(PiiPatterns.PERSON_NAME.matches("Јован Јовановић"));
    // inside free text: a first name and a surname in -ić
    assertTrue(PiiPatterns.PERSON_NAME.matches("trainer: Jovan Jovanović"));
    assertTrue(PiiPatterns.PERSON_NAME.matches("seen by trainer Marija Petrović, Niš"));
    assertTrue(PiiPatterns.PERSON_NAME.matches("предавач Милан Николић."));
  }

  @Test
  void capitalisedWordsInTextThatAreNotAPersonsNameDoNotFire() {
    for (String v : List.of("training in Novi Sad", "Republika Srpska border", "CSO Atina, Beograd",
        "Centar za zaštitu žrtava", "police_admin Kraljevo and Kragujevac", "po Pravilu Ovića i drugih")) {
      assertFalse(PiiPatterns.PERSON_NAME.fires(v), v);
    }
  }

  @Test
  void aPlaceNamedAloneIsNotAPersonsName() {
    // a column such as 'city': two capitalised words, like a name, but a town or a country
    for (String v : List.of("Novi Sad", "Sremska Mitrovica", " novi  pazar ", "Нови Сад", "Crna Gora",
        "Ujedinjeni Arapski Emirati")) {
      assertFalse(PiiPatterns.PERSON_NAME.fires(v), v);
    }
    assertTrue(PiiPatterns.PERSON_NAME.fires("Novi Sadović"), "a name is still a name");
    assertTrue(PiiPatterns.PERSON_NAME.fires("Novak Sad"));
  }

  @Test
  void everyValueTheRegexFindsPassesItsPrefilter() {
    for (String v : List.of("0101990710008", "AB1234567", "P123456", "012345678", "AB123456789\r\n",
        "+381 64 123 4567", "064/123-4567", "zvati 063 12 34 567 posle 5", "ana.petrovic@example.rs",
        "@ana@example.rs", "Marko Marković", "Ab Cd", "Јован Јовановић", "trainer: Jovan Jovanović",
        "JMBG: 0101990710008", "Marko, 0101990710008", "PETROVIC MARKO", "ab cd", "Ilić", "PETROVIC")) {
      long fired = PiiPatterns.VALUE_PATTERNS.stream().filter(p -> p.fires(v)).count();
      long found = PiiPatterns.VALUE_PATTERNS.stream().filter(p -> p.matches(v) && p.confirm().test(v)).count();
      assertEquals(found, fired, v);
      assertTrue(fired > 0, v);
    }
  }

  @Test
  void pseudonymsUuidsAndHashesDoNotFire() {
    for (String v : List.of("V-2019-000123", "C-2019-00017", "P-000042", "T-2019-0003",
        "123e4567-e89b-12d3-a456-426614174000", "06123456-e89b-12d3-a456-426614174000",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "0101990710009", "SRB", "beograd")) {
      for (PiiPatterns.ValuePattern p : PiiPatterns.VALUE_PATTERNS) {
        assertFalse(p.fires(v), p.name() + " fired on " + v);
      }
    }
  }

  @Test
  void aJmbgInsideTextIsFoundWhenItsCheckDigitAndDateHold() {
    for (String v : List.of("JMBG: 0101990710008", "Marko, 0101990710008", "0101990710008, Beograd",
        "jmbg0101990710008", "ЈМБГ 1505985710013", "tel/jmbg 0101990710008.", "0101990710008.00")) {
      assertTrue(PiiPatterns.JMBG.fires(v), v);
    }
    // 0101990710009: wrong check digit; 3213990710001: no 32nd day; 0113990710006: no 13th month;
    // 0101850710008: born in 2850; 14 digits; a hash, whose digit runs are chance
    for (String v : List.of("JMBG: 0101990710009", "br. 3213990710001", "br. 0113990710006", "br. 0101850710008",
        "br. 01019907100080", "V-2015-000001", "C-2019-00017", "amount 123456789 RSD",
        "f0101990710008a9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c1")) {
      assertFalse(PiiPatterns.JMBG.fires(v), v);
    }
    assertTrue(PiiPatterns.bornOn("2902000710009")); // 29 February 2000
    assertFalse(PiiPatterns.bornOn("2902001710002")); // no 29 February in 2001
  }

  @Test
  void inAnIdColumnANameInAnyCaseOrASurnameAloneIsAName() {
    List<PiiPatterns.ValuePattern> id = PiiPatterns.forColumn(ColumnType.ID);
    for (String v : List.of("PETROVIC MARKO", "JOVANOVIĆ ANA", "marko petrović", "Marko Petrović", "ana b jović",
        "ПЕТРОВИЋ МАРКО", "Jovanović", "MARIĆ", "Ilić", "PETROVIC", "jovanovic", "Јовановић")) {
      assertTrue(id.stream().anyMatch(p -> p.fires(v)), v);
    }
    for (String v : List.of("V-2015-000001", "C-2019-17", "AB12", "P-000042", "NOVI SAD", "novi sad", "Kosjerić",
        "BEOGRAD", "MARIC", "clinic", "unknown", "XXX", "A B", "ab c", "V2015A", "T-2019-0003", "case_17",
        "a3f9c2d1e4b5")) {
      assertTrue(id.stream().noneMatch(p -> p.fires(v)), v);
    }
    // one description for one value: a capitalised name is PERSON_NAME's alone
    assertFalse(PiiPatterns.ID_NAME.fires("Marko Petrović"));
    assertTrue(PiiPatterns.ID_NAME.fires("marko petrović"));
  }

  @Test
  void onlyAnIdColumnTakesLowerCaseWordsForAName() {
    // free text in a column the contract does not know: "nije poznato", "see notes" are not names
    for (String v : List.of("nije poznato", "see notes", "PETROVIC MARKO", "Jovanović")) {
      assertTrue(PiiPatterns.forColumn(null).stream().noneMatch(p -> p.fires(v)), v);
    }
    assertEquals(List.of(PiiPatterns.JMBG), PiiPatterns.forColumn(ColumnType.DECIMAL));
  }

  @Test
  void aCountryWrittenOutIsNotAName() {
    for (String v : List.of("Južna Koreja", "South Korea", "Sri Lanka", "United Kingdom", "Bogatić")) {
      assertFalse(PiiPatterns.PERSON_NAME.fires(v), v);
      assertFalse(PiiPatterns.ID_NAME.fires(v), v);
    }
  }
}
