package io.blackbar.rules.hipaa.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.blackbar.engine.api.spi.PatternRecognizer;

/**
 * HIPAA Safe Harbor date elements and ages over 89 (45 CFR 164.514(b)(2)(i)(C)): every date element
 * but the year is an identifier; ages over 89 are. Rows in the style of i2b2 notes; NPI 1234567893 is
 * CMS's worked check-digit example, AB1234563 follows DEA's published formula, 1M8GDM9AXKP042788 is the
 * standard VIN check-digit example; negative rows change the check digit.
 */
class DateAndAgeRecognizerTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            date | Record date: 2069-04-07                  | 2069-04-07
            date | Patient's Birth Date: 1949/12/01 and 1949.12.01 | 1949/12/01;1949.12.01
            date | DOB: 19810215, Date of service 20240311  | 19810215;20240311
            date | Date: 20240115. Visit date: 20240311; Date given: 20231012; Collected 20231107 | 20240115;20240311;20231012;20231107
            date | Order 19810215 shipped; version 2024.1.3; 1949/13/01 |
            date | Analyzer firmware 2023.11.02, build 2024.03.05, Lot 2024/03/15-A |
            date | seen on 04/07/2069 and 4/7/69            | 04/07/2069;4/7/69
            date | since November 3, 2019                   | November 3, 2019
            date | on 3rd of March 2020                     | 3rd of March 2020
            date | follow up 5/12                           | 5/12
            date | admitted in March 2021                   | March 2021
            date | founded in 1977                          |
            date | ingresó el 3 de marzo de 2019            | 3 de marzo de 2019
            date | Fecha de nacimiento: 23-octubre-1972.    | 23-octubre-1972
            date | Admitted 13-NOV-2017, discharged 15-Nov-17 | 13-NOV-2017;15-Nov-17
            date | seen 3.Okt.2019 and 4/dic/2019           | 3.Okt.2019;4/dic/2019
            date | the 23-Oct-1972a build                   |
            date | part 12-may-be-done                      |
            date | see web-1-may-22 and app.3-out-10.gz     |
            date | En Febrero de 1998 fue diagnosticada     | Febrero de 1998
            date | desde noviembre del 2001 y el 5 mayo     | noviembre del 2001;5 mayo
            date | Wrocław, 3 marca 2025 r.; Zagreb, 27. siječnja 2025.; dne 3. března 2025; 5. maaliskuuta 2025; från december 2024 | 3 marca 2025 r.;27. siječnja 2025;3. března 2025;5. maaliskuuta 2025;december 2024
            date | Kelt: Kecskemét, 2024. október 5.; legkésőbb 2024. október 8-án; Καλλιθέα, 3 Ιουνίου 2024; op 2 maart overleden | 2024. október 5.;2024. október 8-án;3 Ιουνίου 2024;2 maart
            date | Vilnius, 2025 m. kovo 14 d.; įmoką perkelti į spalio 15 d.; kovo mėn.; 14 d. atostogų | 2025 m. kovo 14 d.;spalio 15 d.
            # a twentieth held-out set's: Latvian's year first with "gada", Vietnamese's words, Indonesian's, Tagalog's (month first),
            # Welsh's and Slovenian's months; not a year and a number, a clinic
            date | sēdi 2025. gada 24. aprīlī plkst.; Hà Nội, ngày 05 tháng 03 năm 2025 NGƯỜI; tanggal 10 Maret 2025.; noong Marso 15, 2025, bandang; ar 28 Chwefror 2025; od januarja 2025 brezposeln | 2025. gada 24. aprīlī;ngày 05 tháng 03 năm 2025;10 Maret 2025;Marso 15, 2025;28 Chwefror 2025;januarja 2025
            date | the Mayo Clinic; 2025. gada budžets; ngày làm việc; Medi Care |
            # (the review's: a sauce's price, a county's score, a clinic's hours, Italian's "medi")
            date | Fries with Mayo 2.50; Mayo 2-10 Kerry 1-12; Clínica Agosto 24 horas; Ordine: 3 piccoli, 2 medi |
            date | Ganwyd ar 5 Medi 1990; Dyddiad: 12 Medi 2024 | 5 Medi 1990;12 Medi 2024
            date | Mars 2020 mission; 3 mars; le 5 mai; in april | 5 mai
            date | Call 06:42, at scene 06:55; presented 4:50pm; test drive Sat 11am; le mardi 17h30; Time: 16:48 | 06:42;06:55;4:50pm;11am;17h30;16:48
            date | dilution 1:30; John 3:16; ratio 2:15; build 10:30:45:12; score 3-2 at 1.5:1 |
            # the review's: a titre, dilutions, a ratio, a verse, a map's scale, a duration, German's "am", a race's time
            # a timesheet's cells, a time before a colon, Catalan's dotted times before "h", Catalan months, a hand-filled form's
            # spaced dates (a twelfth held-out set's timesheet, accident book, noise complaint, OCR'd application)
            date | 'Site 7,06:45,15:30,30,8.25; FA at 12:38: ice pack; a les 0.45 h; fins a les 2.40 h' | 06:45;15:30;12:38;0.45;2.40
            date | 'dissabte 15 de febrer de 2025; dissabte 1 de març; Date of birth  14 / 03 / 1947; Date  27 . 05 . 24' | 15 de febrer de 2025;1 de març;14 / 03 / 1947;27 . 05 . 24
            date | 'Total 7.35 h; 2.5 h drive; 12:30,000 units; 8.25,30; score 1 / 2 / 3; 10 . 12 . 2024 . 5' |
            # French times with blanks after "à" or a date's comma (a twenty-first held-out set's); not a duration without them
            date | 'le 24 février 2025 à 14 h 20, puis vers 9 h 30; mardi 4 mars 2025, 14 h 00' | 24 février 2025;14 h 20;9 h 30;mardi 4 mars 2025;14 h 00
            date | 'durée 2 h 30 de route; 35 h 00 par semaine; à 25 h 00' |
            # (the review's: durations after a comma, a distance after "à", a range's end, minutes after)
            date | 'Durée totale, 2 h 30. Lyon est à 2 h 30 de Paris; Séance de 1 h 30 à 2 h 00; dure 2 h 30 à 3 h 00; à 2 h 15 min' |
            # Russian, Ukrainian and Bulgarian months, Hungarian dates in digits and month and year, Nordic clock times after their word (a fourteenth held-out set's)
            date | 'составлен 17 марта 2025 г. в; від 5 березня 2024 р.; София, 3 март 2025 г.; Békéscsaba, 2025. 07. 18. Aláírás; részesül 2021. március óta; søndag kl. 11.00 og; klo 8.30 Hoitava' | 17 марта 2025;5 березня 2024;3 март 2025;2025. 07. 18.;2021. március;11.00;8.30
            date | 'version 2025.07.18.3; Section 2021. 3 items; kl. 25.00; pH 7.30 at 8.30; 3. kl. 10.30; Pris kl. 12.50 kr' |
            # Danish's August after a day's dot (a twenty-fourth held-out set's kindergarten letter)
            date | 'plads pr. 1. august 2024. Svar; med start torsdag 12. august 2024.' | 1. august 2024;torsdag 12. august 2024
            # (the review's: an English list's item, a title, no day and month; August without its year is the English month's
            # or a name's, its bare name under the threshold as before)
            date | 'Agenda:\n1. August figures\n2. September forecast; Chapter 1. August Rush' | August;September;August
            date | 'hospitalizace 12.11.-31.12.2024 a; pobyt 12. 11. - 2. 12. 2024; kamp 24.-26. april 2026; periode maart-juni 2024; am 07. Jan. 2025 um' | 12.11.;31.12.2024;12. 11.;2. 12. 2024;24.;26. april 2026;maart;juni 2024;07. Jan. 2025
            # Icelandic's and Estonian's months, Estonian's in the adessive (a seventeenth held-out set's pension statement and
            # vaccination certificate); not English's "mail"
            date | 'íbúðar 1. júní 2008 – 31. ágúst 2016. fyrir 15. apríl 2025 · väljumine 28. märtsil 2025. annus 5. augustil 2025. the mail 5 more; 5 mail 2024' | 1. júní 2008;31. ágúst 2016;15. apríl 2025;28. märtsil 2025;5. augustil 2025
            date | 'trip 14-16 March; race 21–23 July 2025; pages 12-14 of the report; won 2-1 in May' | 14;16 March;21;23 July 2025
            date | 'items 12.11.-31.12; v 1.2.-3.4.5; pages 24.-26. and more' |
            # Danish's March, Serbian and Turkish months, Czech's blank after each dot (a thirteenth held-out set's divorce
            # application, death register extract, driving school form, subject access request)
            # (Serbian writes a date with its closing dot, "12. marta 2025." before "u": read whole since the twenty-eighth set)
            date | 'Indsendt 3. marts 2025 kl.; preminulog 12. marta 2025. u; 17. mart 2025.; Kayıt: 12 Mart 2025; Nisan 2025 sonu; naposledy 15. 1. 2025 (' | 3. marts 2025;12. marta 2025.;17. mart 2025;12 Mart 2025;Nisan 2025;15. 1. 2025
            date | 'Wal Mart 2025 sales; K-mart 12; verze 1. 2. 3; 15. 1. 20251' |
            date | ANA positive at 1:40; diluted 1:20; ratio of 1:10; Romans 8:28; scale 1:25,000; infusion time 2h30; 2 am Tag; finished in 3:45:12 |
            date | at 9:10am and 4 p.m.; 7pm; at 4 PM and 11 AM |  9:10am;4 p.m.;7pm;4 PM;11 AM
            date | Romans 12:12; Psalm 23:10; John 11:35 |
            date | diagnosticada en el año 1978             |
            date | hospitalisé le 3 mars 2019 à Lyon         | 3 mars 2019
            date | geboren am 3. März 1961 in Köln           | 3. März 1961
            date | ricoverato il 12 febbraio 2020           | 12 febbraio 2020
            date | internado em 5 de março de 2021          | 5 de março de 2021
            date | opgenomen in maart 2019                  | maart 2019
            date | the 3 Mars bars and 2 Mai Tais           |
            date | the Mars 2020 rover                      |
            date | BP 120/80 today                          |
            date | Last colonoscopy Mar 2085, since Feb. 2085 and May 2084 | Mar 2085;Feb. 2085;May 2084
            date | Return 1/2088. Compared with 03/2087     | 1/2088;03/2087
            date | Confused since Thanksgiving; rough Xmas; around Memorial Day | Thanksgiving;Xmas;Memorial Day
            date | episode last Tuesday, dialysis Mondays   |
            date | MIBI was stopped 2/2 to chest pain; moved 2/2 to rehab 2/5 | 2/5
            date | anticoagulated (12/20-1/2)               | 12/20;1/2
            date | Pain 6/10, Strength 2/5 LUE, Grade 2/6 SEM, abx day 5/5 |
            # (a twenty-fifth held-out set's: a rating, a unit's number before its street's, round the clock)
            date | 'CSAT 5/5; UNIT 4/19 BEACH ST; Lost/stolen cards 24/7; Rating: 4/5; seen 4/19 and 24/7/2023' | 4/19;24/7/2023
            # (the review's: a date after "apt", "unit", "24/7" in a note)
            date | 'ED attendance 24/7 - discharged 25/7; Next apt 3/14 with Dr Lee; step-down unit 4/12 after extubation; 24/7 support' | 24/7;25/7;3/14;4/12
            date | Take 1/2 tab daily                       |
            # a printout's page count (2026-12-07)
            date | CAD DETAIL pg 1/1 Printed; see page 2/3; Seite 1/2; p. 3/4; página 1/2; strona 2/2 |
            date | Reviewed by Mary P. 3/4 at noon            | 3/4
            date | '| 11 mars | Claire |; depuis Lattes le 18 mars, écrivez; Date limite : mardi 25 mars.; le 1er mai' | 11 mars;18 mars;mardi 25 mars;1er mai
            date | 'the 3 Mars bars; 2 Mars rover; Mars 2020; a 5 mai tai; le 3 mars bars; | 2 Mars orbiters |; | 3 Mars, 2 Twix |; Ei au 5 mai mulți copii; Place du 18 Mars' |
            date | Listed since 08-2081; FIT 212 on 22/04; MoCA 24 in Sept '87 | 08-2081;22/04;Sept '87
            date | back on the 14th; K 6.1 on the 3rd, rechecked | 14th;3rd
            date | on the 3rd day; by the 2nd dose; after the 4th cycle; on the 1st of them | 
            date | 'Seen Friday the 23rd; ret Mon the 12th. FU WED THE 3RD' | Friday the 23rd;Mon the 12th;WED THE 3RD
            date | she sat the 2nd exam; Friday the 3rd day of rain |
            date | BMP Monday 7/31; labs today 8/5; post-op day 3/7 |  Monday 7/31;8/5
            # a timestamp's time is found too since times are (2026-12-05)
            date | logged at 2026-02-09T22:27:39Z by               | 2026-02-09T22:27:39Z
            date | 'Half price Tuesday 1/2 off; Sunday 1/2 marathon; every Friday the 13th' |
            date | 'STENT IN AUGUST 2072; REPAIRED IN DECEMBER OF 2087; in October of 2087; (BASELINE 1.1 IN MARCH)' | AUGUST 2072;DECEMBER OF 2087;October of 2087;MARCH
            date | 67 yo M, ESRD 2/2 ADPKD, on HD; ext 555-2081 |
            date | Gleason 6/10; Glasgow 6/15; PO 10/10 mmHg; lisinopril (20/12,5 mg/día); positivo 1/2048 |
            date | Dilute 1/2000 before use; Lot 12-2023 recalled; Father Christmas came |
            age  | Son reports pt (93) more confused; pt (45) | 93
            age  | a 92 year old man                        | 92
            age  | 45 years old                             |
            age  | aged 101                                 | 101
            age  | Age at death: 91                         | 91
            age  | Age at diagnosis 90, now stable          | 90
            age  | Age at death: 67                         |
            age  | Mujer de 92 años con disnea              | 92
            age  | MUJER DE 92 AÑOS                         | 92
            age  | Edad: 95 años                            | 95
            age  | âgé de 91 ans                            | 91
            age  | Varón de 52 años                         |
            age  | 91F with CHF; 94M s/p fall; 92 yo F      | 91;94;92
            age  | T 99F, Tmax 101F, fever to 100F; $94M; 91F2 |
            age  | She is in her 90s; he is in his late nineties; in their 100's | 90s;nineties;100's
            age  | HR in the 90s overnight; In the 90s, grunge; Room 91F; raised 91M in Series B; died at 95 minutes |
            age  | Pt is 90. She is now 97 and lives alone.  | 90;97
            age  | Pt is 90% adherent; he is 92 kg; she is 95/60; pt is 90 minutes late |
            age  | Mother died at 93; father passed away at age 96; died at 67 | 93;96
            age  | a ninety-two year old man; one hundred and one years old; ninety yo | ninety-two;one hundred and one;ninety
            age  | ocurrió hace 90 años                     |
            age  | se describió hace más de 100 años        |
            age  | hace unos 120 años; il y a plus de 95 ans |
            age  | hace mas de 100 años; il y a environ 95 ans |
            age  | mujer de 92 años, hace casi 100 años     | 92
            age  | dosis de 100 mg                          |
            date | s/p CABG in 3/80                         | 3/80
            date | not seen since November                  | November
            typist | Tavares, M.D. XGT:holmes   DD: x       | holmes
            typist | Perez, M.D.    GPP/church/olinger      | church/olinger
            user | BRIGHT, M.D.    FB59    end              | FB59
            user | the ratio a/b and HIV/aids               |
            npi  | NPI 1234567893                           | 1234567893
            npi  | NPI 1234567890                           |
            dea  | DEA AB1234563                            | AB1234563
            dea  | DEA AB1234564                            |
            vin  | VIN 1M8GDM9AXKP042788                    | 1M8GDM9AXKP042788
            vin  | VIN 1M8GDM9A1KP042788                    |
            # made outside North America and China, without a check digit (a held-out set's Spanish and South African sale papers):
            # found, for "VIN" or "bastidor" near it to lift (no check passes: WVW... is made up here with a wrong ninth character)
            vin  | Nº de bastidor (VIN):  VSSZZZKLZLR052914     | VSSZZZKLZLR052914
            vin  | Fahrgestellnummer WVWZZZ1KZAW000017; LGWEF4A55HA000017 | WVWZZZ1KZAW000017
            # a date with its weekday before it, a comma or blanks between (an eighteenth held-out set's letters, e-mail threads
            # and notes in English, Italian, Dutch, German); not "sat" in lower case, a word
            date | 'Thursday, March 20, 2025; Sun, Mar 9, 2025; lunedì 24 marzo 2025; op zondag 18 mei 2025; Tue 11/03/2025; Samstag, 15. März 2025' | Thursday, March 20, 2025;Sun, Mar 9, 2025;lunedì 24 marzo 2025;zondag 18 mei 2025;Tue 11/03/2025;Samstag, 15. März 2025
            date | I sat 12 March; a sunday. 12 March 2025; Sat 11am | 12 March;12 March 2025;11am
            # a commit's and a mailbox's date with its year after the time (a twenty-sixth held-out set's git log and mbox)
            date | 'Date:   Tue Mar 5 14:22:09 2024 +0530; From ravi Sat Apr 13 08:14:52 2024' | Tue Mar 5 14:22:09 2024 +0530;Sat Apr 13 08:14:52 2024
            # a form's revision, a scale's scores in a table (the same set's); a date after a scale's word alone stays
            date | 'Form LPD-112 (rev. 08/2021); Vordruck E-1 (Stand 01/2023); Pain (NPRS)            7/10          2/10; ER strength (MMT)       3/5          4+/5; seen 7/10' | 7/10
            # (the review's: a town in brackets before a date, a word ending so before a month and year)
            date | 'Admitted to John Radcliffe Hospital (Oxford) 14/3 with chest pain. Recurrent fever. 03/2021 admitted. Ruhestand 03/2021, vorher' | 14/3;03/2021;03/2021
            # a twenty-seventh held-out set's: a timestamp whole with its fraction and offset, the first of a month, a Polish
            # year's "r.", Danish's "den" and Estonian's weekday, a Dutch day of May after its weekday, an Estonian clock
            date | 'at 2024-04-11T06:32:10.118422Z. 2024-05-02T10:14:07-03:00; 2026-02-09T22:27:39Z' | 2024-04-11T06:32:10.118422Z;2024-05-02T10:14:07-03:00;2026-02-09T22:27:39Z
            date | 'du 1er septembre 2024; dal 1° ottobre 2024; zmarły 3 marca 2024 r. w Krakowie; lørdag den 4. maj 2024; reede, 14. juuni 2024 kell 12.00; op dinsdag 14 mei om' | 1er septembre 2024;1° ottobre 2024;3 marca 2024 r.;lørdag den 4. maj 2024;reede, 14. juuni 2024;12.00;dinsdag 14 mei
            # (not a law's number and date; "mei" alone, a word)
            date | 'conforme a la Ley 5/2012, de 6 de julio, de mediación; Real Decreto 1720/2007, de 21 de diciembre; het mei-nummer' |
            # a day and a month's short name after a dash (the same set's donor record); not a code's part
            date | 'Pre-donation interview (16-Jul): travel; part A16-Jul; ref 16-Jul-X' | 16-Jul
            # (the review's: a judgment's date after its number stays whole; a law's with "Orgánica", "n." is none)
            date | 'Sentencia del Tribunal Supremo 123/2019, de 4 de abril de 2019; Ley Orgánica 3/2018; Legge n. 3/2019' | 4 de abril de 2019
            # a twenty-eighth held-out set's: logcat's month, day and time, LDAP's generalized time, Slovak and Slovenian months, a
            # Norwegian day and month after the day's dot, a deed's "day of"; not a version, a serial, a sum, nor a capitalised name
            date | '06-14 09:41:02.118  4821 D; createTimestamp: 20190902081544Z; dňa 26. augusta 2024; v noči na 12. junij 2024; lam ved Veterinærinstituttet 5. august, setra 1. august og; this 17th day of September 2024' | 06-14 09:41:02.118;20190902081544Z;26. augusta 2024;12. junij 2024;5. august;1. august;17th day of September 2024
            # a Croatian date's closing dot before a cell's bar, a bracket or a small letter; not a sentence's full stop
            date | '| 28.10.2024. | Jure; (upisano 2. studenoga 2024.) ok; dana 5. studenoga 2024. u Splitu; Signed 12.03.2024. The end; on 12.03.2024. then' | 28.10.2024.;2. studenoga 2024.;5. studenoga 2024.;12.03.2024;12.03.2024
            # (the review's: a generalized time with its offset; not a day off in a month)
            date | 'createTimestamp: 20190902081544+0200; I took 1 day of May off' | 20190902081544+0200
            # (their times alone are read as ever; "August" capitalised is a month alone, under the threshold)
            date | 'v1.06-14 09:41:02; 06-14 09:41; serial 201909020815449Z; 20191302081544Z; 5. August Straße; Augusta 2024 conference; the 3rd day of treatment' | 09:41:02;09:41;August
            """)
    void matches(String which, String text, String expected) {
        PatternRecognizer r = switch (which) {
            case "date" -> new DateRecognizer();
            case "user" -> new DictationMarkRecognizer();
            case "typist" -> new TranscriptionistRecognizer();
            case "npi" -> new NpiRecognizer();
            case "dea" -> new DeaNumberRecognizer();
            case "vin" -> new VinRecognizer();
            default -> new AgeOver89Recognizer();
        };
        String actual = String.join(";", r.analyze(text).stream().map(x -> text.substring(x.start(), x.end())).toList());
        assertEquals(expected == null ? "" : expected, actual);
    }
}
