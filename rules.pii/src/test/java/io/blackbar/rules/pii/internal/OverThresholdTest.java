package io.blackbar.rules.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * What a recognizer alone finds at or over the engine's threshold (0.5), with no context word to raise it: the
 * values a leak hunt found left in a redacted text although the recognizer matched them under the threshold ("T:
 * 020 7946 0123" in an e-mail signature matched as a national number, 0.35), and the look-alikes that must stay
 * under it. Values ';'-separated, empty for none; "\n" in a text is a line break, "\t" a tab.
 */
class OverThresholdTest {

    private static Recognizer recognizer(String name) {
        return switch (name) {
            case "phone" -> new PhoneRecognizer();
            case "person" -> new PersonRecognizer();
            case "display" -> new DisplayNameRecognizer();
            case "cyrillic" -> new CyrillicNameRecognizer();
            case "greek" -> new GreekNameRecognizer();
            case "field" -> new FieldValueRecognizer();
            case "vcard" -> new VcardRecognizer();
            case "gedcom" -> new GedcomRecognizer();
            case "shorthand" -> new ShorthandNameRecognizer();
            case "shorthand age" -> new ShorthandAgeRecognizer();
            case "table" -> new TextTableRecognizer();
            case "table age" -> new TableAgeRecognizer();
            case "id" -> new IdNumberRecognizer();
            case "spoken card" -> new SpokenCardNumberRecognizer();
            case "spoken ssn" -> new SpokenSsnRecognizer();
            case "spoken phone" -> new SpokenPhoneRecognizer();
            case "place" -> new PlaceRecognizer();
            case "zip" -> new ZipCodeRecognizer();
            case "crypto" -> new CryptoWalletRecognizer();
            case "user" -> new UsernameRecognizer();
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            phone  | Best regards,\\nMark Evans\\nT: 020 7946 0123\\nM: 07700 900123 | 020 7946 0123;07700 900123
            phone  | t: 0161 496 0000 / m: 07700 900 123                  | 0161 496 0000;07700 900 123
            phone  | DD: 0121 496 0890                                     | 0121 496 0890
            phone  | Accountant: Mei-Ling Chow, 0491 575 619; Akte: 0176 4418 2093, 0151 2270 8815; buurvrouw 06-2817 4409 of 06 1093 4418, 06-12345678 | 0491 575 619;0176 4418 2093;0151 2270 8815;06-2817 4409;06 1093 4418;06-12345678
            phone  | IBAN DE89 0151 2270 8815 00; ref 0491 575 619 123; order 06-12345678-9; rekening 06 1093 4418 7 |
            # Swedish and Romanian numbers in their groups without a phone word (a fourth held-out set's parents' thread and
            # donation form); not a longer run, a date
            phone  | Nå mig bäst på 073-551 20 84.; 013-20 79 45 (arbete); Radu Stoica (0766 304 127) | 073-551 20 84;013-20 79 45;0766 304 127
            phone  | 073-551 20 84 5; 0766 304 127 8; 2025-01 20 79 |
            phone  | T. 01632 960123                                       | 01632 960123
            # French mobiles in pairs, a Swiss mobile, a German mobile in two groups, alone (a fifth held-out set's consent form,
            # payslip and channel export); not a lottery's rising draw
            phone  | grand-mère - 06 15 72 84 33, oncle - 07.81.40.26.59; Ehefrau, 078 655 21 09; Bruder 0172 4418093 | 06 15 72 84 33;07.81.40.26.59;078 655 21 09;0172 4418093
            phone  | Tirage du 12/10 : 07 11 23 38 45, étoiles 03 09; Counts: 07 12 09 11 10 08 |
            phone  | Ph: 0404 123 456                                      | 0404 123 456
            phone  | recado com a filha Patrícia (11) 97115-0846; consultório (21) 3456-7890 | (11) 97115-0846;(21) 3456-7890
            phone  | see (11) 12345-6789 and (10) 97115-0846; total (12) 9711-50846 |
            phone  | (12) 2023-2024 budget; 37 (15) 2345-2356. |
            phone  | Please ring 07911123456 to arrange delivery.          | 07911123456
            phone  | Customer: text me 07911123456                         | 07911123456
            phone  | call us on 07911123456                                | 07911123456
            phone  | Order 712345678 confirmed. We will text you when dispatched. |
            phone  | Winning numbers: 06 12 18 44 49; Part number 030/2023; page 030/5227613 |
            place  | Snow in Buffalo closed the schools. Tickets for the concert in Nashville sold out. | 
            place  | A cousin in Baltimore; works at Lucky Nails in Dorchester; SON FLYING IN FROM DUBLIN | Baltimore;Dorchester;DUBLIN
            place  | MOVED TO FLORIDA IN JUNE. Flights from London to Dublin were cancelled. |
            # a birthplace after "geb." and the birth date (a fifth held-out set's personnel form in a chat export)
            place  | Personalbogen: geb. 12.05.1993 in Kiel, ledig; Geb. 3.4.1961 in Bad Tölz | Kiel;Bad Tölz
            place  | Works cleaning houses in Marlborough and Southborough; she lived in Paris, Rome or Berlin | Marlborough;Southborough;Paris;Rome;Berlin
            # a new employee's town, a death's (a twenty-fourth held-out set's team chat and bereavement leave request)
            place  | also a new hire in Vancouver - Daniel; The cremation is in Madurai and; Date of death : 02-04-2024, at Ibadan | Vancouver;Madurai;Ibadan
            place  | a starter in Vancouver was served; The debate is in Madurai and; Date of issue : 02-04-2024, at Ibadan |
            phone  | Engagement ring receipt no. 812345678                 |
            phone  | Tracking number 07911123456 sent by text message      |
            phone  | M: 08.30 - 17.30, W: 08.30 - 13.00, F: 09.00 - 16.00  |
            phone  | Order ref M: 0012345678                               |
            phone  | Lab results H: 0123 456 789 units                     |
            phone  | Temperatures T: 036.5 036.8 037.1                     |
            phone  | Code D: 0000 0000 0000                                |
            phone  | Jim Hardcastle, 07966 221 304, jim.h@outlook.com      | 07966 221 304
            phone  | Sarah Penrose\\n020 7946 0321                        | 020 7946 0321
            phone  | a.vogelsang@bristol.ac.uk, 0117 928 7654.             | 0117 928 7654
            phone  | T 01274 882 019 / M 07966 221 304                     | 01274 882 019;07966 221 304
            phone  | Kind regards, Nisha. 07700 900188                     | 07700 900188
            phone  | Document reference number 4182 9937 105               |
            phone  | sort code 01 23 45 account 0123 4567 8901 2           |
            phone  | pH: 7.35, PaCO2 40                                    |
            phone  | T: 37.5 C, HR 88                                      |
            phone  | M: 72 kg                                              |
            # a hospital's pagers and extensions (a clinical-note leak hunt's)
            phone  | pager 4-7731, page 4-7731, x4-5543, ext 2231           | 4-7731;4-7731;4-5543;2231
            phone  | see page 4-7 of the manual; Tokoza Ext 1426; box4-5543 |
            phone  | Part no. x4-5543 is out of stock; Config: ext 2231 = php |
            # a case's or a claim's code of capitals and five digits without "number"; a parking fine's, a rental's,
            # a Swiss case's and insurance's, a Polish trial's, a Portuguese file's, a Danish employer's and a Greek patient's
            # numbers (a fifth held-out set); not "case COVID-19", a reference alone, "in case 2024-01"
            id      | approved, case PA-2024-118347; (ref VNM-FR-228104) PCN Number:   CU47718290; Agreement No: RA-MEL-2290471; RE: Claim CLM/2024/118452 - x; Fall-Nr. FAK-2024-77810; (Vers.-Nr. PK-0047-3391); Nr randomizacji: R-012-0031; N.º de processo:      P-20117; (medarb.nr. 30418); Κωδ. ασθενούς:     BA-0074419 | PA-2024-118347;CU47718290;RA-MEL-2290471;CLM/2024/118452;FAK-2024-77810;PK-0047-3391;R-012-0031;P-20117;30418;BA-0074419
            id      | a confirmed case COVID-19 in 2020; see ref RFC-1234; in case 2024-01 |
            id      | We reviewed the business case FY2024-25 and we claim ISO27001 compliance. |
            id     | Accession #: RX81-0094417; Specimen #: S75-11842; confirmation # MH-2207719 | RX81-0094417;S75-11842;MH-2207719
            id     | UNOS ID AKJ4419 and ID: 4418820                        | AKJ4419;4418820
            id     | sample size 120; ID: none; Patient ID badge; reservation for 2; booking 12 people; Id: 12345 |
            # labels a tenth held-out set's identifiers stood after (a police report, a grievance, an Australian discharge,
            # a mortgage, an I-751 letter, prescriptions, a referral, French, Italian, Polish, Czech and Greek forms)
            id     | Occurrence #: 2024-0318-4471; prior occurrence 2023-1202-0991; PC Jasleen Sandhu #3127, Sgt. M. Kowalczyk #2291 | 2024-0318-4471;2023-1202-0991;3127;2291
            id     | Grievance ref. GRV-24-003; Pensioner Concession Card 204 517 892X; FSRA Lic. M19001234; HCF membership 60418827; MEMBER 7728190 | GRV-24-003;204 517 892X;M19001234;60418827;7728190
            id     | A# A215-447-902; Receipt No. IOE0918273645; MCNZ 28417; PCNZ reg. 71842; NPWZ 3418273; TP ref ADM-TP-9928114; UBRN 0000 4417 2956 | A215-447-902;IOE0918273645;28417;71842;3418273;ADM-TP-9928114;0000 4417 2956
            id     | numéro étudiant 21065540; numéro allocataire : 4827316; référence client 4004 1827 39; titre de séjour « étudiant » n° 6912345678 | 21065540;4827316;4004 1827 39;6912345678
            id     | agenti Marco Zanardi (matr. 4412); patente cat. B n. BO5271934N; kod dostępu: 4821; Nr historii choroby: HCH/2024/04417 | 4412;BO5271934N;4821;HCH/2024/04417
            id     | Číslo OP:  204517836; číslo ORV: UBD417293; Α.Δ.Τ.:  ΑΚ 482913; CI seria CJ nr. 418273 | 204517836;UBD417293;ΑΚ 482913;CJ nr. 418273
            # labels an eleventh held-out set's identifiers stood after (Hungarian, Polish, Philippine, Nigerian, Indian, Belgian,
            # Australian and Norwegian forms, a trial's subject, staff numbers)
            id     | személyi igazolvány száma: 482913KE; szig. szám 719204LA; forgalmi rendszám: AEKB-417; alvázszám: WVWZZZAUZJP027413; kötvényszám 91 8274 4103 | 482913KE;719204LA;AEKB-417;WVWZZZAUZJP027413;91 8274 4103
            id     | dow. os. CBK 418273; PhilHealth:   12-051837294-1; Pag-IBIG MID: 1211-4478-3302; BVN: 22184930571; ID card no. LSG/MOH/11872 | CBK 418273;12-051837294-1;1211-4478-3302;22184930571;LSG/MOH/11872
            id     | DIN: 02918347; n° d'affiliation 161-0473829-55; staff #6621; (staff #1184); Subject ID 017-0042; UR no. U0821337; Pasientnr.: 40817; holder no. 41-0092-7735 | 02918347;161-0473829-55;6621;1184;017-0042;U0821337;40817;41-0092-7735
            id     | the staff 2024 party; staff 12 people; Subject ID: none |
            # a number's last pair of digits, not a count after it (the review's)
            id     | Member ID 1234 5678 90 day supply; Employee number 4417 2956 30 days | 1234 5678;4417 2956
            # not a rank's word without a name and a badge's digits, a receipt of a shop, a member of a team, a licence's word
            id     | PC #1234 is broken; Receipt No. 48213; a member 2 of the team; Lic. terms; Sgt. Pepper #12; our grievance was heard |
            phone  | D: 01.02.2024                                         |
            phone  | Vitamin D: 0.5 mg daily                               |
            phone  | Flight AT: 0800 1200                                  |
            person | 12/03 ZELLE TO ANGELA RUIZ 250.00\\n12/04 ZELLE FROM MARK DAVIS 100.00 | ANGELA RUIZ;MARK DAVIS
            person | ONLINE TRANSFER TO ANGELA RUIZ REF 4471           | ANGELA RUIZ
            person | Payee: ELENA VASQUEZ-MORROW                           | ELENA VASQUEZ-MORROW
            person | ACCOUNT HOLDER: SARAH O'CONNOR                        | SARAH O'CONNOR
            person | Present: Siobhán Ní Bhriain and Seán Ó Ceallaigh     | Siobhán Ní Bhriain;Seán Ó Ceallaigh
            person | Siobhán Murphy attended.                              | Siobhán Murphy
            person | Reviewed by A F Siddiqui, consultant.                 | A F Siddiqui
            person | A. F. Siddiqui signed.                                | A. F. Siddiqui
            # initials with their dots before a surname the lists know, after a form's label, or written together (a fourth
            # held-out set's police report, loan form and Dutch permit form); not one initial after a word ("Plan A.")
            person | Officer: A. Kowalczyk                                 | A. Kowalczyk
            person | Kontoinhaber: D. Hoffmann; Akte: J.W. van den Berg, Utrecht | D. Hoffmann;J.W. van den Berg
            person | We chose Plan A. Kowalczyk agreed.                    |
            # an initial and a surname no run read (a fourth held-out set's police report, gym form and funeral order): the
            # surname of a name found in full with a first name of that initial; after a signature's label; alone in a form's
            # cell, a surname the lists know. Not another initial, no common word, no microbe's species, not inside a sentence
            person | Sales: Jess Tuilagi met us. Later J. Tuilagi said no, and K. Tuilagi too. | Jess Tuilagi;J. Tuilagi
            person | Officer signature: O. Hartley  PC 3382\\nSupervisor review:  Sgt 2274 D. McAllister   Date: 15/02/2025 | O. Hartley;D. McAllister
            person | Tilaajan allekirjoitus: T. Kivelä\\nSignature: Approved\\nA. Introduction\\nB. Methods  | T. Kivelä
            # a given name, a quoted or bracketed nickname and a surname (a fourth held-out set's RSVP list, school form and GP
            # letter), not a company's or a state's brackets, nor a quoted word between common ones
            person | 2. Dónal "Donie" Lynch (uncle)\\nWei "Vivian" Zhang;\\nPatient: Nana (Thi Hoa) Pham | Dónal "Donie" Lynch;Wei "Vivian" Zhang;Nana (Thi Hoa) Pham
            person | We use Acme (Pty) Ltd and Boston (MA) Office for The "Phoenix" Project. |
            # another given name before the surname of a name found in full, under the threshold as a form's cell often is
            # (a fourth held-out set's policy schedule); not a town before it, nor a town's name as the surname, nor the name itself
            person | Main member:  Johannes Petrus van der Merwe   790614\\nSpouse:       Carike van der Merwe   820925\\nChild:        Ruan van der Merwe\\nAgent:  Pretoria van der Merwe | Carike van der Merwe;Ruan van der Merwe
            person | Pierre Roubaix signed.\\nSpouse:  Carike Roubaix   | Pierre Roubaix
            # a support chat's speakers: a name and an initial, and a customer's turns, make one (a fifth held-out set's live
            # chat); one word the lists do not know is no speaker's name for it
            person | [18:02:19] Harpreet S.: Hi there\\n[18:02:51] Customer: hi\\n[18:03:05] Harpreet S.: Sure thing\\n[18:03:40] Customer: ok | Harpreet S.;Harpreet S.
            person | 10:00 Customer: hi\\n10:05 Customer: ok\\n10:10 Status: ok\\n10:20 Status: done\\n10:30 Berlin: train\\n10:40 Berlin: bus |
            # a surname in capitals and a given name, as registers and certificates write them, or a given name and a surname
            # in capitals (a fourth and a fifth held-out set's vaccination certificate, vet invoice, marriage certificate and
            # consent form); not an acronym or a word before a given name, nor a town, nor capitals that are no surnames
            person | Co-proprietario:     RINALDI MATTEO, nato a\\n  ESPOSITO CHIARA, in qualità di\\nAltro genitore: DE LUCA ANDREA (cell.)\\n1. DE CLERCQ Jeroen, geboren\\net Élodie MARCHAND, mère | RINALDI MATTEO;ESPOSITO CHIARA;DE LUCA ANDREA;DE CLERCQ Jeroen;Élodie MARCHAND
            person | Dx: SERONEGATIVE RA\\nMEDICARE LEVY (x)\\nSVA Zürich, Postfach |
            # given names that only the npm package human-names gives the lists (a fifth held-out set's discharge summary and
            # marriage certificate)
            person | Kirsty Blamire called. Jeroen De Clercq signed.    | Kirsty Blamire;Jeroen De Clercq
            # health bodies are no names (a fifth held-out set's discharge summary), nor a family's given name before such a
            # word or an organisation's; after a title such a word is a surname
            # a month between a date's day and year is no given name ("Jun"), and a run ending with a title is German prose before
            # a name (a seventh held-out set's vet record and reference)
            person | 17-Jun-2024 09:40  CONSULT; Jun Watanabe came on 17 Jun 2024; 03/Jun/2024 | Jun Watanabe
            person | Zu den Aufgaben von Frau Oberländer gehörten insbesondere: | Oberländer
            # a surname in capitals before two given names the lists know one of, the two read as a name of their own first (a
            # seventh held-out set's court list)
            person | Accused:    NGUYEN, Thi Hoa   DOB 21/07/1985 | NGUYEN, Thi Hoa
            person | Patient: John Smith Sr; Mr Lee | John Smith Sr;Lee
            # the review's: Italy's CAP after a colon at a line's end, a deed's a without its accent (a bare five digits are a
            # ZIP code under the threshold)
            zip    | CAP: 00184\\ndemeurant a SAINT-MALO (35400)\\nBudget CAP 50000 more; buy a PUMP (10450) | 00184;35400
            # in German text a surname of the lists alone after an article or an inflected adjective is a noun (a seventh
            # held-out set's reference)
            person | Sie motivierte ihr Team stets in vorbildlicher Weise und verließ uns auf eigenen Wunsch. Wir danken Thomas Weise. | Thomas Weise
            # "Surname, Given" after a name key and a gap without a colon (an eighth held-out set's payslip)
            person | Pers.-Nr.  00417        Name        Kranich, Tobias | Kranich, Tobias
            # Italian feminine titles abbreviated around a dot (an eighth held-out set's trial log)
            person | 0412-012: sig.ra Bortolami (nata a Venezia) - screen failure; la sig.ra Cecchinato ha ritirato il consenso | Bortolami;Cecchinato
            person | inviata al nefrologo, dott.ssa Anna Rigon. Visitata dalla prof.ssa Carla Menin | Anna Rigon;Carla Menin
            # an eighth held-out set's: a Mexican transcript's teacher after a Spanish title (not "Profesor Titular", a rank); a
            # statement's next of kin whose given name is a word; a surname in capitals after its prefix; a support chat's
            # agent as a given name and an initial; a lost-property register's owner "on the name of" (not a company)
            person | Profesora Leticia Ruiz Benítez imparte Robótica; Profesor Titular de Universidad; Lic. Marta Ortiz | Marta Ortiz;Leticia Ruiz Benítez
            person | Next of kin: mother Lose Taufa, 27 Kingsway. His father Will was there. | Lose Taufa
            person | registered owner Darren Keith McCLUSKEY, of Hamilton; seen by Mr MacDONALD | Darren Keith McCLUSKEY;MacDONALD
            person | [14:02:40] Priya Venkataraman: hi there\\n[14:04:05] Jordan M.: Hello\\n[14:05:31] Jordan M.: Thanks, verified\\n[14:06:10] Priya Venkataraman: ok | Priya Venkataraman;Priya Venkataraman;Jordan M.;Jordan M.
            # names in Cyrillic, which no list holds, by a surname's or a patronymic's ending (a ninth held-out set's Bulgarian
            # foster-care review; Russian and Ukrainian forms); not an institution's words, nor a surname alone
            cyrillic | Име: Виктория Стоянова Георгиева („Вики“), ЕГН; Личен лекар: д-р Асен Марков - имунизациите | Виктория Стоянова Георгиева;Асен Марков
            cyrillic | Ольга Петренко и ИВАНОВ ИВАН; Тарас Шевчук; Нино Беридзе-Капанадзе | Ольга Петренко;ИВАНОВ ИВАН;Тарас Шевчук;Нино Беридзе-Капанадзе
            cyrillic | Софийски Университет; Районен Съд - Пловдив; Република България; Иванов пише; ДИРЕКЦИЯ ЗА ЗАКРИЛА; Цар Борис III |
            # the second review's: headings, places, firms, products and greetings without a given name the lists know
            cyrillic | ПОЛИТИКА В ОТНОШЕНИИ ОБРАБОТКИ ПЕРСОНАЛЬНЫХ ДАННЫХ; СОВЕТ ДИРЕКТОРОВ; Общее Собрание Акционеров; Невский Проспект; Казанский Собор; Московская Область |
            cyrillic | Нова Загора; Ростов Арена; Нова Пошта; ТЪРГОВСКИ РЕГИСТЪР; Български Червен Кръст; Детски Дом; Магазин Пятёрочка; Честита Нова Година; Доктор Наук |
            cyrillic | Стоян Христов Георгиев, ЕГН; Милена Тодорова Ангелова и Николай Ангелов Ангелов | Стоян Христов Георгиев;Милена Тодорова Ангелова;Николай Ангелов Ангелов
            # names in Greek letters, which no list holds, by a surname's ending and a given name transliterated, surname
            # first in capitals; a parent's given name in the genitive after a name (a tenth held-out set's employment
            # certificate); not an institution's, a place's or a date's words, nor a surname alone
            greek    | βεβαιώνει ότι η κα ΠΑΠΑΔΟΠΟΥΛΟΥ ΕΛΕΝΗ του Γεωργίου και της Μαρίας: | ΠΑΠΑΔΟΠΟΥΛΟΥ ΕΛΕΝΗ;Γεωργίου;Μαρίας
            greek    | Για την εταιρεία\\nΝικόλαος Κωνσταντίνου\\nΔιευθυντής; ο κ. Γιώργος Βλάχος και η Ειρήνη Γεωργιάδου | Νικόλαος Κωνσταντίνου;Γιώργος Βλάχος;Ειρήνη Γεωργιάδου
            greek    | Ασθενής: ΧΡΗΣΤΟΣ ΠΑΠΑΔΑΚΗΣ, Δρ. Αικατερίνη Οικονόμου; Σπυρίδων Καραγιάννης του Ιωάννη | ΧΡΗΣΤΟΣ ΠΑΠΑΔΑΚΗΣ;Αικατερίνη Οικονόμου;Σπυρίδων Καραγιάννης;Ιωάννη
            greek    | Τράπεζα Πειραιώς; Αγίου Νικολάου 5; Δήμου Αθηναίων; ΔΟΥ Νέας Σμύρνης; 3 Ιουνίου 2024; Ελληνική Δημοκρατία; Εθνική Τράπεζα της Ελλάδος; Παπαδόπουλος είπε |
            # the review's headings and institutions (three words ending as surnames do are no name in Greek)
            greek    | ΕΚΘΕΣΗ ΙΑΤΡΙΚΗΣ ΕΞΕΤΑΣΗΣ; Αποτελέσματα Εργαστηριακής Εξέτασης; ΑΠΟΦΑΣΗ ΔΙΟΙΚΗΤΙΚΗΣ ΕΠΙΤΡΟΠΗΣ; Κλινική Παρασκευή Κυριακή; Ίδρυμα Αγάπη Ζωή |
            person | conținut: carte de identitate pe numele POPESCU ANDREEA-IOANA; legitimație pe numele Rareș-Andrei Pop; billete a nombre de Construcciones Ruiz SL | POPESCU ANDREEA-IOANA;Rareș-Andrei Pop
            # the review's: "in the name of" a firm, a cause or a god; "Lic." before a licence's words; a thing "mother" names
            person | account in the name of Barclays Nominees Limited; in the name of Computershare; In the name of Freedom; au nom de Dieu; a nombre de Construcciones Ruiz SA; Lic. Holder; Lic. Renewal due; the mother Company Siemens | Siemens
            # a French compound given name's initials (a seventh held-out set's notary deed)
            person | Signatures : Maître A.-S. DELACROIX-MOREL; signed J.-P. Dupont | A.-S. DELACROIX-MOREL;J.-P. Dupont
            # a police force's, a legal service's and a health service's names (a seventh held-out set's court list and letters)
            person | Represented by Victoria Legal Aid; Sunbury Police; AUSTIN POLICE; Occupational Health |
            # but a name before a service's word that begins a job's title in lower case stands (the review's)
            person | Jane Walker Health visitor; Sarah Jones Police liaison. Victoria Legal Aid office; Thames Valley Police said | Jane Walker;Sarah Jones
            person | University Hospitals of Derby and Burton NHS Foundation Trust. Amber Valley Homecare and Westfield University Trust. Dr Anna Trust saw Mr John Trust. | Anna Trust;John Trust
            # the review's: quoted words between words the lists hold are no nickname's; a support chat's two-word speakers the
            # lists know nothing of are no people; an author list's affiliation digits leave the surnames in the names
            person | To save, click "Save" Button. Press "Enter" Key.  |
            # Dutch's "mw.", a Polish "mgr", an engineer's and an attorney's titles (an eleventh held-out set's)
            person | Afwezig: mw. A. Verbeek; mw. Grietje Smulders; Mw. Bosman meldt; Przewodnicząca: mgr Jolanta Szczepańska-Wąs; per request of Engr. R. Villareal; Atty. Reyes | A. Verbeek;Grietje Smulders;Bosman;Jolanta Szczepańska-Wąs;R. Villareal;Reyes
            person | a 500 MW Power Station; a 20 mW Laser Diode; Project Mgr Review meeting; the MW Solar Farm |
            # a slide layout's names, the words the lists hold as surnames (a review's: "Title and Content" was a list of two)
            person | Title and Content\\nTitle 1\\nSection Header\\nHeader and Footer\\nBlank |
            # but surnames that are also such words stay names (the review's second look: "Arthur Blank" lost its surname)
            person | signed by Arthur Blank and Paul Master; Carla Caption called | Arthur Blank;Paul Master;Carla Caption
            person | [09:00] Customer: hi\\n[09:01] Front Desk: hello\\n[09:02] Customer: ok\\n[09:03] Front Desk: bye |
            person | Authors: Anna Kowalska1, Jan Nowak2                | Anna Kowalska;Jan Nowak
            # companies' legal forms of Ireland, Norway, Finland, Italy, the Netherlands and Belgium after their names (a fifth
            # held-out set's claim thread)
            person | Insurer: Emerald Shield Insurance DAC; Vestby Bygg ASA; Mäkelä Oy; Rossi Costruzioni SpA; Bakker BV |
            # a code's letters with its digits are no name's word ("Zac" is a given name)
            person | Patient: Hemi PARATA-WALKER, NHI ZAC5361           | Hemi PARATA-WALKER
            person | Culture:\\nE. Coli  present\\nwe met B. Hartley at noon | B. Hartley
            # a town and its state's or province's code are a place (a held-out set's property sheet); three words stay a name
            person | She lives at 10234 104 St NW, Edmonton AB T5J 1A7; Son - Karthik R. Iyer (NRI, Austin TX); Austin Smith TX | Karthik R. Iyer;Austin Smith TX
            # German forms' nouns that are surnames too, in a German text: no names alone; after a title one is; in English one is
            person | Zimmer 214 wird für Sie reserviert.\\nUnterschrift Gast: ______\\nOrt, Datum: Leipzig\\nHerr Zimmer kommt auch. | Zimmer
            person | Room booked by Gast Zimmer, thanks                    | Gast Zimmer
            person | Admin: D. d'ANGELO,MARIA (a name read from inside a word, after initials) | ANGELO,MARIA
            # no names inside a browser's user agent in a server's log; a name after it on its line is one
            person | "66.249.66.201 - - [03/Feb/2025] \"GET / HTTP/1.1\" 200 \"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15\" user=Maria Garcia" | Maria Garcia
            person | crash with Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Firefox/120.0; call back John Smith | John Smith
            # a surname at birth after "née", "geb." (not a date after it); an initial after a name (not a degree's letters; the
            # label's reading of "HENDERSON" alone stays, and the engine keeps the longer)
            person | NIAMH O'DONNELL (née KAVANAGH); von Stetten, Sophie (geb. Brandl) 03.11.1981; geb. 03.11.1981 | NIAMH O'DONNELL;KAVANAGH;Sophie;Brandl
            person | Called Gary L. at Riverside; Applicant: HENDERSON, JEROME A.; Signed by Mary Jones B.A. (Hons) | Gary L.;HENDERSON;Mary Jones;HENDERSON, JEROME A.
            # surname first with a comma, a middle initial without its dot where the field ends (a fifth held-out set's
            # prescription label and jury summons); not without the comma, nor before a word
            person | "PATIENT: WHITFIELD-OKAFOR, DENISE R\\nDOB: 03/14/1971; Juror: ABERNATHY-SOTO, LUCINDA M   Juror no. 4471" | WHITFIELD-OKAFOR;WHITFIELD-OKAFOR, DENISE R;ABERNATHY-SOTO, LUCINDA M
            person | "Seen by John Smith R\\nand by Mary Jones" | John Smith;Mary Jones
            # an initial and a surname after a title, with its dot or without (a sixth held-out set's tribunal judgment,
            # insurance letter and transcript); an initial and a word no list knows alone in a field (its policy table, a
            # loan's committee, a contract's technician, whose accent the lists lack); not a lettered list's headings, a
            # common word's plural, a compass point's place, a microbe's serovar
            person | "Claimant:  Mr A Okunade-Fitch\\nRespondent:  Mrs B. Haddouchi-Pool\\n\\ndrs. H. Wiersma-Pool\\nMedisch adviseur" | A Okunade-Fitch;B. Haddouchi-Pool;H. Wiersma-Pool
            person | "Lingua inglese B2   3   IDO    Dott.ssa K. O'Hagan" | K. O'Hagan
            person | "  S.M. de Graaf-Oudshoorn    14-02-1985\\n  K. Haddouchi    02-11-1983\\nTécnico asignado: J. Ramírez (cuadrilla GDL-07); approved – S. Chebet (BM)" | S.M. de Graaf-Oudshoorn;K. Haddouchi;J. Ramírez;S. Chebet
            person | "A. Introduction\\nB. Methods\\nC. Eligibility\\nD. Outcomes\\nFlights:  S. Korea; E. coli; S. Typhimurium (serovar)" |
            person | "Region:  W. Midlands\\nfrom:  S. Lanarkshire\\nS. Carolina\\nvia  E. Sussex" |
            # headings' and options' words, microbes (the review's): a word no list knows counts only shaped as a surname
            person | "Stool:  C. Diff\\nCulture:  C. Glabrata\\nSmear:  P. Falciparum\\nnote\\nB. Objective\\nfoo\\nH. Methods\\nbar\\nJ. Recommendations\\nOptions:  A. Upgrade   B. Refund\\nGrade:  B. Satisfactory" |
            person | "Maths, A\\nPhysics, B\\nChemistry, A\\nEkwueme, R" | Ekwueme, R
            # git's dates: a weekday and a month before the day (a sixth held-out set's git log)
            person | "commit 9f2c41d\\nAuthor:     Britta Lindholm-Vance <b@x.io>\\nAuthorDate: Fri Feb 28 09:02:33 2025 -0800\\nCommitDate: Thu Feb 27 22:15:47 2025 +0100" | Britta Lindholm-Vance
            # a surname, a comma and an initial in a roster's field (a sixth held-out set's school report); not a table's or a
            # figure's letter in prose
            person | "Life Science              Fontaine, D          B+\\nBand - Concert            Schoenfeld, K        A\\nPeriod 4:  Kamara, S.\\nSee Table, A  and Figure, B" | Fontaine, D;Schoenfeld, K;Kamara, S.
            # Spanish and Catalan names' second surnames, written with diacritics ("i" between in Catalan); not a common word
            person | "Firmado: Ferran Castelló i Mollà; La paciente María García Peiró acude hoy; visita a José García Hospital" | Ferran Castelló i Mollà;José García;María García Peiró
            # a French lawyer's "Maître" and Italian's feminine "Dott.ssa" before a name (a held-out set's summons and certificate);
            # the title itself, a surname of the lists, is no name
            person | Maître Olivier BASTIDE, soussigné,                    | Olivier BASTIDE
            person | Pediatra: Dott.ssa Giulia FERRARESI (cod. reg. 512877); la Dott.ssa Bianchi ha visitato | Giulia FERRARESI;Bianchi
            person | Dr. J. R. Smith                                       | J. R. Smith
            person | Attorney General Dana Nessel AG said on Monday.       | Dana Nessel
            person | Grant Thornton LLP audited the accounts.              |
            person | Hugo Boss AG shares rose.                             |
            person | Siemens AG reported a loss.                           |
            person | Kundenservice, Muster GmbH, Berlin                    |
            person | Next of kin: Eirlys Pryce (daughter)                  | Eirlys Pryce
            person | TENANT: SARAH TREGEAR    LANDLORD: KESTLE PROPERTIES LTD | SARAH TREGEAR
            person | Defendant: Kai Hendrickson                            | Kai Hendrickson
            person | Tenant: Acme Holdings Ltd                             |
            person | Customer: Acme Widgets                                |
            person | Guarantor: None                                       |
            person | Witness: Unknown                                      |
            person | Claimant D.O.B.: 12.12.1975                           |
            person | Jane Roe, D.O., FACP                                  | Jane Roe
            person | Prescription for MARIA-ELENA CASTILLO  TAKE 1 TABLET  | MARIA-ELENA CASTILLO
            person | 12 MAIN STREET                                        |
            person | The cheque was made payable to Thaddeus Blackwood-Osei. | Thaddeus Blackwood-Osei
            person | The refund went to Thomas Blackwood-Smith.            | Thomas Blackwood-Smith
            person | listed before District Judge Fenwick at Bristol County Court | Fenwick
            person | Insp. Latimer authorised the search.                  | Latimer
            person | 'Reviewed: Sgt. M. Kowalczyk #1954'                    | M. Kowalczyk
            person | 'My wife, PALESA MOKOENA, witnessed the removal.'       | PALESA MOKOENA
            person | 'Doamna Popescu a realizat venituri.'                 | Popescu
            person | 'Our partner, ACME HOLDINGS, signed; my friend, IBM, said' |
            person | Insp. J. Moreau arrived at the scene.                  | J. Moreau
            person | Sgt. A. Team was formed.                              |
            person | Cllr. B. Roads voted.                                 |
            person | The Judge Advocate General's office                   |
            person | We act for Rhys ap Gwilym in this matter.             | Rhys ap Gwilym
            person | Dafydd ap Rhys attended the hearing.                  | Dafydd ap Rhys
            person | Customer: yeah it's dan whitmore                      | dan whitmore
            person | its in my wifes name, fatima begum                    | fatima begum
            person | it's john smith from accounts here                    | john smith
            person | it's mark down time                                   |
            person | Dear Na,\\nThanks for your note.                    | Na
            person | Signed: Nil                                           | Nil
            person | Zorvath Quillon, M.D.Ph.D.                            | Zorvath Quillon
            person | Tenant: Vacant Possession                             |
            person | Employee: Full Time                                   |
            person | Applicant: Self Employed                              |
            person | Guardian: Local Authority                             |
            person | Pupil: Free School Meals                              |
            person | Claimant: Secretary Of State For Health               |
            person | Insured: Policy Holder                                |
            person | Tenant: Refer To Lease                                |
            person | Tenant: Sarah Tregear                                 | Sarah Tregear
            person | FLIGHTS FROM AUSTIN TO PHOENIX                        |
            person | PRESENTED BY CLARE BALDING AND GABBY LOGAN            | CLARE BALDING;GABBY LOGAN
            person | CALVIN KLEIN UNDERWEAR                                |
            person | ROYAL VISIT TO LIVERPOOL DRAWS CROWDS                 |
            person | 04/07/24 INDEPENDENCE DAY SALE                        |
            person | Siobhán Young called.                                 | Siobhán Young
            person | 1.1OYELOWO/FUNMILAYO MRS  2.1OYELOWO/TUNDE MR         | OYELOWO/FUNMILAYO;OYELOWO/TUNDE
            person | NAME OF PASSENGER: ABERNATHY/ROSEMARY MS              | ABERNATHY/ROSEMARY
            person | First name(s): CHIDI EMMANUEL                         | CHIDI EMMANUEL
            person | Forenames: Chidi Emmanuel                             | Chidi Emmanuel
            person | Dear Parent/Guardian of Year 9,                       |
            person | PASS/FAIL MR FLAG                                     |
            person | TRANSFER TO SAVINGS ACCOUNT                           |
            person | WELCOME TO HOUSTON TEXAS                              |
            person | BANK OF AMERICA                                       |
            person | PAYMENT TO CITY OF AUSTIN UTILITIES                   |
            person | Krzysztof Kowalczyk called about the invoice.          | Krzysztof Kowalczyk
            person | KOWALCZYK, KRZYSZTOF                                  | KOWALCZYK, KRZYSZTOF
            person | 10:16  Jeroen (medewerker): Goedemorgen.\\n10:17  Sanne: Ja, dat klopt.\\n10:18  Jeroen: Dank u.\\n10:19  Sanne: Graag.\\n10:20  Agent: Hallo | Jeroen;Sanne;Jeroen;Sanne
            # a messenger's export (Android: date, time, a dash; iOS: in brackets, with seconds and AM/PM); a family's words before a name or alone
            person | 09/02/2025, 18:55 - Sunday Adeyemi created group\\n09/02/2025, 18:56 - Sunday Adeyemi: Good evening.\\n09/02/2025, 19:31 - Uncle Godswill: I will pay.\\n09/02/2025, 19:33 - Uncle Godswill: Use my card\\n10/02/2025, 07:12 - Mummy: Morning.\\n10/02/2025, 07:20 - Sunday Adeyemi: Ok\\n10/02/2025, 07:21 - Mummy: Ok | Sunday Adeyemi;Godswill;Godswill;Sunday Adeyemi
            person | [2/9/25, 6:55:12 PM] Sunday Adeyemi: Good evening.\\n[2/9/25, 6:56:01 PM] Kemi: ok\\n[2/9/25, 6:57:12 PM] Sunday Adeyemi: Fine\\n[2/9/25, 6:58:01 PM] Kemi: ok | Kemi;Kemi;Sunday Adeyemi;Sunday Adeyemi
            person | 09/02/2025, 18:55 - Front Desk: Welcome\\n09/02/2025, 18:56 - Front Desk: Hello\\n09/02/2025, 18:57 - Mummy: Hi\\n09/02/2025, 18:58 - Mummy: Bye |
            # a found name's first name again alone: anywhere when only a first name; unknown to the lists, inside a sentence and not after an article; never a word's or a town's (the engine finds it again everywhere)
            person | Femi Adebayo signed it. Later Femi called. Ask for Femi at the desk. | Femi Adebayo;Femi;Femi
            person | Technician: Dr. Grant Oyelaran. Grant Agreement attached; the Grant was paid. Ask for Grant at the counter. | Grant Oyelaran
            person | Paris Hilton arrived. She said she flew to Paris in May. | Paris Hilton
            person | Dr. Femi Okafor signed. The Femi was there; later Femi called. | Femi Okafor;Femi
            person | Maria Lopez called. Maria will call back; ask Maria Santos too. | Maria Lopez;Maria Santos;Maria
            # Nordic sentence words at a sentence's or a line's start, in a Nordic text (a held-out set's estate inventory, lease, sale)
            person | Den avlidne\\nNamn: Gunnel Wallin\\nBil, Volvo V60 2014\\nSumma tillgångar 3 118\\nJag försäkrar på heder och samvete att jag | Gunnel Wallin
            person | Tak for lejeperioden. Ved synet deltog Mathias og vores vicevært. Han betalte 40 000 kr. | Mathias
            person | Jag and Den met Han at the bar. | Jag;Den;Han
            # the words before a name that address or describe the person are no part of it (a held-out set's letters and minutes)
            person | bajo la presidencia de D. Francisco Javier Osuna Ledesma (1º A); vota en contra D. Mohamed El Amrani. | Francisco Javier Osuna Ledesma;Mohamed El Amrani
            person | Uwagi: Pani Magdalena prosi o kontakt\\n- 1º B  Rocío Manzano Gil, representada\\nMr D. Smith | Magdalena;Rocío Manzano Gil;D. Smith
            # an initial that is also a word after a title ("A.", "I."), not without one (the surnames found alone, the initials left)
            person | Dr. A. Ahmed saw him. Mme I. Dupont a signé. | A. Ahmed;I. Dupont
            person | I. Smith said A. Jones was late. Dr. I think so. | Smith;Jones
            person | Cara Marta,\\nBonjour Monsieur Ferreira,\\nmit der neuen Mieterin Frau Johanna Leitner (seit | Marta;Ferreira;Johanna Leitner
            person | Cara Delevingne walked in. Don Johnson called; Don Michael Perez signed; Doña Carmen Rivas Toro votó. | Cara Delevingne;Don Johnson;Don Michael Perez;Carmen Rivas Toro
            person | Name: Cara Thompson\\nDear Tom Baker\\nvisited | Cara Thompson;Tom Baker
            person | Thijs van der Meulen belde. Later belde Thijs opnieuw. | Thijs van der Meulen;Thijs
            person | Médico: Dra. Montserrat Arzoz\\nDomicilio: Avda. Nuestra Señora de Montserrat, 6 | Montserrat Arzoz
            person | Precious Adeyemi joined. We met Precious later. | Precious Adeyemi
            # a timetable's, a log's and an agenda's lines name places, bots and people once each (a review's)
            person | 07:05 Bergen: Platform 3\\n07:40 Voss: change\\n10:16 Jenkins: build #512 passed\\n10:20 Alexa: timer\\n10:21 Siri: done\\n09:30 Julia: language workshop |
            person | 0358 OSLO\\n\\nOslo, 14.11.2024\\nVår ref. Torino, 10 giugno 2024 | 
            person | ---\\nTorino, 10 giugno 2024\\nFait à Lyon, le 05/04/2024\\nKan ik u helpen? Boa tarde. Os meus dados | 
            person | Anna, 34, was seen. Dan called back.                  | Anna;Dan
            person | conduite par Olivier Lambert-Mercier, salarié; Anne Tremblay-Gagnon worked | Olivier Lambert-Mercier;Anne Tremblay-Gagnon
            person | la proteinuria de Bence-Jones negativa; virus de Epstein-Barr; la fórmula de Harris-Benedict |
            person | Name (Last, First, MI): WHITAKER, DeShawn M.\\nLindqvist, Johan Erik\\t300188-2254 | WHITAKER, DeShawn M.;Lindqvist, Johan Erik
            person | Familienname: NOWAK-SCHÄFER\\nVorname: Katarzyna\\nGeburtsname: Nowak | NOWAK-SCHÄFER;Katarzyna;Nowak
            person | Mr Kwame Asante-Hughes\\n14 Ashcombe Gardens\\nBristol\\nBS8 2XY\\n\\nSincerely,\\nAnna | Kwame Asante-Hughes;Anna
            person | Véhicule assuré : Peugeot 308 SW. Nom de l'assuré : Jean-Baptiste Mamadou | Jean-Baptiste Mamadou
            person | u heeft het BSN van Noor van der Meulen; haar vader Thijs van der Meulen; Chère Madame Anne van den Broeck, | Thijs van der Meulen;Noor van der Meulen;Anne van den Broeck
            person | Hij woont aan de Laan van Meerdervoort 120. Mark van de week. |
            # the code review's: no street as a Dutch name, a name before a phone line, a second word that is no given name, a
            # name before a birth date, a name before a job's title of two words
            person | Johan van Oldenbarneveltlaan 5; Anna van Burenplein 2 |
            # the runs read "Raad" alone as a given name (as before); the particles' rule no longer makes "Raad van State" one
            person | het advies van de Raad van State; het Hof van Justitie oordeelt | Raad
            # names' fields of Romanian, Norwegian, Croatian, Hungarian, Greek and Portuguese forms, and a key with a remark in
            # brackets (a fourth held-out set's donation form and Dutch permit form); a digit is no name's
            field   | Nume:            POPESCU-TĂNASE        Inițiala tatălui: M.\\nAchternaam (zoals in paspoort):   RESTREPO OSPINA\\nEtternavn: Lie\\nPrezime: Horvat\\nVezetéknév: Nagy\\nΕπώνυμο: Παπαδόπουλος\\nNome completo: João Silva\\nNume: 2 rounds | POPESCU-TĂNASE;RESTREPO OSPINA;Lie;Horvat;Nagy;Παπαδόπουλος;João Silva
            # addresses' and birth dates' keys of Czech, Greek forms (a fifth held-out set's death certificate and lab report)
            field   | Adresa: Sítná 2214, 272 01 Kladno\\nBydliště: Nad Hradním vodojemem 53/7, 162 00 Praha 6\\nΗμ. γέννησης:      08/11/1975       Φύλο: Γ\\nΔιεύθυνση:         Λεωφ. Αλεξάνδρας 112, 114 71 Αθήνα\\nDatum narození: 12.03.1956 | Sítná 2214, 272 01 Kladno;Nad Hradním vodojemem 53/7, 162 00 Praha 6;08/11/1975;Λεωφ. Αλεξάνδρας 112, 114 71 Αθήνα;12.03.1956
            # a deed's residence with the postal code before the town (a fifth held-out set's marriage certificate)
            place   | Zoon van: VAN DEN BROECK Marc, wonende te 9300 Aalst, Dendermondsesteenweg 48; Mme Lefort, demeurant à 69100 Villeurbanne | 9300 Aalst;69100 Villeurbanne
            # a key's remark that names an organisation keeps the key whole: no person's field (the review's)
            field   | Naam (bedrijf): Van Dijk Transport\\nFull name (organisation): Northwind Traders |
            # a nickname in brackets is the name's (an eleventh held-out set's attendee list)
            table   | Surname\\tFirst name\\tEmail\\nLi\\tNa (Nina)\\tnina.li@tcd.ie\\nWalsh\\tSiobhán\\ts.walsh@ucc.ie | Li;Na (Nina);nina.li@tcd.ie;Walsh;Siobhán;s.walsh@ucc.ie
            # keys of a log's and an export's lines (an eleventh held-out set's): an account's id, a SIN, a plate
            field   | 2024-09-14T03:21:07Z INFO auth.login ok user_id=u_7731024 login=jmarquez\\n{"sin_number":"647 192 087","license_plate":"K93 FLP"} | 647 192 087;K93 FLP;u_7731024;jmarquez
            # not a sine's nor a laboratory's plate (the review's)
            field   | plate: 96-well\\nculture_plate: P0042\\nsin: 0.8414\\nangle_sin=0.5 |
            # an address, not the rest of its line; a name, not the remark in brackets after it (a review's: the SSN after an
            # address was taken in, "(control)" read as a surname)
            field   | Email: jane.doe@example.org, SSN: 078-05-1120\\nPatient name: Jane Doe (control) | jane.doe@example.org;Jane Doe
            field   | Nom : à compléter\\nVorname: unbekannt\\nFörnamn: Saknas\\nOrt: Zoom\\nNaam: n.v.t. |
            # a form's keys in capitals without a colon, the value after a gap or alone on the next line, and a key's colon at its
            # line's end (an Austrian registration form and a passport's page as a PDF gives them); not a table's headings, a
            # form's empty field before the next key, nor a key read as a value of the line before
            field   | FAMILIENNAME  DI MARCO-HUBER  VORNAME  LORENZO\\nGEBURTSDATUM  14.02.1988\\nGEBURTSORT  Villach | DI MARCO-HUBER;LORENZO;14.02.1988;Villach
            field   | SURNAME\\nOKAFOR\\nGIVEN NAMES\\nCHIDI EMEKA\\nDATE OF BIRTH\\n03 MAR 1979\\nNOM        DUPONT\\nPRÉNOMS    Jean Marc | OKAFOR;CHIDI EMEKA;03 MAR 1979;DUPONT;Jean Marc
            field   | Name:\\nJohn Padgett\\nSurname:\\nFirst name: Alan | Alan;John Padgett
            field   | TELÉFONO\\n659 21 74 08\\nLOCALIDAD\\nGetafe\\nDoğum Yeri        : Eskişehir | Eskişehir;659 21 74 08;Getafe
            field   | 5.  Father's Name .............................. : RAMESH KEMPEGOWDA\\n6.  Mother's Name ....: LATHA RAMESH | RAMESH KEMPEGOWDA;LATHA RAMESH
            # the review's: a key's word as a value in lower case is one ("City: Mobile"); not a table's two headings in capitals,
            # SQL's columns, YAML's or code's nested lines, a key's line under a key, a form's instruction under its key
            field   | City: Mobile\\nSurname: Street | Mobile;Street
            # a surname in capitals, a comma and a given name in a "Name" field (a seventh held-out set's police report)
            field   | "  Name:     OYELOWO, Babatunde                  Race/Sex: B/M" | OYELOWO, Babatunde
            field   | NOMBRE        CANTIDAD\\nLAST NAME  STATUS\\n  SURNAME     VARCHAR NOT NULL\\n  PRENOM      TEXT,\\naddress:\\n  street: 12 Main Street\\ndef phone(self):\\n  return "+44 20 7946 0000"\\nSURNAME\\nGiven names: Alan\\nSurname:\\nPlease write in capitals\\nPatient name:\\nTo be confirmed | 12 Main Street;Alan
            field   | NOM   DATE   MONTANT\\nNAME     QTY    PRICE\\nSURNAME    GIVEN NAMES    SEX\\nSURNAME\\nGIVEN NAMES\\nNAME   ADDRESS   CITY |
            # a definition's comments, and the last definition of a table before its insert; a backslash escapes a quote in
            # MySQL's inserts only (PostgreSQL's "'C:\'" is a drive); a text that ends inside a value after a backslash (the
            # review's)
            table   | "CREATE TABLE `t` (\\n  `dob` date\\n);\\nCREATE TABLE `users` (\\n  -- the patient's name, once\\n  `full_name` varchar(120),\\n  /* born, */ `dob` date\\n);\\nINSERT INTO `users` VALUES ('Hsu Mei-Lin','1991-04-27');" | Hsu Mei-Lin;1991-04-27
            table   | "INSERT INTO patients (full_name, note) VALUES ('Jan Kowalski','C:\\'), ('Anna Nowak','D:\\');" | Jan Kowalski;Anna Nowak
            table   | "INSERT INTO `p` (full_name) VALUES ('Anna\\" | Anna\\
            # a report's table aligned with spaces and no rule under its headings, its rows' cells near the headings' (a fifth
            # held-out set's utility bill); not prose after a heading's word, nor lines whose cells fall elsewhere
            table   | "Nombre y apellidos                         DNI/NIE      Fecha de nacimiento   Parentesco\\nMaría del Carmen Ruiz de Alarcón Vidal   50879412P    19/03/1978            titular\\nLuca Bianchi Ferraro                      Y4172839D    02/11/1975            cónyuge\\nCategoría: vulnerable (familia numerosa: no)" | María del Carmen Ruiz de Alarcón Vidal;50879412P;19/03/1978;Luca Bianchi Ferraro;Y4172839D;02/11/1975
            # a register's holder and plate columns (an eighth held-out set's Finnish parking register)
            table   | "Paikka  Huoneisto  Haltija                       Rek.nro  Lataus\nAP 1    A 1        Matti Virtanen                KXR-482  ei\nAP 2    A 2        Liisa Korhonen                ZGT-17   kyllä" | Matti Virtanen;KXR-482;Liisa Korhonen;ZGT-17
            # a Flemish CSV's municipality (an eighth held-out set's wedding list)
            table   | "tafel;voornaam;achternaam;adres;postcode;gemeente;gsm\n1;Lotte;Vercauteren;Kasteeldreef 17 bus 2;9000;Gent;0476 21 83 09\n1;Marc;Vercauteren;Leebrugstraat 88;9160;Lokeren;0475 30 91 44" | Lotte;Vercauteren;Kasteeldreef 17 bus 2;9000;Gent;0476 21 83 09;Marc;Vercauteren;Leebrugstraat 88;9160;Lokeren;0475 30 91 44
            # Portuguese and Italian registers' headings: a birth date, a health service user number, a mobile, a name (an eighth
            # held-out set's dentist's recall list and trial log)
            table   | "Proc.    Nome                     Data nasc.  NIF        N.º utente   Telemóvel\nP-04417  Albertina Rocha Pinto    12/04/1947  157382052  104 387 219  917 204 881\nP-05120  Manuel Joaquim Teixeira  30/11/1958  185927459  118 520 664  936 118 402" | Albertina Rocha Pinto;12/04/1947;157382052;104 387 219;917 204 881;Manuel Joaquim Teixeira;30/11/1958;185927459;118 520 664;936 118 402
            table   | "N. screening  Cognome e nome        Codice fiscale    Nato/a il   Telefono\n0412-011      ZANIN Luigi           ZNNLGU56C14G224C  14/03/1956  049 862 1173\n0412-012      BORTOLAMI Elisabetta  BRTLBT61P42L736F  02/09/1961  347 220 1984" | ZANIN Luigi;ZNNLGU56C14G224C;14/03/1956;049 862 1173;BORTOLAMI Elisabetta;BRTLBT61P42L736F;02/09/1961;347 220 1984
            table   | "Name  of the game is patience.  Address  it later.\\nMaria Lopez went home  today   19/03/1978" |
            # mysqldump's inserts without a column list, typed by their table's definition before them (a comment's comma, a
            # quote after a backslash); none without a definition (a fifth held-out set's users dump)
            table   | "CREATE TABLE `users` (\\n  `id` int NOT NULL,\\n  `username` varchar(40) NOT NULL,\\n  `tax_id` varchar(11) COMMENT 'SSN, sellers (US) only',\\n  `full_name` varchar(120),\\n  `zip` varchar(10),\\n  PRIMARY KEY (`id`)\\n);\\nINSERT INTO `users` VALUES (1,'kb_quilts','219-48-6630','Siobhan O\\'Keefe-Marsh','21042'),(2,'mei.lin','602-34-1187','Hsu Mei-Lin','91754');\\nINSERT INTO `orders` VALUES (1,'Hsu Mei-Lin','91754');" | kb_quilts;219-48-6630;Siobhan O\\'Keefe-Marsh;21042;mei.lin;602-34-1187;Hsu Mei-Lin;91754
            table   | "id;name;email;created\\n1;Support team;support@example.com;2024-01-02" | support@example.com
            # German tables' birth date headings "geb. am" and "Geb.-Datum" (a held-out set's club form; the name is the name
            # recognizer's "Surname, Firstname")
            table   | "Nr. | Name, Vorname            | geb. am    | Abteilung\\n----+--------------------------+------------+----------\\n 1  | Kaya-Hoffmann, Yasemin   | 17.02.1986 | Judo" | 17.02.1986
            person | Contacts\\nPriya\\n0412 345 678\\n\\nGarcia, Maria Ward 5\\nMette Kjærsgaard, 12.03.1985\\nEmma Clarke Account Manager | Priya;Mette Kjærsgaard;Emma Clarke;Garcia, Maria
            person | Dear Data Protection Officer, under the General Data Protection Regulation; your Flex Current Account; Summit Rewards member |
            person | 09:00 Registration: desk\\n11:00 Workshop: room 2\\n14:00 Workshop: room 3\\nThe train left at 10:16 Jeroen: late |
            person | Krzysztof called back. I spoke with Małgorzata yesterday. | Krzysztof;Małgorzata
            person | Vive en el Paseo Lázaro Cárdenas, 23.                 |
            person | Sent by Małgorzata Wiśniewska on Monday                | Małgorzata Wiśniewska
            person | Adebayo Ogunleye and Chidinma Okonkwo signed.         | Adebayo Ogunleye;Chidinma Okonkwo
            person | Domicilio: Calle Ramón Gómez de la Cerna 27, 3A.      |
            person | C/ Antonio Acuña. Nº 10 5ºA izq. 28009 Madrid         |
            person | Hospital Clínico San Carlos. C/ Doctor Martín Lagos, s/n. 28040 Madrid. |
            person | Rua Doutor Alves da Veiga 12, 4050-123                |
            person | C/ Doctor Juan Bravo, 3. Calle Maria Lopez. Nº 14. C/ Juan Bravo. Nº 3; Avenida Juan Carlos. n.º 7 |
            person | Dr. Antonio Acuña. No. 5 on the list                  | Antonio Acuña
            person | McGhan Medical Corporation, Santa Bárbara, California |
            person | CP 66260, Nuevo León, México                          |
            display | From: Olusegun Ogunbanjo <o.ogunbanjo@example.com>   | Olusegun Ogunbanjo
            display | "To: \"Kowalczyk, Agnieszka\" <agnieszka.kowalczyk@example.org>" | Kowalczyk, Agnieszka
            display | On Tue, 3 Dec 2026, Thandiwe Mbeki-Dlamini <tmbekidlamini@example.net> wrote: | Thandiwe Mbeki-Dlamini
            display | Cc: Acme Support <acme.support@acme.com>, J. Smith <jsmith@example.com> | J. Smith
            display | John Q. Public <john.public@example.com>              | John Q. Public
            display | Note from our CEO Ada Obi <ada.obi42@example.com>     | Ada Obi
            display | José Ñúñez <jose.nunez@example.es>                   | José Ñúñez
            display | Customer Service <customerservice@example.com>        |
            display | GitHub <noreply@github.com>                           |
            display | Olusegun Ogunbanjo <info@example.com>                 |
            display | Olusegun Ogunbanjo <olusegun@example.com>             |
            # the first name alone as the mailbox when the lists know it as a first name (a held-out set's support thread)
            display | From: Ciarán Breathnach <ciaran@banknitwear.ie>       | Ciarán Breathnach
            display | Apple Music <apple@example.com>; Grant Thornton <grant@example.com>; Victoria Hotel <victoria@example.com> |
            display | The Smith Family <thesmithfamily@example.com>         |
            # from the review: middle names, a part of a double surname, single quotes, "Last, First" unquoted, credentials, a department
            display | Olusegun Adewale Ogunbanjo <olusegun.ogunbanjo@example.com> | Olusegun Adewale Ogunbanjo
            display | Thandiwe Mbeki-Dlamini <thandiwe.mbeki@example.net>    | Thandiwe Mbeki-Dlamini
            display | 'Olusegun Ogunbanjo' <o.ogunbanjo@example.com>        | Olusegun Ogunbanjo
            display | To: Kowalczyk, Agnieszka <agnieszka.kowalczyk@example.org> | Kowalczyk, Agnieszka
            display | Olusegun Ogunbanjo MD <o.ogunbanjo@example.com>       | Olusegun Ogunbanjo
            display | "\"Ogunbanjo, Olusegun (ACME-IT)\" <olusegun.ogunbanjo@acme.example>" | Ogunbanjo, Olusegun
            # a role's mailbox, a list's name after "via"
            display | From: Release Manager <release.manager@corp.example>  |
            display | Build Server <build.server@corp.example>              |
            display | 'Olusegun Ogunbanjo' via Lagos Runners <lagos-runners@googlegroups.com> |
            display | "To: All Staff <all-staff@corp.example>, Board Members <board.members@corp.example>" |
            field   | "{\"id\": 48213, \"first_name\": \"Agnieszka\", \"last_name\": \"Kowalczyk\", \"dob\": \"1985-03-12\", \"address\": {\"street\": \"ul. Marszałkowska 84/92\", \"city\": \"Warszawa\", \"zip\": \"00-514\"}}" | Agnieszka;Kowalczyk;1985-03-12;ul. Marszałkowska 84/92;Warszawa;00-514
            field   | <name><given>Olusegun</given><family>Ogunbanjo</family></name><birthDate>1979-11-02</birthDate> | Olusegun;Ogunbanjo;1979-11-02
            field   | "<family value=\"Ogunbanjo\"/><given value=\"Olusegun\"/>" | Ogunbanjo;Olusegun
            field   | "{\"name\":[{\"family\":\"Ogunbanjo\",\"given\":[\"Olusegun\",\"Ade\"]}],\"postalCode\":\"62704\"}" | Ogunbanjo;Olusegun;Ade;62704
            field   | user=ogunbanjo_o ip=203.0.113.45 action=login name='Mary Okafor' phone=+44-7700-900123 | ogunbanjo_o;Mary Okafor;+44-7700-900123
            field   | "{'firstName': 'Thandiwe', 'LAST_NAME': 'Mbeki-Dlamini', 'SSN': '078-05-1120', 'mobileNumber': 12025550147}" | Thandiwe;Mbeki-Dlamini;078-05-1120;12025550147
            field   | "GET /signup?first-name=Chidi&email=chidi%40example.com&plz=10115 HTTP/1.1" | Chidi;chidi%40example.com;10115
            # a town's field with its postal code first, and town fields of Australian, Romanian, Norwegian and Finnish forms (a
            # held-out set's hotel card, gym form, donation form)
            field   | PLZ, Ort:            1020 Wien\\nOrt: D-80339 München\\nSuburb: CRONULLA\\nLocalitate: Cluj-Napoca\\nPoststed: Bergen\\nOra: Pomeriggio | 1020;Wien;D-80339;München;CRONULLA;Cluj-Napoca;Bergen
            # Romanian and Brazilian postal code and district fields (a held-out set's donation form and webhook payload)
            field   | Cod poștal:      030933\\n"cep": "05435-001", "bairro": "Vila Madalena", "logradouro": "Rua Harmonia 1187" | 05435-001;Vila Madalena;Rua Harmonia 1187;030933
            # a field's value that is none, or not of its type; "name", "family", "given" of things other than people
            field   | "{\"first_name\": null, \"last_name\": \"\", \"dob\": \"unknown\", \"phone\": \"n/a\", \"zip\": \"TBD\"}" |
            field   | "{\"product\": {\"name\": \"Widget Pro\", \"family\": \"sans-serif\"}, \"name\": \"Grand Canyon Tours\"}" |
            field   | "{\"address\": {\"family\": \"IPv4\"}, \"name\": \"eth0\", \"user\": {\"id\": 7}}" |
            field   | The first name field is required; see the name=value pairs below. |
            field   | "{\"name\": \"Olusegun Ogunbanjo\"}" |
            # from the review: fonts', plants', hosts' and tables' fields are no person's
            field   | "{""family"": ""Roboto Mono"", ""weight"": 400}" |
            field   | <match><edit name="family"><string>x</string></edit></match><family>DejaVu Serif</family> |
            field   | "{""genus"":""Rosa"",""family"":""Rosaceae""}" |
            field   | "[{""name"": ""Primary Database Server"", ""address"": ""10.0.0.5""}]" |
            field   | "{""type"":""Hostname"",""address"":""ip-10-0-1-5.ec2.internal""}" |
            field   | <row><cell>20230405</cell><cell>Total</cell></row> |
            field   | login=2024-01-05T10:00:00Z handle=0x7ffe4a3c |
            # escaped values, an INI file's spaces, namespaces, attributes, a value on the next line, a key with a space
            field   | "{""last_name"": ""Ma\\u0142ecka"", ""city"": ""Krak\\u00f3w""}" | Ma\\u0142ecka;Krak\\u00f3w
            field   | "[person]\nfirst_name = Olusegun Ade\nsurname = Ogunbanjo" | Olusegun Ade;Ogunbanjo
            field   | "<ns2:lastName>Okafor</ns2:lastName><lastName xml:lang=""yo"">Adeyemi</lastName><given id=""g1"" value=""Tunde""/><family value=""Bakare""/>" | Okafor;Adeyemi;Tunde;Bakare
            field   | "{""first_name"":\n    ""Chidi"", ""First Name"": ""Ngozi""}" | Chidi;Ngozi
            field   | GET /u?first_name=Jos%C3%A9&last_name=Ogunbanjo%2DAde | Jos%C3%A9;Ogunbanjo%2DAde
            # from the leak hunt: YAML and forms' lines, LDIF, keys with a prefix, DICOM's attributes, CDA's birth time
            field   | "patient:\n  first_name: Chidi\n  postal_code: 00-514\n  city: \""Reading\""  # home" | Chidi;00-514;Reading
            field   | "dn: CN=Ngata\\, Rewi,OU=Staff,DC=example,DC=org\ncn: Ngata, Rewi\nsn: Ngata\ngivenName: Rewi\nsAMAccountName: rngata\nl: Auckland\npostalCode: 1011" | Ngata, Rewi;Ngata;Rewi;rngata;Auckland;1011
            field   | "cn: not an LDIF file\nl: 42" |
            field   | "SEED_USER_LAST_NAME=Oduya\ncontact.lastName=Bustamante\ncontact.address.city=Miami\nfile_name=report.pdf" | Oduya;Bustamante;Miami
            field   | "PatientName: Abara^Chidi\nPatient's Birth Date: 19720904\nOperatorsName: Lundgren^Petra\nAccessionNumber: RAD2401150033" | Abara^Chidi;19720904;Lundgren^Petra;RAD2401150033
            field   | "<patient><birthTime value=""19750501""/></patient>" | 19750501
            field   | "Surname: OKAFOR  Forenames: CHIDI EMEKA\nCity: Enugu" | OKAFOR;CHIDI EMEKA;Enugu
            field   | "Login: Failed\nUser: Required\nAddress: see below\nName: Widget Pro" |
            field   | "City: shipping to Reading warehouse first, then onward\\n    Fix NPE when city: field is empty" |
            # from the second review: a login's state or a system's account, a form's placeholder, a place with a note
            field   | "Login: failed\\nUser: admin\\nPOSTGRES_USER: postgres\\nuser=guest" |
            field   | "Emergency contact: none listed\\nNext of kin: none known\\nfirstName: Change\\nlastName: Me" |
            field   | "City: Reading branch leading\\nCity: Stratford upon Avon" | Stratford upon Avon
            field   | "login=k.whitaker\\nUser: rnmiller" | k.whitaker;rnmiller
            field   | "dn: cn=Engineering,ou=Groups,dc=example,dc=com\\nobjectClass: groupOfNames\\ncn: Engineering\\ndescription: All staff" |
            # a space-aligned table headed in Dutch, a name, a birth date and a BSN a row (a sixth held-out set's insurance
            # policy); not a table whose headings name no person's fields
            table   | "Verzekerden\\n  Naam                   Geb.datum    BSN          Basis\\n  K. Haddouchi           02-11-1983   205918475    Zorg Vrij\\n  Noor Haddouchi         27-06-2013   318405763    Zorg Vrij" | K. Haddouchi;02-11-1983;205918475;Noor Haddouchi;27-06-2013;318405763
            table   | "Name    Version    Licence\\nfoo     1.2.0      MIT\\nbar     2.0        BSD" |
            # a form's given and middle names beside its last name's key, whole names' key in the plural, Mexico's surnames'
            # keys (a sixth held-out set's rental application, loan form and contract); not a recipe's steps
            field   | "Last name: COUTO-LAM          First: MARISA       Middle: Ana\\nFull names (as per ID): WANJIRU MUMBI KAMAU" | COUTO-LAM;MARISA;Ana;WANJIRU MUMBI KAMAU
            field   | "Nombre(s): ITZEL GUADALUPE     Apellido paterno: CARRASCO     Apellido materno: VILLANUEVA" | ITZEL GUADALUPE;CARRASCO;VILLANUEVA
            field   | "First: Preheat Oven\\nMiddle: Stir Well" |
            field   | "Last name: SMITH\\nFirst: Yes" | SMITH
            # ldapsearch's comment line before an entry (a sixth held-out set's directory export)
            field   | "# jmoret, personnes, example.ch\\ndn: uid=jmoret,ou=personnes,dc=example,dc=ch\\nobjectClass: inetOrgPerson\\nuid: jmoret\\ncn: Julien Moret\\nsn: Moret" | jmoret;Julien Moret;Moret
            vcard   | BEGIN:VCARD\\nVERSION:3.0\\nN:Ogunbanjo;Olusegun;Ade;Dr.;\\nFN:Dr. Olusegun Ade Ogunbanjo\\nTEL;TYPE=CELL:+44 7700 900123\\nADR;TYPE=HOME:;Flat 2;14 Acacia Avenue;Reading;Berkshire;RG1 4AB;UK\\nEMAIL:o.ogunbanjo@example.com\\nBDAY:1979-11-02\\nNOTE:Met at the conference\\nEND:VCARD | Ogunbanjo;Olusegun;Ade;Dr. Olusegun Ade Ogunbanjo;+44 7700 900123;Flat 2;14 Acacia Avenue;Reading;RG1 4AB;o.ogunbanjo@example.com;1979-11-02
            vcard   | "BEGIN:VCARD\\r\\nVERSION:4.0\\r\\nitem1.TEL;VALUE=uri:tel:+1-217-555-0147\\r\\nEMAIL;TYPE=work:mailto:tmd@example.net\\r\\nEND:VCARD\\r\\nN:Not;A;Card" | +1-217-555-0147;tmd@example.net
            vcard   | "BEGIN:VCALENDAR\\nBEGIN:VEVENT\\nSUMMARY:Review\\nATTENDEE;CN=Thandiwe Mbeki-Dlamini;ROLE=REQ-PARTICIPANT:mailto:tmd@example.net\\nORGANIZER;CN=""Kowalczyk, Agnieszka"":mailto:a.k@example.org\\nEND:VEVENT\\nEND:VCALENDAR" | Thandiwe Mbeki-Dlamini;Kowalczyk, Agnieszka
            vcard   | N:Ogunbanjo;Olusegun outside a card\\nFN:Nobody |
            table   | "| First Name | Last Name | DOB        | Notes |\\n|------------|-----------|------------|-------|\\n| Agnieszka  | Kowalczyk | 1985-03-12 | ok    |\\n| Olusegun   | Ogunbanjo | 1979-11-02 |       |" | Agnieszka;Kowalczyk;1985-03-12;Olusegun;Ogunbanjo;1979-11-02
            table   | " first_name | last_name | city\\n-------------+-----------+-----------\\n Thandiwe    | Mbeki     | Reading\\n(1 row)" | Thandiwe;Mbeki;Reading
            table   | INSERT INTO patients (id, first_name, last_name, dob, zip) VALUES (1, 'Agnieszka', 'Kowalczyk', '1985-03-12', '00-514'), (2, 'Seán', 'O''Brien', NULL, 'D02 X285'); | Agnieszka;Kowalczyk;1985-03-12;00-514;Seán;O''Brien;D02 X285
            table   | "| Item | Qty | Price |\\n|------|-----|-------|\\n| Widget | 2 | 3.50 |" |
            table   | "a | b\\nuse x || y for or" |
            # a table pasted as CSV or TSV, with a heading of field names; an "id" column of a person's table
            table   | "Export below.\\nid,last_name,first_name,email,dob,plan\\nPF-104871,Okonkwo,Chidi,chidi@example.com,1990-07-14,GOLD\\nPF-104872,\"Al-Masri, Jr\",Youssef,,1978-05-23,BASIC\\n\\nThanks" | PF-104871;Okonkwo;Chidi;chidi@example.com;1990-07-14;PF-104872;Al-Masri, Jr;Youssef;1978-05-23
            table   | "anstnr;efternamn;fornamn;epost;mobil;postnr;ort;kontonr\\n1042;Björk;Linnéa;linnea@example.se;070-174 06 12;113 34;Stockholm;994 512 403-1" | 1042;Björk;Linnéa;linnea@example.se;070-174 06 12;113 34;Stockholm;994 512 403-1
            table   | "Förnamn;Efternamn;E-post;Ort\\nLinnéa;Björk;linnea@example.se;Göteborg" | Linnéa;Björk;linnea@example.se;Göteborg
            field   | Förnamn: Linnéa\\nFødselsdato: 12.03.1985\\nDirección: Calle Mayor 5\\nCPR: 2 rounds, ROSC at 10:15\\nNom: 2 rounds | Linnéa;12.03.1985;Calle Mayor 5
            table   | "Name\\tE-mail\\tPhone\\tNotes\\nMette Holm\\tmette@example.dk\\t+45 22 61 48 93\\tVIP" | Mette Holm;mette@example.dk;+45 22 61 48 93
            table   | "We met, as planned, on Monday; the phone, email and address were fine, and the zip, too.\\nitem,qty,price\\nwidget,2,3.50\\nid,phone,notes\\nA1,555-0100,x" |
            # tables aligned with spaces under a rule of dashes (a census report, a payroll export), a footer with one cell
            table   | "MRN       PATIENT NAME              DOB         ROOM  ATTENDING\\n--------  ------------------------  ----------  ----  ---------------\\n00451277  ABERCROMBIE, WINSTON J    07/14/1938  412A  GUPTA, R\\n00452008  FERREIRA-SOUZA, JOAO      01/29/1972  420   OKONJO, A\\nTOTAL: 2\\n\\nNAME  none" | 00451277;ABERCROMBIE, WINSTON J;07/14/1938;GUPTA, R;00452008;FERREIRA-SOUZA, JOAO;01/29/1972;OKONJO, A
            table   | "EMP#   LAST NAME        FIRST NAME   SSN          SALARY\\n------ ---------------- ------------ ------------ ----------\\n004471 Vandermolen      Griet        512-38-4471   71,250.00" | 004471;Vandermolen;Griet;512-38-4471
            table   | "COPY public.patients (id, first_name, last_name, dob, eircode) FROM stdin;\n1\tAoife\tNí Bhriain\t1950-10-02\tD11 R2F7\n2\tMarguerite\tDelacroix-Bayle\t\\N\t\\N\n\\.\nSELECT 1;" | Aoife;Ní Bhriain;1950-10-02;D11 R2F7;Marguerite;Delacroix-Bayle
            # from the old-against-new review: a service's display name, a table about fields, an SSN's 9xx area (an ITIN)
            table   | "Status   Name               DisplayName\\n------   ----               -----------\\nRunning  AdobeARMservice    Adobe Acrobat Update Service\\nStopped  AppIDSvc           Application Identity" |
            table   | "| Field | Type | Example |\\n|-------|------|---------|\\n| first_name | string | Jane |\\n| last_name | string | Doe |" |
            table   | "EMP#   Last Name    SSN\\n-----  -----------  -----------\\n10022  Mbeki        987-65-4321" | 10022;Mbeki
            table   | "ITEM        QTY   PRICE\\n----------  ----  -----\\nWidget Pro  2     3.50" |
            # a seventh held-out set's registers: a pharmacy's log whose people's columns are "Patient", "NHS No" and "Prescriber", a
            # crew list's "Emp ID" and its names written as tickets write them, a Greek hotel's register under Greek headings
            table   | "Time   Patient                  DOB         NHS No        Item / Qty                    Prescriber    Status\\n09:14  Margaret Ellison         17/09/1941  472 136 2544  Amlodipine 5mg tab x28        Dr Fairbairn  Collected" | Margaret Ellison;17/09/1941;472 136 2544;Dr Fairbairn
            table   | "Pos  Name              Emp ID  Nationality  DOB\\nCA   HALVORSEN/INGRID  E40217  CAN          03FEB76" | HALVORSEN/INGRID;E40217;03FEB76
            table   | "Αρ.Κράτησης;Επώνυμο;Όνομα;Πατρώνυμο;Ημ.Γέννησης;Αρ.Εγγράφου;Διεύθυνση;Τ.Κ.;Πόλη;Τηλέφωνο;Email;Δωμ.\\nR-240611;Παπαδοπούλου;Ελένη;Γεώργιος;03/04/1982;ΑΜ 482913;Λεωφ. Κηφισίας 212;145 62;Κηφισιά;+30 694 418 2276;e.p@otenet.gr;204" | Παπαδοπούλου;Ελένη;Γεώργιος;03/04/1982;ΑΜ 482913;Λεωφ. Κηφισίας 212;145 62;Κηφισιά;+30 694 418 2276;e.p@otenet.gr
            table   | "Pos  Name              Qty  Price\\nCA   WIDGETS/BOLTS     2    3.50" |
            # a ticket's name under "Name" in a table that is read (a birth date's column) only with a word of the lists; a
            # Greek register without a Latin heading; a fare table's "Passenger" column of no names (the review's)
            table   | "Pos  Name              Qty  DOB\\nCA   WIDGETS/BOLTS     2    03FEB76" | 03FEB76
            table   | "Επώνυμο;Όνομα;Ημ.Γέννησης;Τ.Κ.\\nΠαπαδοπούλου;Ελένη;03/04/1982;145 62" | Παπαδοπούλου;Ελένη;03/04/1982;145 62
            table   | "| Passenger | DOB |\\n|---|---|\\n| Adult | n/a |\\n| Senior Citizen | n/a |" |
            table   | "ansattnr;etternavn;fornavn;kontonr;stilling\\nFE-1004;Berntsen;Håkon;1503.03.93179;Daglig leder" | FE-1004;Berntsen;Håkon;1503.03.93179
            table   | "Seq   Name                       Seat   PNR     Doc  Doc No              Nat  DOB\\n001   WHITFORD/JAMES MR          1A     TT9WQ2  P    583920174           USA  07JAN62" | WHITFORD/JAMES MR;TT9WQ2;583920174;07JAN62
            # numbers read out in a call's transcript (a card's 4532 0151 1283 0366 and 4111 1111 1111 1111 pass Luhn;
            # 4532 0151 1283 0367 does not; 666 is no SSN area)
            spoken card  | Customer: Sure, it's four five three two, zero one five one, one two eight three, zero three six six. | four five three two, zero one five one, one two eight three, zero three six six
            spoken card  | "FOUR ONE ONE ONE. ONE ONE ONE ONE, uh, one one one one, one one one one, oh four two six" | FOUR ONE ONE ONE. ONE ONE ONE ONE, uh, one one one one, one one one one
            spoken card  | forty-five thirty-two, oh one fifty-one, twelve eighty-three, oh three sixty-six | forty-five thirty-two, oh one fifty-one, twelve eighty-three, oh three sixty-six
            spoken card  | four five three two, zero one five one, one two eight three, zero three six seven |
            spoken card  | one two three four five six seven eight nine ten eleven twelve thirteen |
            spoken ssn   | Agent: Can I confirm your social? Customer: Yeah, one two three, four five, six seven eight nine. | one two three, four five, six seven eight nine
            spoken ssn   | my SSN is two one nine, oh nine, nine nine nine nine | two one nine, oh nine, nine nine nine nine
            spoken ssn   | my social is six six six, one two, three four five six |
            spoken ssn   | the order was one two three, four five, six seven eight nine |
            spoken ssn   | Her social media handle ends in one two three four five six seven eight nine. |
            spoken phone | Agent: And the best number to reach you? Customer: Five five five, two one two, four four six seven. | Five five five, two one two, four four six seven
            spoken phone | call me on oh seven seven double oh, nine double oh one two three | oh seven seven double oh, nine double oh one two three
            spoken phone | we counted five five five, two one two, four four six seven boxes |
            """)
    void foundOverTheThreshold(String name, String text, String expected) {
        String t = text.replace("\\r", "\r").replace("\\n", "\n").replace("\\t", "\t");
        List<RecognizerResult> found = recognizer(name).analyze(t);
        String actual = String.join(";", found.stream().filter(r -> r.score() >= 0.5).map(r -> t.substring(r.start(), r.end())).toList());
        assertEquals(expected == null ? "" : expected, actual);
    }

    /** More rows of {@link #foundOverTheThreshold}: one table's text block reached the class file's limit for a constant (64 KB). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # a fourteenth held-out set's exports: a roster's short headings, a refund list's identity card and account columns
            table   | "student_id,last,first,gr,age,stop_time,guardian,guardian_phone\\n3820417,Nakamura,Hana,K,5,7:02,Emi Nakamura,719-555-0181\\n" | 3820417;Nakamura;Hana;Emi Nakamura;719-555-0181
            table   | "card_no,surname,forenames,address1,address2,postcode\\n29007004418631,McCANN,Roisin Aine,22 Sandown Road,Belfast,BT5 6GU\\n29007003992104,O'NEILL,Patrick Joseph,Flat 6,Upper Newtownards Rd,BT4 3HW\\n" | 29007004418631;McCANN;Roisin Aine;22 Sandown Road;Belfast;BT5 6GU;29007003992104;O'NEILL;Patrick Joseph;Flat 6;Upper Newtownards Rd;BT4 3HW
            table   | "route,first,last,interval\\nR1,Central Station,Airport Terminal,15\\nR2,Harbour Front,City Hall,20\\n" |
            table   | "pledge_id,backer_name,mykad_or_passport,email,acct_no,amount_rm\\nP-0312,Tan Mei Ling,870309-07-5238,meiling.tan87@gmail.com,3190447721,50.00\\n" | Tan Mei Ling;870309-07-5238;meiling.tan87@gmail.com;3190447721
            person  | P-0311,Nurul Ain binti Kamarudin,950822; P-0315,Muthusamy a/l Rajan,790117; P-0327,Gurpreet Kaur a/p Balwant Singh,850930 | Nurul Ain binti Kamarudin;Muthusamy a/l Rajan;Gurpreet Kaur a/p Balwant Singh
            cyrillic | Комиссия в составе: инженер Гусейнов Р. А., мастер участка Белова Т.Н., оценщика Д. И. Корнеева от 24.03 | Гусейнов Р. А.;Белова Т.Н.;Д. И. Корнеева
            # a surname of any ending before its initials after a title (a seventeenth held-out set's Ukrainian transcript
            # request); not a university's or a chair's word, nor without the title
            cyrillic | права Університету «Перспектива» проф. Бондар І. В. студентки 4 курсу; куратор групи доц. Мельник С. О., 05.03.2025 | Бондар І. В.;Мельник С. О.
            cyrillic | проф. Університет А. Б.; Бондар І. В. без титулу; доц. Кафедра С. О. |
            cyrillic | Подписал Д. И. Корнеева. | Д. И. Корнеева
            cyrillic | университет имени М. В. Ломоносова; МГМУ им. И. М. Сеченова; пр. В. И. Ленина, д. 10; ул. Н. А. Некрасова |
            cyrillic | в присутствии собственника кв. 118 Ермаковой Натальи Викторовны с | Ермаковой Натальи Викторовны
            cyrillic | ГУ МВД России по г. Москве; СНИЛС 156-302-781 54; Закон РФ; Указ Президента Р. Ф.; Москва Т. Н. |
            # letterheads' letters with a blank after them, New Zealand's two-digit area code, Nigerian and Philippine mobiles,
            # a freephone number (an eleventh held-out set's probate letter, vet invoice, guarantor form and payslip); not a
            # letter before a measure or a count, nor a longer run
            phone  | T 061 418 233   E probate@hq.ie; ph 07 578 2290; after hours 0800 555 838; Chiamaka, 0706 555 3314; hotline 0917 555 0123 | 061 418 233;07 578 2290;0800 555 838;0706 555 3314;0917 555 0123
            phone  | T 37.5; M 72 kg; pH 7.35; T 2024 0312 77; 0706 555 3314 9; Part 0800 555 838 12 |
            # Turkish mobiles in four, three and four or four, three and pairs (a fifteenth held-out set's building register)
            phone  | yeni kiracı Burak Şen (0544 203 7719); Daire 1,Hüseyin Aydemir,0532 418 7703,malik; ara 0505 771 33 42 | 0544 203 7719;0532 418 7703;0505 771 33 42
            phone  | kod 0532 418 7703 9; 0532 418 77 03 12 |
            # a register's cell with the surname in capitals, a comma and given names no list knows (a twelfth held-out set's
            # interview schedule); not a heading's or a warning's words, a town and its country
            person | 09:40  \t ABUBAKARI, Fuseini Iddrisu \t GHA-003918274-6 | ABUBAKARI, Fuseini Iddrisu
            person | 'NOTE, Please see the attached  \t LONDON, United Kingdom  \t WARNING, Hot Surface' |
            person | 'Vendors:  \t IBM, Accenture  \t SAP, Oracle  \t' |
            # Serbian surnames in "-ић" and Ukrainian patronymics in "-івна" (a thirteenth held-out set's death register
            # extract and IDP certificate)
            cyrillic | Отац: МИЛАН СТОЈАНОВИЋ; мајка: Јелена Стојановић. Особа: КОВАЛЕНКО Олена Вікторівна, 1986 | МИЛАН СТОЈАНОВИЋ;Јелена Стојановић;КОВАЛЕНКО Олена Вікторівна
            # a town after the abbreviation of its kind, a district after its word; not a year's "г."
            place | адрес гр. София, ж.к. Младост 1; м. Львів, вул. Наукова; район Лозенец; or. Ungheni; mun. Chișinău | София;Младост;Львів;Лозенец;Ungheni;Chișinău
            place | 'дело № 218 от 2025 г. Днес; кв. 118; 5 м. Висока' |
            # a town of the gazetteer ending an address after a comma, a digit of the address before it on its line (a
            # thirteenth held-out set's nikah nama, admission letter, dive release); not without a digit, nor before more words
            place | 'r/o House 118, Street 7, F-10/2, Islamabad; age 26\\nFlat 304, Shreeji Heights, Karve Nagar, Pune - 411052 Mob.\\n12, Triq il-Kbira, Mosta MST 1018' | Islamabad;Pune;Mosta
            place | 'Dear Ms Patel, Bristol is lovely.\\nWe met at 10, Lahore said nothing; Item 12, Bristol Road' |
            # names in capitals with their accents, which the lists know without them (a thirteenth held-out set's Mexican
            # birth register); not a heading's words
            person | 'Oficial del Registro Civil: LIC. MARÍA FERNANDA GÓMEZ ARIAS; abuelos: RAFAEL ORTEGA PULIDO y ROSA ELENA VILLASEÑOR DÍAZ (finada)' | MARÍA FERNANDA GÓMEZ ARIAS;RAFAEL ORTEGA PULIDO;ROSA ELENA VILLASEÑOR DÍAZ
            person | 'OFICINA DEL REGISTRO CIVIL DE GUADALAJARA, ESTADO DE MÉXICO; SEGÚN INFORMACIÓN GENERAL' |
            # French "M." before a name, read as an initial before; officers' ranks before a known name (a thirteenth held-out
            # set's volunteer form, bail order, death investigation); not a degree, a rank before a thing
            person | 'voisine; M. Samuel Jaquier, Amicale portugaise; Services Officer Luis Castañeda-Ruiz, (816); Tucson Police Dept., Ofc. J. Kline #3307' | M. Samuel Jaquier;Luis Castañeda-Ruiz;J. Kline
            person | 'M. Sc. Thesis by the Officer Training Program and Detective Fiction Club; Chief Financial Officer Report' |
            person | 'L. Parking\\nM. Young Persons; Schedule M. Hall Effect Measurements' |
            cyrillic | МАГАЗИН Виктория; КАРАНТИН Мария; ЗВУК Александр |
            # a place after a Serbian label of birth, death or residence (a thirteenth held-out set's death register extract)
            place | Место рођења: Сремски Карловци; Пребивалиште: Нови Сад; Место смрти: Нови Сад (Лиман) | Сремски Карловци;Нови Сад;Нови Сад
            # the review's: names and common words that are towns too, a table's count in Greek or Russian
            place | 'A-100,Orange,12; Colour 12, Orange; Chapter 12, Temple.; Item 12, Victoria.' |
            place | 'Πίνακας 3, 1500 Εργαζόμενοι; Таблица 4, 2500 Рублей; За третий квартал Газпром увеличил' |
            # the fortieth session's review: an employer, a university, a ground after "at"; a club's, a product's, a wine's
            # town in brackets; a terminal's and a race's letter and digit after a town
            place | She worked at Nokia for ten years. He studied at Harvard. They lost 2-1 at Brentford. macOS 13 (Ventura); Hyundai (Tucson), 2021; Cabernet Sauvignon (Napa) |
            place | Flight EK 29, Dubai T3, gate B12. Round 7, Silverstone F1 qualifying. |
            place | Dated at Cape Town this 5th day; Son Dale Pettigrew (Flagstaff) informed | Cape Town;Flagstaff
            id    | This fixes reference JDK-8295678. El escrito fue radicado 12/03/2024 ante. Регистрационный номер 2019-06-12 от. ID: 192.168.100.200. Customer number 1.250.000 reached. Account: Q3-2024 forecast 12500 |
            zip   | Visitors by market: Singapore 4520, Malaysia 3100. Flights from Singapore 2100 hrs daily. |
            # a number in its groups alone in brackets after a name (a sixteenth held-out set's moving inventory and casting
            # sheet); not a year's range, a count, nor after a word in small letters
            phone  | Chefe de equipa: Rui Sampaio (936 102 584)      Motorista; stand-in Hanne Lie Berg (478 61 004). | 936 102 584;478 61 004
            phone  | Budget Review (2019 2020 2021); Schedule B (100 200 300); the total (936 102 584). |
            phone  | davčna številka 71420932      GSM 041 582 337, e-pošta; Gsm: +386 41 582 337 | 041 582 337;+386 41 582 337
            phone  | Bands: GSM 900 1800 1900, GSM 850/900, GSM 0900 1800 1900 MHz; Net Loss (12 345 678); Résultat Net (25 350 000) | 
            # a CSV whose heading names a name's and a town's columns alone (no first or last name, no city); not a line of
            # prose with the same words
            table | name,age,town\\nJohn Miller,34,Leeds\\nAda Obi,71,Kano\\n | John Miller;Leeds;Ada Obi;Kano
            table | Her name, age, town and school were asked.\\nAda, 71, Kano, Kings\\n |
            # a sixteenth held-out set's tables: a column of ages (the age recognizer's, pii and gdpr only: the table
            # recognizer, HIPAA's too, reports none), Latvian and Croatian headings, a province, a GitHub login
            table age | name,age,town\\nJohn Miller,34,Leeds\\nAda Obi,71,Kano\\n | 34;71
            table age | "Date | Patient | Age | Address\\n03.03.2025 | Ramesh Kulkarni | 67 | B-12 Sai Prasad CHS, Karve Nagar\\n" | 67
            table age | Client\\tAge\\tAddress\\tPhone\\nMzee Joseph Otieno\\t81\\tHse 14, Othaya Road\\t0722 418 905\\n | 81
            table age | Nr.;Vārds;Uzvārds;Personas kods;Vecums;Pilsēta\\n101;Jānis;Bērziņš;140386-12158;39;Rīga\\n | 39
            table age | name,age,town\\nJohn Miller,18-25,Leeds\\nAda Obi,4.5,Kano\\nBo Li,130,Hull\\n |
            table age | The age of the house, 1920\\nmatters |
            # the review's: a SHA-1 value written as an Ethereum address is (under the threshold without a wallet's word); a
            # system's account in an sshd or access log, a decorator in brackets, a pipeline's author
            crypto | TPM PCR 0 : 0x3DCAA6F1D9C1A1B8A5E4B0C4F8D2B5A8C3E7D9F0; Firmware hash: 0x58e6b3a414a1e090dfc6029add0f3555ccba127f |
            # (a group's and a bot's handle after a chat's name, the review's)
            user   | "Alerts go to slack: ""@sre-oncall""\nPing the bot on discord: @MEE6" |
            user   | Failed password for oracle from 1.2.3.4 port 22 ssh2\\n10.0.0.5 - healthcheck [06/Feb/2025:20:31:02 +0000] "GET /"\\nsee (@staticmethod)\\n0a1b2c3 release <ci@example.org> bump |
            # the review's: an age's column of things, not people (no person's name on the row); an input method's line
            table age | "| Asset | Age | Condition |\\n|---|---|---|\\n| Boiler | 12 | good |\\n" |
            table age | Name,Age,Status\\nweb-01,3,up\\ndb-02,5,down\\n |
            table age | name,age,town\\nJohn Miller,34,Leeds\\nweb-01,3,Hull\\nAda Obi,71,Kano | 34;71
            field  | IME: Microsoft Pinyin; Input settings\\nIME: Google Japanese Input |
            table | Nr.;Vārds;Uzvārds;Personas kods;Vecums;Pilsēta\\n101;Jānis;Bērziņš;140386-12158;39;Rīga\\n | Jānis;Bērziņš;140386-12158;Rīga
            table | Ime\\tPrezime\\tDat. rođ.\\tBroj isprave\\tPrebivalište\\nLukas\\tBergmann\\t14.02.1988.\\tC4F7R2K91\\tStuttgart\\n | Lukas;Bergmann;14.02.1988.;C4F7R2K91;Stuttgart
            table | reg_id,first_name,last_name,github,city,province,age\\nHX25-0001,Aanya,Bhattacharya,aanyab,Montréal,QC,20\\n | HX25-0001;Aanya;Bhattacharya;aanyab;Montréal;QC
            # a seventeenth held-out set's tables: a Catalan co-operative's export (its member numbers, postal codes and towns
            # were left), a New Zealand payroll's tax numbers, an Indian trial log's screening numbers, hospital identifiers
            # and ages with the sex; not "CP" in a note's line, nor an age with the sex on a row without a person's name
            table | num_soci;nom;cognoms;dni_nie;adreça;cp;municipi;telèfon\\n0147;Jordi;Vilaplana Serra;40917256A;Carrer Major, 12;25200;Cervera;973 55 31 20\\n | 0147;Jordi;Vilaplana Serra;40917256A;Carrer Major, 12;25200;Cervera;973 55 31 20
            table | emp_no,first_name,last_name,ird_number,tax_code\\n1042,Aroha,Ngata,49-182-376,M\\n | 1042;Aroha;Ngata;49-182-376
            table | "Scr no | Name | Age/Sex | DOB | UHID | Outcome\\nS112-001 | Anil Shankar Patwardhan | 57/M | 03-02-1967 | SHRC/22/104418 | enrolled\\n" | S112-001;Anil Shankar Patwardhan;03-02-1967;SHRC/22/104418
            table age | "Scr no | Name | Age/Sex | DOB | UHID | Outcome\\nS112-001 | Anil Shankar Patwardhan | 57/M | 03-02-1967 | SHRC/22/104418 | enrolled\\n" | 57/M
            table age | "Unit | Age/Sex | Notes\\nPump 4 | 12/M | ok\\n" |
            field | CP: 2/10, SOB on exertion\\nCP: none |
            # the review's: "cp" heads a Pokémon's combat points, a fluid's heat capacity, a process's capability (only a postal
            # code's five digits are typed); "nom" heads a list of shops
            table | name,cp,hp,type\\nPikachu,1200,35,electric\\nRaichu,2889,60,electric\\n |
            table | "| Item | Cp | Cpk |\\n|---|---|---|\\n| Bore | 1.33 | 1.2 |\\n" |
            table | nom;ville;code postal\\nCarrefour Part-Dieu;Lyon;69003\\nAuchan Nord;Lille;59000\\n |
            # an eighteenth held-out set's: a given name that is a common word too after a greeting's word, a name after a
            # Filipino elder brother's word; not "Hi There,", a pet name, a season (the review's)
            person | "Hi Jordan,\\nThe refund is fine. From +639285551873 (Kuya Ramil): ok. Hi There, all good. Hi Will, thanks. Hi Love, Hello Summer! Hi Chief," | Ramil;Jordan;Will
            # a town after "in" under the threshold without a person's word (the review's: "placed", a firm's "lebt" are none)
            place | The order was placed in Chicago. Die Marke lebt in Hamburg. |
            # a nineteenth held-out set's: a Swiss citizen's place of origin; not a district's or a locality's key, a sales
            # district's and a census's as often (the review's)
            field | "{""address"": ""9 Heol y Felin"", ""district"": ""Rhiwbina"", ""city"": ""Cardiff""}\\nHeimatort: Wädenswil ZH\\nBürgerort: Glarus\\nDistrict: Sales East\\nLocality: Urban" | 9 Heol y Felin;Cardiff;Wädenswil ZH;Glarus
            # a nineteenth held-out set's: Italian's and French's words that begin a sentence, a firm's name before an ampersand
            # and its company's or its sons' word in Title case; people before an ampersand still, a given name and a surname
            # that are a word and a language too (the review's)
            person | "Letto, confermato e sottoscritto. Frais de sauvetage facturés. Tiffany & Co. pendant; Huber & Söhne Immobilien AG; Anna & Marie Peeters; Maria Costa & son visited the clinic. Contact: Mio Andersson; Ravi Hindi came" | Anna;Marie Peeters;Maria Costa;Mio Andersson;Ravi Hindi
            # a nineteenth held-out set's: a guest's name after a room's number (not a house's), a Sikh name's three words of a
            # given name the name model had not seen; still no person after a house's number
            person | "LATE ARRIVALS\\nRm 104  Aileen Kerr, conf. CMH-88391\\nCourt file 24-1045-01, R. v. Jaskaran Singh Dhillon (in custody).\\n1812 Rue De La Gare" | Aileen Kerr;Jaskaran Singh Dhillon
            # (the review's: a hall's, a flat's, a suite's, a table's name after its number; a district's "Singh Nagar")
            person | "Room 215 Jackson Hall; Flat 3 Victoria Mansions; Suite 400 Morgan Stanley; Table 4 Caesar Salad. The office is in Udham Singh Nagar district." |
            # a nineteenth held-out set's: a column no heading types whose cells are towns of the gazetteer (three in five, two
            # at least); not a column of plans or of diets
            table | "side,guest,relation,from,mobile,adults\\nB,Lakshmi Iyer,aunt,Chennai,+91 98400 55123,2\\nG,Rajesh Sharma,uncle,Jaipur,+91 94140 55290,2\\nG,Tenzin Dolkar,friend,Gangtok,+91 97330 55046,1" | Lakshmi Iyer;+91 98400 55123;Rajesh Sharma;+91 94140 55290;Tenzin Dolkar;+91 97330 55046;Chennai;Jaipur;Gangtok
            table | "name,email,plan,diet\\nAnn Lee,ann@example.com,Gold,Vegan\\nBob Ray,bob@example.com,Silver,Halal\\nCy Fox,cy@example.com,Gold,Jain" | Ann Lee;ann@example.com;Bob Ray;bob@example.com;Cy Fox;cy@example.com
            # (the review's: a column of wines, of car models, of teams named after towns)
            table | "name,email,wine,model,team\\nAnn Lee,ann@example.com,Chablis,Tucson,Chelsea\\nBob Ray,bob@example.com,Sancerre,Ibiza,Liverpool\\nCy Fox,cy@example.com,Barolo,Santa Fe,Arsenal" | Ann Lee;ann@example.com;Bob Ray;bob@example.com;Cy Fox;cy@example.com
            # a nineteenth held-out set's: a person placed on the line before a wrapped sentence's town; not across a heading's
            # line that ends without a word in lower case, nor a hotel's or a position's town without a person (the review's)
            place | "She has applied for a seasonal job at the\\nChâteau Laurier in Ottawa and intends to return. SNOW REPORT\\nin Buffalo today. The best hotel in Barcelona for families. Open position in London: Java" | Ottawa
            # a nineteenth held-out set's: a name the lists do not know after a child's word in Dutch or French
            person | "Voorgeschiedenis: hypertensie; dochter Lotte (24) had dezelfde klachten; la fille Inès est venue" | Lotte;Inès
            # a nineteenth held-out set's ticket export: a Czech customer's number, an agent's login; not a web log's user agent
            table | "jméno;zákazník;telefon;agent;stav\\nJana Dvořáková;Z-204417;+420 604 555 218;kpolak;vyřešeno\\n" | Jana Dvořáková;Z-204417;+420 604 555 218;kpolak
            table | "| Date, time | Name | Age |\\n|---|---|---|\\n| Mon 10/03, 10:00 | Eirlys May JENKINS | 88 |\\n| Tue | Widget Pro MAX | 3 |\\n| Wed | Ice Cream BERRY | 4 |\\n" | Eirlys May JENKINS
            table | "| Name | Client ID | SDDL |\\n|---|---|---|\\n| Mobile app | 0oa1b2c3d4E5F6g7H8i9 | S-1-5-32-544 |\\n" |
            zip | 'MART LTD     Circular Road, Roscommon F42 HN56     090; Michael Kilbride, Lisacul, Ballaghaderreen, F45 RW83, 087; Order ref K45 ACE7 from; Laois County Council approved grant 20391; Samsung Galaxy A54 2023 model; Terminal Gate D12 0930 boarding' | F42 HN56;F45 RW83
            table | "meldingnr;ontvangen;categorie;melder;telefoon;behandelaar\\nM25-031187;03-03-2025 08:14;Straatverlichting;H. Wiersma;06-55512874;mor_tbos\\nM25-031266;04-03-2025 19:22;Fietswrak;Sanne de Boer;050 555 2218;mor_avdmeer\\n" | M25-031187;H. Wiersma;06-55512874;mor_tbos;M25-031266;Sanne de Boer;050 555 2218;mor_avdmeer
            table | "ip,time,agent,email,phone\\n10.0.0.1,12:00,curl/7.68.0,a@example.com,555-0100\\n" | a@example.com;555-0100
            # a twentieth held-out set's national numbers in columns of their own: Slovenia's EMŠO between bars, Estonia's isikukood
            # in a TSV, Iceland's kennitala aligned with spaces, Vietnam's number under a heading with a comma, a Zambian register's
            # card, a dental practice's chart; not a chart's kind in a dashboard's export
            table | "ime in priimek | sorodstvo | EMŠO | dohodek\\nBojan Kovačič | oče | 0903972502146 | 18.420,00 EUR\\n" | Bojan Kovačič;0903972502146
            table | "nr\\tnimi\\tisikukood\\ttelefon\\taadress\\n1\\tTõnu Lepik\\t36804120525\\t+372 5555 1093\\tPärna tn 4-7, Suure-Jaani\\n" | 36804120525;+372 5555 1093;Pärna tn 4-7, Suure-Jaani
            table | "Staða        Nafn                       Kennitala    Lögheimili                  Sími\\nSkipstjóri   Guðmundur Þór Sigurðsson   140471-3219  Víkurbraut 21, 240          866 5521\\n" | Guðmundur Þór Sigurðsson;140471-3219;Víkurbraut 21, 240;866 5521
            table | "TT | Họ, chữ đệm và tên | Ngày sinh | Số định danh cá nhân\\n1  | LÊ MINH KHÔI       | 09/10/1995 | 036095001832\\n" | LÊ MINH KHÔI;09/10/1995;036095001832
            table | "| # | name | NRC / passport | age |\\n|---|---|---|---|\\n| 1 | MULENGA, Joseph | 221947/11/1 | 34 |\\n" | MULENGA, Joseph;221947/11/1
            table | "chart,last_name,first_name,dob\\nCBD-01844,Alleyne,Marcia,1968-05-19\\n" | CBD-01844;Alleyne;Marcia;1968-05-19
            table | "chart,title,views,owner\\nbar,Sales 2024,1200,ops\\npie,Costs,800,ops\\n" |
            # and their keys in an export or a form: a national identification number's, the Bahamas' national insurance number's, a
            # co-operative's member's, Vietnam's personal number's
            field | "<applicant memberNo=""MBR-04417""><nin>CF87041102MRGH</nin></applicant>\\n{""nib_no"": ""620214418""}\\n4. Số định danh cá nhân: 038198004417" | 620214418;CF87041102MRGH;MBR-04417;038198004417
            # an export's "first" and "last" side by side, whose names the lists need not know; Indonesian's and Vietnamese's
            # name keys (a name's key beside a national number's, and Indonesian's "nama", are raised by the engine's context
            # words: "Nama : RINA PUSPITASARI\\nNIK"); not a timetable's first
            # and last stops (a twentieth held-out set's)
            field | "{""first"": ""Marie-Ange"", ""last"": ""Célestin"", ""age"": 31}\\nNama                 : RINA PUSPITASARI\\n1. Họ, chữ đệm và tên: NGUYỄN THỊ THU HÀ\\n<name>Grace Natukunda</name><nin>CF90110455TQWA</nin>" | Marie-Ange;Célestin;CF90110455TQWA;NGUYỄN THỊ THU HÀ
            field | "{""route"": ""12"", ""first"": ""Central Station"", ""last"": ""Harbour""}\\nNama: 2 rounds" |
            # (the review's: a "last" beside a "first" that is no given name, an Indonesian export's product under "nama", a chart's
            # position)
            field | "{""first"": ""Intro"", ""last"": ""Outro""}\\n{""kode"": ""BRG-01"", ""nama"": ""Beras Premium"", ""stok"": 40}" |
            table | "first_name,last_name,chart,peak\\nTaylor,Swift,1,1\\n" | Taylor;Swift
            table | "| Piirkond | Relvaluba | Jahitunnistus |\\n|---|---|---|\\n| Harju | 1204 | 3311 |\\n" |
            # bare national numbers after a verb of calling: Irish, Australian, German mobiles (a session's own probes)
            phone  | Call me on 0871234567 tomorrow. Reach him at 0412345678. call 015112345678 | 0871234567;0412345678;015112345678
            phone  | Call reference 0871234567; reached at 0412345678 m; call us on 0871234567890 |
            # a Spanish mobile in a three and pairs, a Portuguese one in threes (a twenty-first held-out set's); not a longer
            # run, other first digits
            phone  | cuidadora Ioana Popescu, NIE Y4718823L, 631 55 07 14 Llegada; Sousa da Costa (maior), 936 555 018 – acompanhou | 631 55 07 14;936 555 018
            phone  | Lote 631 55 07 14 22; 536 555 018 kg; 941 555 018 1 |
            # (the review's: an amount's thousands in threes, a reach's count)
            phone  | O lucro líquido foi de 912 345 678 euros; Receita total: 936 102 584 €; População: 921 345 000; Reach: 0120034567 impressions |
            # a Spanish mobile in threes, a landline in threes with its extension (a twenty-second held-out set's waiting list);
            # not an amount's thousands, a company's number, a landline alone, a count; a French landline in pairs stays under
            # the threshold without a phone's word (pairs are pupils' marks, timetables and references as often, a review's)
            phone  | su hija Marta Lasheras   699 555 047, que la acompaña; colegiado 50/10384, 976 555 400 ext. 2231 | 699 555 047;976 555 400 ext. 2231;2231
            phone  | Importe: 712 345 678, IVA incluido; Capital social 643 512 876; SIREN 652 014 051; sede 976 555 400, Zaragoza; importe 699 555 047 euros; Strasbourg – 03 88 55 50 12\\nNotes: 05 12 09 14 11 |
            # an applicant's, a claimant's key, an insurance policy's and a claim's numbers (a twenty-second held-out set's
            # onboarding export); not an app's client_id, a policy document
            field | "<Loan><LoanNumber>APF-SL-0092716</LoanNumber><ApplicationId>CSS-2025-044817</ApplicationId><CaseNumber>v2</CaseNumber></Loan>" | APF-SL-0092716
            field | "{""applicant_id"": ""A-2025-118342"", ""claimant_id"": ""CL-448812"", ""policy_number"": ""SBM-FL-44019276-03""}" | A-2025-118342;CL-448812;SBM-FL-44019276-03
            field | "{""client_id"": ""4f8a2c1e-9911"", ""policy"": ""arn:aws:iam::123456789012:policy/x"", ""driver_id"": ""nvidia-535.104"", ""policy_no"": ""v2""}" |
            # a register's column of members, surname first (a twenty-second held-out set's savings club); not a plan's tier
            table | "| # | Member | ID number | Cell |\\n|---|---|---|---|\\n| 2 | Sithole, Thabo | 7909235084089 | +27 73 555 0148 |\\n| 3 | Gold | - | - |\\n" | Sithole, Thabo;7909235084089
            # a person's table's number columns by their heading's ending, four digits or more (a twenty-fourth held-out set's
            # volunteer register); not an order's, an item's, a kit's; not in a table of no person
            table | "vol_id,full_name,dob,dbs_cert_no,id_doc_no,order_no,kit_id\nV0112,""EVANS, Gethin Wyn"",1990-02-14,001784452316,533018227,88412,K-55120\nV0113,""HASSAN, Amina"",1985-07-30,n/a,ZU8274611,88413,K-55121\n" | V0112;EVANS, Gethin Wyn;1990-02-14;001784452316;533018227;V0113;HASSAN, Amina;1985-07-30;ZU8274611
            table | "sku,product_no,batch_no,site_id\nA-1,PRD-44120,B-55120,S-0001\n" |
            # (the review's: the numbers of teams, seasons, routes, flights, stores, courses; phones, SSNs keep their types; who
            # checked a row, a tool's or a team's name; initials without a dot)
            table | "player_id,full_name,dob,team_id,season_id\n2544,LeBron James,1984-12-30,1610612747,22023\n" | LeBron James;1984-12-30
            table | "route_no,stop_id,first,last,headway_min\n4012,10442,05:30,23:45,12\n" |
            table | "name,email,checked_by,verified_by\nJane Doe,jane@x.com,y,x\nTom Hart,tom@x.com,qa,ci\nAnn Lee,ann@x.com,jenkins,lims\n" | jane@x.com;Tom Hart;tom@x.com;Ann Lee;ann@x.com
            table | "name\tdob\tsex\tinitials\nLab QC run\t1990-01-01\tM\tQC\n" | 1990-01-01
            # a trial's column of initials (a twenty-fourth held-out set's screening log); not a word in it
            table | "site\tscr_no\tinitials\tdob\tsex\nCA-014\t014-0031\tK.T.O.\t1961-04-17\tF\nCA-014\t014-0035\tA.-M.L.\t1949-08-08\tF\nCA-014\t014-0036\tN/A\t1950-01-01\tM\nCA-014\t014-0037\tDeclined\t1950-01-02\tM\n" | 014-0031;K.T.O.;1961-04-17;014-0035;A.-M.L.;1949-08-08;014-0036;1950-01-01;014-0037;1950-01-02
            # a town of the gazetteer under "location" (a twenty-fourth held-out set's config); not a room, an office, a region
            field | "dpo:\n  phone: ""+91 99870 44512""\n  location: Pune\nsite:\n  location: Conference Room B\n  location: Head Office\n  location: us-east-1\n" | +91 99870 44512;Pune
            # a form's place of signing, a town of the gazetteer (a twenty-fifth held-out set's job application); not a rank, a hall
            field | "Place: Pune   Date: 02/04/2024\nPlace: 1st\nPlace: Main Hall\n" | Pune
            # a customer's and a member's number keys (a twenty-fourth held-out set's chat export)
            field | "{""customer_no"": ""SF-K-0031877"", ""member_number"": ""44120937"", ""customer_no"": ""n/a""}" | SF-K-0031877;44120937
            field | "{""client_no"": 1, ""member_number"": ""12"", ""retries"": 3}" |
            # Singapore's postal code as a JSON key (a twenty-sixth held-out set's API log); not a count, a class or a PIN
            field | "{""addr"":""28 Jalan Kembangan #02-04"",""postal"":""419123""}, {""postal"": 3}, {""postal"":""2nd class""}, {""pin_code"":""1234""}" | 419123
            # a register's and a trial log's column of who checked the row, by login (a twenty-fourth held-out set's DBS register)
            table | "vol_id,full_name,dob,role,checked_by,recheck_due\nV0112,""EVANS, Gethin Wyn"",1990-02-14,Driver,rpritchard,2025-03-09\nV0113,""HASSAN, Amina"",1985-07-30,Warehouse,self,2025-04-21\n" | V0112;EVANS, Gethin Wyn;1990-02-14;rpritchard;V0113;HASSAN, Amina;1985-07-30
            # (the fourth review's: a name alone, an office's word before a login's name, a login that is an English word too)
            table | "name,dob,checked_by\nAmy Lee,1990-01-02,okafor\nRaj Dev,1991-02-03,nurse.kelly\nBo Li,1992-03-04,lichen\n" | Amy Lee;1990-01-02;okafor;Raj Dev;1991-02-03;nurse.kelly;Bo Li;1992-03-04;lichen
            # (the third review's: a tool's or an assistant's name, a tool's dashed name, in the column; a dotted login still)
            # a ward's handover in small letters: a patient's name before the age and sex in a bed's line or before a record
            # number's label, a doctor's surname, a relative's given name beginning a clause (a twenty-fifth held-out set's)
            shorthand | "bed 1 - dorothy mcallister 88f urn 0734419 dr nguyen (ortho)\nbed 5 - empty, admit from ed jaswinder singh 67m ?acs\nBed 3: Li Na CHEN 41F UR 0820093\n- son kevin mob 0433 190 552; nok wife faith o'sullivan (02) 9418 2207; uncle yusuf visiting\nbed 6 - aroha ngata 32f urn 0839021\nbed 4 - bill o'sullivan 79m urn 0611845\nbay 12 - mr tevita fifita 66m\n- cellulitis, tevita fifita 54m urn 0812276" | dorothy mcallister;Li Na CHEN;aroha ngata;bill o'sullivan;tevita fifita;tevita fifita;nguyen;kevin;faith o'sullivan;yusuf
            shorthand age | "bed 1 - dorothy mcallister 88f urn 0734419\nbed 6 - aroha ngata 32f urn 0839021\n- cellulitis, tevita fifita 54m urn 0812276\nwalked 5m" | 88;32;54
            # (the reviews': sizes, distances, temperatures, amounts; French's and Spanish's "son", a ship; words after a relative's)
            shorthand | "Weather today: Phoenix 108F, Austin 99F, Denver 85F\nTransfer fees: Declan Rice 105m, Enzo Fernandez 107m\nphysio: mobilising with walker 10m, sob\nBaby clothes lot: Carter bodysuit 6M\nElle est venue avec son mari hier soir. Los resultados son claros. the sister ship sank\npartner duty roster; son will call back; wife may come; the 4f\nroom 2 tx 45m ?fall\nseen by dr who; dr. strangelove\nbed 3 - fall at home 88f\nbed 2 - pneumonia 77m\nRoom 1 - Kitchen 3m\nBay 4 - Loading Dock 12m\nMme Dupont est présente, son mari est au travail.\nTRANSFER FROM MAXI SAVER 0612\nOSKO PAYMENT TO DAN MURPHYS REF 1234" |
            shorthand age | "Weather today: Phoenix 108F, Austin 99F\nphysio: mobilising with walker 10m, sob\namb handover jack 54m ?stemi" |
            # a person-to-person transfer's payer or payee in capitals (a twenty-fifth held-out set's); not a firm's, a memo's words
            shorthand | "04 Mar  OSKO PAYMENT TO J MAKOARE REF RENT SHARE MAR          650.00\n08 Mar  TRANSFER FROM HUANG MEI-LIN 062-000 10448273   500.00\nPAYMENT TO W H SMITH  8.99\nPAYMENT TO GOLDMAN SACHS 12.00\nCREDIT FROM LLOYD MOTORS  450.00\nTRANSFER TO EMMA POCKET MONEY 10.00\nCREDIT FROM CHARLES DARWIN UNI 3100.00\nTRANSFER TO SAVINGS ACCOUNT   50.00" | J MAKOARE;HUANG MEI-LIN
            # any number's column of a person's table with a value of its own on every row (a twenty-fifth held-out set's applicants'
            # export and gym register); not a thing's, nor one value on two rows, nor a table of one row
            table | "app_id,ouac_ref,surname,given_names,dob,order_no\nA2400118,240188113,Kaur,Harleen,2006-02-14,88120\nA2400131,240201947,Tremblay,Jean-Philippe,2005-11-03,88121\n" | A2400118;240188113;Kaur;Harleen;2006-02-14;A2400131;240201947;Tremblay;Jean-Philippe;2005-11-03
            table | "medlemsnr\tförnamn\tefternamn\tpris_kr\n100482\tLinnéa\tÅkesson\t499\n100517\tAbdirahman\tWarsame\t349\n" | 100482;Linnéa;Åkesson;100517;Abdirahman;Warsame
            table | "app_id,surname,given_names,club_ref\nA2400118,Kaur,Harleen,CL-40012\nA2400131,Tremblay,Jean,CL-40012\n" | A2400118;Kaur;Harleen;A2400131;Tremblay;Jean
            table | "app_id,surname,given_names\nA2400118,Kaur,Harleen\n" | Kaur;Harleen
            # (the second review's: an institution's number, a telephone's columns by other names)
            table | "Student Name,DOB,School ID,Mob No,Alt No\nAarav Sharma,12/04/2012,40211,98765 43210,0412 555 123\nRiya Das,03/05/2013,40377,98765 43211,0412 555 124\n" | Aarav Sharma;12/04/2012;Riya Das;03/05/2013
            table | "rx_ref,surname,forename,dob\nRX0511-01,OKAFOR,Chidinma,1962-08-19\nRX0511-02,NGUYEN,Thi Lan,1948-02-03\n" | OKAFOR;Chidinma;1962-08-19;NGUYEN;Thi Lan;1948-02-03
            # (the reviews': one person's history keeps the number on every row; a contact's, an order's, a department's number;
            # a row without a value)
            table | "vol_id,name,dob,shift\nV-20931,Ahmed Khan,1979-04-05,early\nV-20931,Ahmed Khan,1979-04-05,late\n" | V-20931;Ahmed Khan;1979-04-05;V-20931;Ahmed Khan;1979-04-05
            table | "name,dob,contact_no,Bestellnummer,dept_no,request_id\nRavi Kumar,1990-01-02,9876543210,450012,1010,88213\nAsha Rao,1991-02-03,9876543211,450013,2020,88214\n" | Ravi Kumar;1990-01-02;Asha Rao;1991-02-03
            table | "name\tdob\tloyalty_no\nAmy Lee\t1990-01-02\tLY20931\nRaj Dev\t1991-02-03\t\nBo Li\t1992-03-04\tLY20977\n" | Amy Lee;1990-01-02;LY20931;Raj Dev;1991-02-03;Bo Li;1992-03-04;LY20977
            # a name before the address that spells it, without brackets (a twenty-fifth held-out set's claim and care home form);
            # not a list of addresses, a team's mailbox, a CSV's cells
            display | "2. Joy Adeyemi-Price, joy.adeyemiprice@utexas.edu - driving\nRegistered Manager: Grace Amoah-Little · grace.amoahlittle@bh.co.uk\nContact Mereana Tapsell (mereana.tapsell@gmail.com) today\nContact Sarah Tapsell (sarah.tapsell@gmail.com) today" | Joy Adeyemi-Price;Grace Amoah-Little;Sarah Tapsell
            display | "Emails: jane.doe@x.com, john.smith@y.com\nAcme Support, acme.support@acme.com\nSmith,John,john.smith@x.com\nPlease write to Sales Team - salesteam@x.com\nPlease contact Human Resources, human.resources@acme.com for forms\nGrand Hyatt, grand.hyatt@hyatt.com" |
            # a family tree's GEDCOM file: a person's names, a place's parts but countries and US states, a postal code, an age
            # (a twenty-fifth held-out set's); not the program's or a repository's name, nor a file that does not begin so
            gedcom | "0 HEAD\n1 SOUR FTB\n2 NAME Family Tree Builder\n0 @I1@ INDI\n1 NAME Patrick /Brennan/\n2 GIVN Patrick\n2 SURN Brennan\n1 BIRT\n2 DATE 14 MAR 1898\n2 PLAC Ballina, Mayo, Ireland\n1 DEAT\n2 AGE 62\n2 PLAC Dorchester, Boston, Massachusetts, USA\n1 RESI\n2 POST D16 W2N8\n0 @R1@ REPO\n1 NAME Dublin City Library\n0 TRLR\n" | Patrick /Brennan/;Patrick;Brennan;Ballina;Mayo;Dorchester;Boston;D16 W2N8
            gedcom | "Notes\n0 HEAD\n1 NAME Patrick /Brennan/\n2 PLAC Ballina, Mayo\n" |
            # (the review's: the header's vendor, a repository's town, England and a state's code, a withheld given name, a tree
            # with CR alone between lines, a name's romanised spelling)
            gedcom | "0 HEAD\n1 SOUR MYHERITAGE\n2 CORP MyHeritage.com\n3 ADDR 3 Ariel Sharon St\n4 CITY Or Yehuda\n4 POST 6037606\n0 @R1@ REPO\n1 NAME Boston Library\n1 ADDR\n2 CITY Boston\n0 @I2@ INDI\n1 NAME Living /Doyle/\n1 BIRT\n2 PLAC Leeds, England\n2 PLAC Los Angeles, CA, USA\n0 @I3@ INDI\n1 NAME Unknown\n2 ROMN Xiaoming /Wang/\n" | Doyle;Leeds;Los Angeles;Xiaoming /Wang/
            gedcom | "0 HEAD\r1 GEDC\r0 @I1@ INDI\r1 NAME Aroha /Ngata/\r2 PLAC Rotorua, Bay of Plenty\r" | Aroha /Ngata/;Rotorua;Bay of Plenty
            table | "full_name,dob,checked_by\nAnn Lee,1990-02-14,hudson\nTom Hart,1985-07-30,claude\nSue Park,1970-01-02,argo-sync\nJo Bell,1971-03-04,a.tremblay\n" | Ann Lee;1990-02-14;Tom Hart;1985-07-30;Sue Park;1970-01-02;Jo Bell;1971-03-04;a.tremblay
            # (the third review's: a number's column with one value on every row, a heading with a thing's word)
            table | "vol_id,full_name,dob,registration_batch_no,doc_template_id,cert_no\nV0112,Ann Lee,1990-02-14,RB-20240,DT-4410,C-99120\nV0113,Tom Hart,1985-07-30,RB-20241,DT-4411,C-99120\n" | V0112;Ann Lee;1990-02-14;V0113;Tom Hart;1985-07-30
            # an SQL dump's age column, its name in backticks (a twenty-first held-out set's); not a server's
            table age | "INSERT INTO `players` (`id`,`first_name`,`last_name`,`age`,`division`) VALUES\n(4411,'Brynn','Halvorsen',11,'12U-A'),\n(4412,'Kou','Vang',10,'10U-B');" | 11;10
            table age | "INSERT INTO `hosts` (`id`,`hostname`,`age`) VALUES\n(1,'web-01',3);" |
            # a row's age beside a birth date, whatever heads the name's column; a player's column; a Spanish waiting list's
            # headings (a twenty-second held-out set's concussion log and surgery list); not an asset's row without either
            table age | "| Date | Player | DOB | Age | Team |\n|---|---|---|---|---|\n| 08/02/2025 | Cian O'Sullivan | 14/05/2011 | 13 | U14 |\n| 01/03/2025 | Ref 4 | 11/12/2011 | 14 | U14 |\n" | 13;14
            table age | "NHC;CIA;DNI/NIE;Apellidos, Nombre;F.nac.;Edad;Teléfono\n0481127;1000482719;25140376L;Gimeno Royo, Pilar;11/02/1951;74;976 555 301\n" | 74
            table age | "| Date | Asset | Bought | Age |\n|---|---|---|---|\n| 08/02/2025 | Boiler | 14/05/2011 | 13 |\n" |
            table age | "Full name                     Age  Relationship   College\\nYesenia M. Hernández Ruiz     18   self           Cedar Prairie CC\\nOctavio Hernández             47   father\\n" | 18;47
            table | "NHC;CIA;DNI/NIE;Apellidos, Nombre;F.nac.;Edad;Teléfono\n0481127;1000482719;25140376L;Gimeno Royo, Pilar;11/02/1951;74;976 555 301\n" | 0481127;25140376L;Gimeno Royo, Pilar;976 555 301
            table | "| Date | Player | Team |\n|---|---|---|\n| 08/02/2025 | Cian O'Sullivan | U14 |\n| 09/02/2025 | Bye | U16 |\n" | Cian O'Sullivan
            person | 'SUSPECTS - "Col. Richard Harlow" - profile; collision in Vanderhoof (Cst. M. Dhillon) Return by; Captain Planet and Lt. Governor; Lt. Col. Price led the unit' | Richard Harlow;M. Dhillon
            # a name after a title inside a run of capitalised words, a name before its kinship in brackets, a child's given name
            # before "née le" (a twenty-sixth held-out set's social work note, injury claim, visitors' log, French judgment)
            person | "School DSL Mrs Janet Oduya reports; The Head Mrs Alison Pike said" | Janet Oduya;Alison Pike
            person | "whānau contact Huia Ngata (mother) 022 555 7714; Odwiedzający: BONDARENKO Iryna (matka), tel." | Huia Ngata;BONDARENKO Iryna
            person | "Deux enfants sont issus de cette union : Inès, née le 2 juin 2014, et Yanis, né le 27 août 2016." | Inès;Yanis
            # (not a firm before "(partner)", an HL7 segment after a doctor's "DR" component)
            # (the review's: the names before an inner title are kept; "Mx" a note's management; "Dr" before a town; a family
            # history's conditions, a form's role before kin in brackets; a role with its article before "né le")
            person | "Witnesses John Smith Mr Jones; cc Sarah Connor Ms Lee" | Witnesses John Smith;Jones;Sarah Connor;Lee
            person | "Dx Cellulitis Mx Flucloxacillin; Turn onto Sunset Dr Austin traffic is bad. Family history: Breast Cancer (mother), Cystic Fibrosis (sister). Next of Kin (wife) present. Le Requérant, né le 3 mars 1980" |
            # a variable's name, a language in brackets, a vehicle's make and model (the same set's manifest, physiotherapy note,
            # witness statement); a name before a car's word stays
            person | "- name: DB_HOST\n  value: x\n- name: SMTP_RELAY\nSimran Sandhu interpreted (Punjabi) at visits. I saw a white Ford Transit van. Carol Austin Healey car" | Simran Sandhu;Carol Austin Healey
            # a commit's trailer's handle (the same set's git log); a handle alone in prose stays under the threshold
            user | "    Reviewed-by: @t-wojcik\n    Signed-off-by: Priya R <priya@x.com>\nsee @t-wojcik" | @t-wojcik
            # a consignee's name in capitals before a national identity card's number (the same set's shipping manifest); not a
            # company's
            person | "Consignee: WANJIRU GRACE NJERI, ID No. 28471936, PIN A008412937K; Shipper: MEIYA ELECTRIC CO LTD, ID No. 4471" | WANJIRU GRACE NJERI
            # a former partner's name the lists do not know (the kind of the same set's social work note)
            person | "Texts from her ex-boyfriend Tamatea Ngawhika continue." | Tamatea Ngawhika
            # Czech's Mrs. (the same set's deed)
            person | "kupující paní Zuzaně Horváthové, nar. 7. 7. 1991" | Zuzaně Horváthové
            # (the review's: an office after "paní", a rank before a form's label)
            person | "Vážená paní Ministryně, děkujeme. Stopień: kpt. Nazwisko: ; Ranga: mjr Jednostka: 12" |
            person | "Audit by Deloitte (partner) firm; |G8512345^OKAFOR^CHIAMAKA^^^DR\nOBX|1|NM|27113001^Body weight" |
            # a twenty-seventh held-out set's: an Irish surname after a relative's word and after "Nic an", a patronym's "d/o"
            # after the given name, Fiji's "Ratu", Dutch's "dokter", a Danish neighbour, a US letter's addressee in capitals
            person | "NOK: son Cathal Ó Súilleabháin 087 614 2290; Attending: Dr Aisling Nic an tSaoi (IMC 412877)." | Cathal Ó Súilleabháin;Aisling Nic an tSaoi
            person | "Phlebotomist: Kavitha d/o Raman\nMedical officer" | Kavitha d/o Raman
            person | "Ratu Josefa Vakacegu has given support; gesprek met dokter Verhoeven op dinsdag" | Verhoeven;Josefa Vakacegu
            person | "Hunden er vant til at blive luftet af naboen Jytte Nørgaard-Madsen om formiddagen" | Jytte Nørgaard-Madsen
            person | "June 18, 2024\n\nMARICEL DELA CRUZ-BAUTISTA\n2217 W BERRY ST APT 6\nFORT WORTH TX 76110\n\nOur file" | MARICEL DELA CRUZ-BAUTISTA
            # (not a firm over its address, makes and models, a CSV row's cells beside a name)
            person | "ACME RECOVERY SERVICES LLC\n1200 MAIN ST\nDALLAS TX 75201\n" |
            person | "Samochód osobowy Škoda Octavia, rok produkcji 2016; Ase 2: haulikko, Benelli Montefeltro, kaliiperi 12/76" |
            person | "First Name,Last Name,Title,Street,Status\nAdaeze,Okonkwo,Head of IT,""7B Admiralty Way, Phase 1"",Working\n" | Adaeze;Okonkwo
            # the name one goes by on a Dutch form; a birth date's remark in brackets (the same set's GP registration, inquest)
            field  | "Roepnaam: Sharmi\nDate of birth: 9 February 1958 (aged 66)\n" | Sharmi;9 February 1958
            # a clerk's login after a record's printing or keying time, a username with a blank after a colon's label, a
            # reported account's (the same set's collection letter, onboarding form, safety report)
            user   | "printed 06/18/2024 10:42 by jmwangi ----\nkeyed into payroll 24/06/2024 by jsantos_hr\nIT: username mknguyen, email x\nReported account: danny_tlv88 (display)\napp 8.11.2 (account d.azoulay.real) 2024" | mknguyen;danny_tlv88;d.azoulay.real;jmwangi;jsantos_hr
            # (not "by hand", a role's word, a bank's account)
            user   | "signed 23/05/2024 by hand. Printed 08/04/2024 by harbourmaster (user: mdonovan) - page; your account 10483927; Account: 5083194" | mdonovan
            # an inquest's reference, a client's file, an Irish medical card, Irish and Singapore medical registers, an Israeli
            # identity number's name (the same set's); not the initials alone
            id     | "Coroner's reference: SWC-0517-2024; Client file: FSL-2024-0392; Medical card: 8812447M; (IMC 412877); (MCR M71234A); Teudat Zehut 038472619" | SWC-0517-2024;FSL-2024-0392;8812447M;412877;M71234A;038472619
            id     | "The IMC 2024 conference; MCR report 12; medical card holders" |
            # a place of birth after its Romanian, Finnish, Estonian label (the same set's drone registration, firearms licence)
            place  | "Locul nașterii: Bistrița\nSyntymäpaikka: Laukaa\nSünnikoht: Tartu\n" | Bistrița;Laukaa;Tartu
            # a second round of the same set: a login of eight letters after an edit's time, a second member's login; a town where a
            # death is registered, a Korean city
            user   | "Last edited 12/05/2024 21:07 by lfaleolo. A second member, shira_k_22, reported it" | shira_k_22;lfaleolo
            place  | "The death may now be registered in Pontypridd. Hotel Ria, Changwon-si. The company is registered in Delaware." | Pontypridd;Changwon-si
            # a form's title field at its line's end is no title of the next line's label (the same set's household registration)
            person | "Vorname: Friederike    Titel: Dr.\nStraße, Hausnummer: Eppendorfer Landstraße 112\nDear Dr.\nSmith, thanks" | Friederike;Smith
            # (the review's: "-gun" words and a Korean actor's name are no counties, a day's month no name, "MCR" a capital
            # requirement's as often)
            place  | "Machine-gun fire was heard. Actor Jang Dong-gun starred. Nail-gun injury to left hand" |
            person | "invoice due 4-Jun; Sampling: 3-May, 10-Jun, 17-Jun" |
            id     | "MCR 100000 cycles rating; See MCR 202411 for details; Pipeline IMC 125000 units; MCR no. M71234A" | M71234A
            # (the second review's: a firm's or a clinic's line over an address, idioms and places after the new titles, shops and
            # countries after a neighbour's word, people whose given names are makes, a list without blanks, prose after "by",
            # abbreviations and packages after "account", a word after a colon's "username", placeholders of a call name)
            person | "Greenway Property Management\n4100 Lakeshore Dr\nMadison, WI 53705\n\nLAKEVIEW DENTAL CARE\n220 N MAIN ST\nLOGAN UT 84321\n" |
            person | "dokter Google; Dokter Gigi Sehat; Ratu Plaza; Datuk Bandar Kuala Lumpur" |
            person | "el vecino Marruecos; voisin Airbnb; jej sąsiad Niemcy" |
            person | "I met Walther Hoffmann yesterday. Please ask Sako Hovsepian to call me back" | Walther Hoffmann;Sako Hovsepian
            person | "Attendees: Okafor,Nwosu,Eze,Obi" | Okafor;Nwosu;Eze;Obi
            user   | "approved on 14/03/2024 by committee; entered 15/03/2024 by reception; (account i.e. the joint one) (account com.whatsapp); Note: username unchanged\n" |
            field  | "Roepnaam: Zie boven\nRufname: wie oben\n" |
            # a third round of the same set: a nickname in quotes in brackets after a name, a name with a common word that its
            # login in brackets spells whole; not quotes after a thing's name
            person | "Patient: Pádraigín Ní Bhriain (prefers ""Peig"")   MRN: 1; Rezolvat de: inspector Diana Pop (diana.pop), 11.04.2024" | Pádraigín Ní Bhriain;Peig;Diana Pop
            person | "Saved to Google Drive (google.drive) today; Release 2 (""Moonshot"") began; Jane Doe (""Employee"")" | Jane Doe
            # a twenty-eighth held-out set's: a pet name in quotes, a nickname after Croatian's "called", Malay's titles, no markup
            # element's name ("Alias", "Parish" are given names of the lists too)
            person | "Name: Sowmya Venkataraghavan (pet name ""Chinnu"") Date; Ivan Horvat zv. „Kokot“ (čl.); Ketua Kampung: Encik Kamarul Ariffin - ok" | Sowmya Venkataraghavan;Ivan Horvat;Kamarul Ariffin;Kokot;Chinnu
            table  | "Worker | Passport | DOB | IRD | Bank (wages) | Accom.\nMele Tupou Havili | N1478821 | 04.07.1991 | 042-138-762 | 12-3150-0418828-00 | Hut 4\n" | N1478821;04.07.1991;042-138-762;12-3150-0418828-00
            # (a surname before a given name, as Hungarian writes a name; given names of Hungary, southern Africa, Tonga the lists
            # lacked; not a common word before a given name)
            person | "Egyebek: Horváth Levente kérte, hogy; Venue: home of Dineo Mokoena, 1187 Vilakazi Street; Team leader Zoltán Kiss" | Horváth Levente;Dineo Mokoena;Zoltán Kiss
            person | "We met at Burger King; Brown Anna; the levente program" | Anna
            # (the Philippines' "Ma." before a name found; a home county's and a Latvian residence's columns)
            person | "Name: Ma. Cristina D. Villanueva, of legal age; certify that MA. CRISTINA D. VILLANUEVA, resident; Anna Smith" | Ma. Cristina D. Villanueva;MA. CRISTINA D. VILLANUEVA;Anna Smith
            table  | "reg_no,student_name,national_id,phone,home_county\nSCT211-0458/2022,Wanjiru Grace Kamau,38817204,0712 448 903,Uasin Gishu\n" | Wanjiru Grace Kamau;38817204;0712 448 903;Uasin Gishu
            table  | "Nr.,Vārds,Uzvārds,Dzīvesvieta\n1,Ilze,Liepa,Ogre\n" | Ilze;Liepa;Ogre
            # (a record's smaller places and a Caribbean taxpayer's numbers as XML elements and keys; not a number nor "none")
            field  | "<PostOffice>Pedro Plains</PostOffice>\n<Parish>St. Elizabeth</Parish>\n<TRN>118-472-905</TRN>\n<NIS>C4418273</NIS>\nLGA: Idemili North\nvillage: 5\nparish: none\n" | Pedro Plains;St. Elizabeth;118-472-905;C4418273;Idemili North
            # (the two reviews' of this round: a chat's speaker in angle brackets, a namespace's element, a quoted label after
            # "alias" or "known as", a Czech nickname in low quotes, a square named after a person, two towns, a letter's "Tuan/Puan")
            person | "[12:01] <Maria Lopez> hi all; <ns2:Alias>Gaza</ns2:Alias>; Contact Maria Lopez alias ""Prod"" now; Anna Kowalska, known as ""Security Team"" x; Jan Novák zvaný ‚Honza‘ přišel; met at Kossuth Lajos tér and; list: Melbourne Adelaide 7pm" | Maria Lopez;Maria Lopez;Anna Kowalska;Jan Novák;Honza
            person | "Yth. Puan Pengarah Jabatan Kebajikan Masyarakat" |
            table  | "Employee | Cash | Bank\nJohn Smith | 50.00 | 1200.00\n\nName | Nationality | Passport (expiry)\nJane Roe | British | 2027-05-01\n" | John Smith
            field  | "{""village"": ""N/A"", ""suburb"": ""Default"", ""lga"": ""Enabled"", ""trn"": 0.8}\nNIS: 2\ntrn: TXN20240115-0042\n" |
            field  | "  name: ""Lachlan Dunstan""\n  home: ""Toowong""\n  home: ""Main menu""\nhome: /Users/jo\n" | Lachlan Dunstan;Toowong
            user   | "Redirect users to the login page.html\nPlease set username config.yaml\nlogin form.submit;\n" |
            phone  | "NRIC S7412583B  HP 9127 4408  2.; HP ProBook 6470 8560; Egyeztetés telefonon, 2024 03 15" | 9127 4408
            person | "<Name>Garfield Chin</Name><Alias>Gaza</Alias><Parish>St. Elizabeth</Parish>; Ivan Horvat alias Acme" | Garfield Chin;Elizabeth;Ivan Horvat
            """)
    void foundOverTheThresholdToo(String name, String text, String expected) {
        foundOverTheThreshold(name, text, expected);
    }
}
