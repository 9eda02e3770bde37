package io.blackbar.rules.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * One table for the starter recognizers: text, and the matched values expected (';'-separated, empty
 * for none). Sources: SSA's published SSN rules (area 000/666/9xx, group 00, serial 0000 never issued;
 * 078-05-1120 is the famous Woolworth wallet number), card test numbers published by the networks
 * (4111 1111 1111 1111 Visa, 5555 5555 5555 4444 Mastercard, 378282246310005 Amex), the IBAN examples
 * of the ECBS registry (GB82 WEST 1234 5698 7654 32, DE89 3704 0044 0532 0130 00), the 555-01xx
 * fictional NANP range, the postcodes of Royal Mail's Programmers' Guide to PAF (SW1A 2AA is Downing
 * Street, DN55 1PT Royal Mail's test code) and Canada Post's addressing guidelines (K1A 0B1 is Canada
 * Post's head office); negative rows are the look-alikes named in the detection issue. The Spanish,
 * French, German and Italian rows are written here in the shape of Spanish clinical case headers and
 * addresses (MEDDOCAN's layout; no value copied from it); the numbers are made up.
 */
class RecognizerTableTest {

    private static io.blackbar.engine.api.spi.Recognizer recognizer(String name) {
        return switch (name) {
            case "email" -> new EmailRecognizer();
            case "ssn" -> new UsSsnRecognizer();
            case "card" -> new CreditCardRecognizer();
            case "phone" -> new PhoneRecognizer();
            case "place" -> new PlaceRecognizer();
            case "passport" -> new PassportRecognizer();
            case "dl" -> new DriverLicenseRecognizer();
            case "account" -> new BankAccountRecognizer();
            case "plate" -> new LicensePlateRecognizer();
            case "plan" -> new HealthPlanNumberRecognizer();
            case "device" -> new DeviceIdRecognizer();
            case "bio" -> new BiometricIdRecognizer();
            case "licence" -> new LicenseNumberRecognizer();
            case "ip" -> new IpAddressRecognizer();
            case "iban" -> new IbanRecognizer();
            case "address" -> new StreetAddressRecognizer();
            case "zip" -> new ZipCodeRecognizer();
            case "url" -> new UrlRecognizer();
            case "dob" -> new DateOfBirthRecognizer();
            case "age" -> new AgeRecognizer();
            case "itin" -> new UsItinRecognizer();
            case "sin" -> new CaSinRecognizer();
            case "user" -> new UsernameRecognizer();
            case "tfn" -> new AuTfnRecognizer();
            case "aumed" -> new AuMedicareRecognizer();
            case "abn" -> new AuAbnRecognizer();
            case "pan" -> new InPanRecognizer();
            case "nric" -> new SgNricRecognizer();
            case "aadhaar" -> new InAadhaarRecognizer();
            case "za" -> new ZaIdNumberRecognizer();
            case "cpf" -> new BrCpfRecognizer();
            case "nhi" -> new NzNhiRecognizer();
            case "nat" -> new NationalityRecognizer();
            case "id" -> new IdNumberRecognizer();
            case "rut" -> new ClRutRecognizer();
            case "cuil" -> new ArCuilRecognizer();
            case "eid" -> new AeEmiratesIdRecognizer();
            case "hkid" -> new HkIdRecognizer();
            case "mykad" -> new MyMykadRecognizer();
            case "mbi" -> new UsMbiRecognizer();
            case "declarant" -> new DeclarantNameRecognizer();
            case "cnic" -> new PkCnicRecognizer();
            case "tckn" -> new TrKimlikRecognizer();
            case "rnokpp" -> new UaRnokppRecognizer();
            case "idnp" -> new MdIdnpRecognizer();
            case "jmbg" -> new JmbgRecognizer();
            case "ardni" -> new ArDniRecognizer();
            case "crypto" -> new CryptoWalletRecognizer();
            case "ruinn" -> new RuInnRecognizer();
            case "fhir" -> new FhirIdentifierRecognizer();
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            email | mail jane.doe+tag@mail.example.co.uk now        | jane.doe+tag@mail.example.co.uk
            nat   | Nationality: German                             | German
            nat   | Citizenship:Brazilian, born 1980                | Brazilian
            nat   | I am cambodian but I live in the UK             | cambodian
            nat   | We are proud Saudis                             | Saudis
            nat   | she's half Irish and I'm originally New Zealander | Irish;New Zealander
            nat   | He is an American citizen                       | American
            nat   | It serves great Spanish food.                   |
            nat   | a German multinational investment bank          |
            nat   | the French government formally began            |
            nat   | a 35-year-old Filipino man; my Mexican neighbor | Filipino;Mexican
            nat   | a Greek salad; French fries; the Irish team     |
            nat   | I am Spanish speaker; we are polishing it        |
            nat   | Nationality: Martian                            |
            nat   | I am \u212Aorean, she is Fran\u00e7aise            | \u212Aorean
            nat   | Nationality: \u0130talian                       |
            email | a@b                                             |
            email | contact: o'neil.p@example.ie                    | o'neil.p@example.ie
            email | UID:20240312T150000Z-4411@clinic.example.org    |
            email | Message-ID: <CAF+x=Zq@mail.gmail.com>           |
            email | write to priya.raman@gmail.com                  | priya.raman@gmail.com
            email | see jane'@example.com                           |
            email | 'mail it to ''ana@x.org'' today'               | ana@x.org
            card  | Card 4111.1111.1111.1111 exp                    | 4111.1111.1111.1111
            card  | v 4111.1111.1111.1111.2 and 4111.1111.1111.1112 |
            email | user@localhost                                  |
            email | write to jane [at] example [dot] com today      | jane [at] example [dot] com
            email | Kontakt: j.doe(at)example.de                    | j.doe(at)example.de
            email | mail john dot smith at example dot com for it   | john dot smith at example dot com
            email | mail JOHN AT EXAMPLE DOT ORG                    | JOHN AT EXAMPLE DOT ORG
            email | visit us at example.com for details             |
            email | the bubble burst at the dot com peak            |
            email | Ping us at support dot example dot org          |
            email | sold at cost [dot] com                          |
            email | two: a.b@x.org, c_d@y.io                        | a.b@x.org;c_d@y.io
            ssn   | SSN 078-05-1120                                 | 078-05-1120
            ssn   | 000-12-3456 666-12-3456 912-12-3456             |
            ssn   | SSN: 536 22 1947                                | 536 22 1947
            ssn   | Her SSN is 536 22 1947.                         | 536 22 1947
            ssn   | SSN 536.22.1947                                 | 536.22.1947
            ssn   | ref 1 536 22 1947 2                             |
            ssn   | v 536.22.1947.5                                 |
            phone | Mob: 07700900123                                | 07700900123
            phone | Cell:10 000 000 cells counted                   |
            phone | Call our office about order 07712345678         |
            phone | Mobile:07700 900123, Tel.:+34 915 86 75 76      | 07700 900123;+34 915 86 75 76
            phone | ratio:1.5 at 10:30 2024                         |
            phone | Tel: 01134960000, fax 02079460958               | 01134960000;02079460958
            phone | order 0770090012345 and 077009001              |
            plan  | Medicare ID: 1EG4-TE5-MK73                      | 1EG4-TE5-MK73
            plan  | Medicare Beneficiary Identifier 1EG4TE5MK73     | 1EG4TE5MK73
            plan  | MBI: 1EG4TE5MK73                                | 1EG4TE5MK73
            account | AWS Account ID: 123456789012                  |
            ssn   | 123-00-4567 123-45-0000                         |
            ssn   | 078 05 1120                                     | 078 05 1120
            ssn   | 2024-05-1120 is a date-ish run                  |
            card  | Visa 4111 1111 1111 1111 exp                    | 4111 1111 1111 1111
            card  | mc 5555-5555-5555-4444                          | 5555-5555-5555-4444
            card  | amex 378282246310005                            | 378282246310005
            card  | order 1234567812345678 fails Luhn               |
            card  | isbn 9780306406157                              |
            card  | mixed 4111 1111-1111 1111                       |
            card  | Visa 4111 1111 1111 1111 08/27                  | 4111 1111 1111 1111
            card  | 4111 1111 1111 1111 123 (CVV)                   | 4111 1111 1111 1111
            card  | 5555-5555-5555-4444-12/27                       | 5555-5555-5555-4444
            phone | call (212) 555-0199 now                         | (212) 555-0199
            phone | +1 212-555-0199                                 | +1 212-555-0199
            phone | +44 20 7946 0958                                | +44 20 7946 0958
            phone | From abroad dial 0044 20 7946 0958 today        | 0044 20 7946 0958
            phone | Tél. 0033 1 42 68 53 00                         | 0033 1 42 68 53 00
            phone | Tel: 0049 (30) 901820.                          | 0049 (30) 901820
            phone | invoice 0012 3456 due                           |
            phone | batch 00123456789 shipped                       |
            phone | Call me on Tel. 503/555-0147 after five.        | 503/555-0147
            phone | Fax 212/555-0199, ext. 12                       | 212/555-0199
            phone | scored 503/555-0147/2 in the draw               |
            phone | ratio 123/456-7890                              |
            phone | 112-555-0199 has area code 1                    |
            phone | 083 564 9312 is an Irish number                 | 083 564 9312
            phone | desk 5403926876                                 | 5403926876
            phone | Phone: 72 128 827                               | 72 128 827
            phone | Phone: 0378 3549890                             | 0378 3549890
            phone | Desk: +1-903-140-4508x769 Fax                   | +1-903-140-4508x769
            phone | 085 175 7641-Office                             | 085 175 7641
            phone | total 1,234,567 units                           |
            phone | Office\\,07700 063 966-Fax                      | 07700 063 966
            phone | Home,3660170548-Fax                             | 3660170548
            phone | total 1,234 567 units                           |
            phone | cost 1,0700 000 in all                          |
            phone | order 3660170548-B                              |
            phone | Mike Ivan, MD, EHMS pager 84710                 | 84710
            phone | call ext. 4471 for the desk                     | 4471
            phone | paged 3 times in 84710 minutes                  |
            phone | the school in Tokoza Ext 1426 opened            |
            ip    | from 192.168.10.254 ok                          | 192.168.10.254
            ip    | Version 4.12.0.3 released; v1.2.3.4; build 10.0.19045.1 |
            ip    | server 192.168.1.10; dev 10.0.0.1               | 192.168.1.10;10.0.0.1
            # national phone forms alone (a fresh held-out set of synthetic documents, 2026-12-03)
            phone | 'Mon numéro : 06 72 18 44 90 ou 01.42.68.53.00'  | 06 72 18 44 90;01.42.68.53.00
            phone | Rückfragen bitte an 030/5227613 oder 089/12345-67 | 030/5227613;089/12345-67
            phone | Ring (03) 6668 5440 after nine                  | (03) 6668 5440
            phone | ratio 01/2023, page 012/34                     |
            ip    | 256.1.1.1 and 1.2.3.04                          |
            ip    | oid 1.3.6.1.4.1 and version 10.2.3.4.5          |
            # a browser's version in its user agent is none; an address after a URL's slashes is one
            ip    | Mozilla/5.0 (X11) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86 | 
            ip    | see http://10.20.30.40/admin and 66.249.66.201 - - [03/Feb/2025] | 10.20.30.40;66.249.66.201
            ip    | Connection refused: db01.internal/10.12.4.7:5432; localhost/127.0.0.1 | 10.12.4.7;127.0.0.1
            # an IPv4 address is no phone number of four groups (a log's client near "phone="); a Belgian number with dots is one
            phone | GET /track?phone=5128374120 200 66.249.66.201 - - [03/Feb/2025] | 5128374120
            phone | Tel. 02.123.45.67; Tel. 93.212.34.56            | 02.123.45.67;93.212.34.56
            iban  | GB82 WEST 1234 5698 7654 32                     | GB82 WEST 1234 5698 7654 32
            iban  | DE89370400440532013000                          | DE89370400440532013000
            iban  | DE89370400440532013001 wrong check              |
            iban  | my iban is gb82west12345698765432               | gb82west12345698765432
            ip    | addr 2001:db8:85a3::8a2e:370:7334 here          | 2001:db8:85a3::8a2e:370:7334
            ip    | meeting at 12:30:45 today                       |
            card  | jcb 3530111333300000                            | 3530111333300000
            card  | maestro 6759649826438453                        | 6759649826438453
            card  | maestro 501864667909                            | 501864667909
            phone | desk (898)666-3621x0135                         | (898)666-3621x0135
            phone | tel 0688 843 79 56                              | 0688 843 79 56
            phone | on 12.05.2020 we met                            |
            phone | tel 1985 2020 and 2019-2024 (the years of a span) |
            address | lives at 1668 Glyn St in town                 | 1668 Glyn St
            address | Flat 2, 19 Victoria Road, Sheffield S10 2DJ   | Flat 2, 19 Victoria Road, Sheffield
            address | Apt 4B, 221 Baker Street, London              | Apt 4B, 221 Baker Street, London
            address | lives at 1500 Post St #804, San Francisco     | 1500 Post St #804, San Francisco
            address | 2207 PARKVIEW BLVD, COLUMBUS OH 43215         | 2207 PARKVIEW BLVD, COLUMBUS OH 43215
            address | GIVEN 2 HEAD CT SCANS                         |
            address | Room 4 was cleaned. 12 Main St is next door.  | Room 4;12 Main St
            address | Sie wohnt Am Waldrand 5, 12345 Berlin.        | Am Waldrand 5, 12345 Berlin
            address | Wir sind Unter den Linden 77, 10117 Berlin erreichbar. | Unter den Linden 77, 10117 Berlin
            address | 'Herr Meier\nIm Winkel 3a\n80331 München'    | 'Im Winkel 3a\n80331 München'
            address | Lindenhof 3, 8001 Zürich                      | Lindenhof 3, 8001 Zürich
            address | Im Jahr 2019, 12345 Einwohner                 |
            address | Version 2, 2020 Edition                       |
            address | Phase 3, 1200 Participants enrolled.          |
            address | Trial 3, 12000 Patients were randomised.      |
            address | 12 LEAD ST CHANGES NOTED, 2 MM ST ELEVATION   |
            address | 4 DAYS IN COURT                               |
            address | Windows 10, 64 Bit                            |
            address | PSC 3294, Box 9168 APO AA 61487 416 60 039 office | PSC 3294, Box 9168 APO AA 61487
            address | she lives at Szent István tér 12. now         | Szent István tér 12.
            address | delivered to Storgata gate 232 today           | Storgata gate 232
            address | the office at 29 Rue de Tanger is shut         | 29 Rue de Tanger
            address | write to 56 rue La Boétie please               | 56 rue La Boétie
            address | meet at the corner of Dalvik 9 and Orrin Coves | the corner of Dalvik 9 and Orrin Coves
            address | turn at 136 Filadelfeos Str. then left         | 136 Filadelfeos Str.
            address | page 12 of chapter 3 and more                  |
            address | in 2019 rue was sold                           |
            address | my back gate 2 times                           |
            place   | Mr. Orr flew to KESTLAND on Monday             | KESTLAND
            place   | she grew up in Villanova de Arosa.             | Villanova de Arosa
            place   | I'm in Tjarnby for a business trip             | Tjarnby
            place   | De heer VANHOUTTE Jens, geboren te Brugge op 15 april 1993, wonend te Gent | Brugge;Gent
            place   | Il sig. Ottavio Cavalcanti, nato a Bologna il 09/03/1971; la sig.ra Rosaria, nata a Napoli | Bologna;Napoli
            # "Lieu:" alone is a meeting's place as often ("Lieu: Salle B", "Lieu: Zoom"): a birthplace's label is longer
            place   | 'Lieu de naissance: Dakar; Lieu: Salle B; Lieu: Zoom' | Dakar
            place   | Hon är född i Malmö och bor i Lund.           | Malmö;Lund
            place   | È nata a Natale. Né à Pâques.                 |
            # the birthplace after the birth date (a held-out set's summons)
            place   | 1°) Monsieur Jean-Baptiste ROUSSEL, né le 08/08/1964 à Villefranche-sur-Saône (69264), et Madame Claire DUBOIS, née le 14 juin 1987 à Paris | Villefranche-sur-Saône;Paris
            place   | nata il 3 maggio 1990 a San Lazzaro di Savena; geboren am 12.03.1980 in Graz; nacido el 5 de mayo de 1970 en Toledo | San Lazzaro di Savena;Graz;Toledo
            place   | geboren am 12. März 1980 in Wien; nato il 1° maggio 1961 a Bari | Wien;Bari
            # an Irish address's county (a held-out set's school form); not a county's word alone
            place   | Scoil Naomh Bríd, Ballincollig, Co. Cork; 14 Seafield Park, Bray, County Wicklow | Ballincollig;Cork;Wicklow
            place   | Cork is a county; the Down syndrome; Co. Ltd; County Durham |
            place   | Where: Ostvik Country Club                     | Ostvik Country Club
            place   | we moved here from Harrowgate                  | Harrowgate
            place   | she arrived in January                         |
            place   | I am in charge of it                           |
            place   | she was in Berlin once                         | Berlin
            passport | Passport No: X1234567 issued                 | X1234567
            passport | Passport (1): 925076473 GBR exp 2031          | 925076473
            passport | U.S. Passport, number 488839667, expires      | 488839667
            passport | Passport, then 12 days                       |
            # a fourth held-out set's forms: Austria's passport with a space after its letter; a driving licence after "#/State"
            # and in Danish, Norwegian and Finnish
            passport | Reisedokument:       Reisepass Nr. U 8412973, ausgest. | U 8412973
            dl      | Driver's License #/State: SR482915 / OH        | SR482915
            dl      | kørekort nr. 31548207; førerkort: 09127745; ajokortti 4417820 | 31548207;09127745;4417820
            passport | passport number is 533380006                 | 533380006
            passport | passport photo attached                      |
            passport | Reisepass-Nr.: C01X00T47                     | C01X00T47
            passport | Passeport n° 18AB12345                       | 18AB12345
            passport | Numero passaporto: YA1234567                 | YA1234567
            passport | paspoortnummer NW1234567                     | NW1234567
            passport | Reisepass beantragt am Montag                |
            dl      | my driver's license number is 2270-66-1551     | 2270-66-1551
            dl      | Driving licence: MORGA753116SM9IJ             | MORGA753116SM9IJ
            dl      | Driver's licence number: D6101-40706-60905    | D6101-40706-60905
            dl      | driver license renewal                         |
            dl      | Führerschein-Nr.: B072RRE2I55                  | B072RRE2I55
            dl      | permis de conduire n° 123456789012             | 123456789012
            dl      | Prawo jazdy: 01234/12/3456                     | 01234/12/3456
            dl      | rijbewijsnummer 5123456789                     | 5123456789
            dl      | Under DL 18/2020 the measures were extended.   |
            dl      | 'DL: 12/05/2024 deadline for submission.'      |
            dl      | Patente n° 2019-123456 de invención.           |
            # plates of other countries' forms and words (the business sets' claims, listings and chats)
            plate   | 'VIN 2T3RWRFVXMW118734   Plate CKRT 418; Ontario plate CPTR 418' | CKRT 418;CPTR 418
            plate   | 'Mazda 3, rego DQX 47K (NSW); Bil, Volvo V60 2014, reg.nr KLM 47P; Toyota Auris 2016, reg.nr. EB 41772,' | DQX 47K;KLM 47P;EB 41772
            plate   | 'Skoda Octavia, nr rej. KR 5T419: Peugeot 3008 gris, plaques FR 218447 - place' | KR 5T419;FR 218447
            plate   | 'placas de circulación NTB-418-C de la; for her car MH 43 CJ 2250 against; mijn auto (R-482-FN) staat; auto NTZ-418.' | NTB-418-C;MH 43 CJ 2250;R-482-FN;NTZ-418
            plate   | 'the car park 2 is full; Car 2 arrives; registration FORM A1; Registration ADMIT 2024; bil 2014' |
            plate   | 'council registration 1031988017, microchip; Form 7A Ont. Reg. No.: 258/98' |
            plate   | La matrícula 2019 está abierta.                |
            plate   | VAT Reg: GB 123 4567 89                       |
            plate   | Company Reg. 08123456                          |
            plate   | Matrícula: 1234 BCD                            | 1234 BCD
            plate   | Kfz-Kennzeichen: B-MK 1234                     | B-MK 1234
            plate   | Kenteken: 12-ABC-3                             | 12-ABC-3
            plate   | Targa: AB 123 CD                               | AB 123 CD
            account | Kontonummer 1234567890, BLZ 37040044           | 1234567890
            account | numéro de compte : 12345678901                 | 12345678901
            account | Account #: 0012-3456-7890                      | 0012-3456-7890
            account | bank account 12345678 at the branch            | 12345678
            account | account holder John                            |
            account | account 2019                                   |
            plate   | license plate 7ABC123 seen                     | 7ABC123
            plate   | reg. AB12 CDE outside                          | AB12 CDE
            plate   | plate of food                                  |
            plan    | Member ID: XJH4421907                          | XJH4421907
            plan    | Policy Number: HH/55093821/IE                  | HH/55093821/IE
            plan    | Medicare number 1EG4-TE5-MK73                  | 1EG4-TE5-MK73
            plan    | member of the board                            |
            plan    | see our privacy policy 2019-04                 |
            plan    | Policy number: HX-448812                       | HX-448812
            plan    | Claim number: CLM-2024-0098123                 | CLM-2024-0098123
            plan    | Claim #: 88-1234567 was received              | 88-1234567
            plan    | Claim ref. CL/884213/24                        | CL/884213/24
            plan    | we will claim no further benefits              |
            plan    | Claim number to follow                         |
            device  | pacemaker serial no. PM2291-0043               | PM2291-0043
            device  | S/N: 8812XK                                    | 8812XK
            device  | serial killer movie                            |
            bio     | Fingerprint ID: FP-2231-884                    | FP-2231-884
            bio     | voiceprint template hash 3fa94c0e9b1d77a2      | 3fa94c0e9b1d77a2
            bio     | Retinal scan no. RS99812, iris code 0x7f3a9c   | RS99812;0x7f3a9c
            bio     | biometric template: q2Fk9Lm0Zx==               | q2Fk9Lm0Zx==
            bio     | face template Zm9v+YmFy/cXV4Lzk5 seen         | Zm9v+YmFy/cXV4Lzk5
            bio     | fingerprint scanner model                      |
            bio     | biometric data was taken 2 years ago           |
            bio     | voice print 3 times                            |
            licence | Medical license: G48291                        | G48291
            licence | certificate number 2019-44871                  | 2019-44871
            licence | license agreement signed                       |
            address | Rua do Arenque 1634, Goiania                  | Rua do Arenque 1634, Goiania
            address | at Harjukuja 54, SEINAJOKI                    | Harjukuja 54, SEINAJOKI
            address | Lang     3482 Via Franscini 71 Suite 838    Tujetsch     nan | 3482 Via Franscini 71 Suite 838    Tujetsch
            address | Brucker Bundesstrasse 31 now                  | Brucker Bundesstrasse 31
            address | PSC 0413, Box 8144 APO AA 42323               | PSC 0413, Box 8144 APO AA 42323
            address | Suite 501 and Apt. 595                        | Suite 501;Apt. 595
            address | in 2019 we had 3 cats                         |
            address | lives at 172 Maneeži 75, Saareküla            | 172 Maneeži 75, Saareküla
            address | drops you off at 87818 Dalmatinova 68 St.     | 87818 Dalmatinova 68 St.
            address | In 2019 Apple sold 50 units                   |
            address | The bus station is on Villacher Strasse 89    | Villacher Strasse 89
            address | Potsdamer Platz 1 in Berlin                   | Potsdamer Platz 1
            address | Berliner Straße 12a; Leipziger Allee 3        | Berliner Straße 12a;Leipziger Allee 3
            address | Platz 1 im Finale, Strasse 4 gesperrt         |
            zip     | Denver, CO 80202-1234                         | 80202-1234
            zip     | Eircode: A94 X7K2                             | A94 X7K2
            zip     | Seapoint Avenue, Monkstown, Co. Dublin, D6W XK24 | D6W XK24
            zip     | Model A12 BCDEF and B94 X7K2                  |
            zip     | order 12345 shipped                           | 12345
            url     | see https://example.org/a?b=1. Then           | https://example.org/a?b=1
            url     | visit www.UEarly.se/ now                      | www.UEarly.se/
            url     | mail me at a@example.com                      |
            url     | site teleworm.us rocks                        | teleworm.us
            url     | Profile: linkedin.com/in/kwame-mensah.        | linkedin.com/in/kwame-mensah
            url     | see github.com/jdoe88/notes, and more         | github.com/jdoe88/notes
            url     | built with Node.js/React and such             |
            url     | ASP.NET/MVC, Socket.IO/Redis, Sr.No/Description | ASP.NET;Socket.IO;Sr.No
            url     | Tel.no/Fax.no and Makefile.in/Makefile.am     | Tel.no;Fax.no;Makefile.in
            dob     | DOB: 03/29/1982                               | 03/29/1982
            dob     | born April 7, 1969 in Ohio                    | April 7, 1969
            dob     | Date of birth: 23-Oct-1972                    | 23-Oct-1972
            dob     | Fecha de nacimiento: 23-octubre-1972.         | 23-octubre-1972
            dob     | Fecha de nacimiento: 3 de marzo de 1972.      | 3 de marzo de 1972
            dob     | Date de naissance : 3 mars 1972               | 3 mars 1972
            dob     | Geburtsdatum: 3. März 1972                    | 3. März 1972
            dob     | F. nacimiento: 4-dic-72                       | 4-dic-72
            dob     | DOB 19850304                                  | 19850304
            dob     | DOB: Mar 4, '85. Seen today.                  | Mar 4, '85
            dob     | Date of birth: 03JUN1991                      | 03JUN1991
            dob     | Date of birth: 1990/06/05                     | 1990/06/05
            dob     | Passport expiry 12JUN2099, date of birth 01JAN1980 | 01JAN1980
            dob     | flight BA0117 03JUNE1991X                     |
            sin     | Social Insurance Number: 046 454 286          | 046 454 286
            # Australian Business Numbers, after their label: the ATO's own ABN (51 824 753 556), one with its last digit changed
            abn     | Sole trader, ABN 51 824 753 556, GST registered | 51 824 753 556
            abn     | ABN: 51824753556; Australian Business Number 53004085616 | 51824753556;53004085616
            abn     | ABN 51 824 753 557; ref 51824753556; ABN 51 824 753 5566 |
            # Indian PAN: a person's (fourth letter P) alone, any kind after its label; not another kind alone, nor in lower
            # case, nor inside a longer code
            pan     | PAN: ABCPE1234F                               | ABCPE1234F
            pan     | PAN No. AAACB1234C (company)                  | AAACB1234C
            pan     | Permanent Account Number (PAN): BNZPM2501F    | BNZPM2501F
            pan     | Ref ABCDE1234F; abcpe1234f; ABCPE1234F-2; XABCPE1234F |
            # Aadhaar after its label: twelve digits, the first 2-9, Verhoeff's check (computed here)
            aadhaar | Aadhaar No: 2345 6789 0124                    | 2345 6789 0124
            aadhaar | Aadhaar Card: 491873620513, UID 4918-7362-0513 | 491873620513;4918-7362-0513
            aadhaar | Aadhaar: 2345 6789 0125; UID 1345 6789 0124; ref 2345 6789 0124 |
            # South African identity numbers after their label (computed here: a date, a sequence, citizenship 0-2, Luhn); not a
            # bad date, a citizenship of 3, a wrong check, a longer run, nor without the label
            za      | ID number:          800101 5009 087           | 800101 5009 087
            za      | Identity number: 6507310123185; ID No. 8001015009087 | 6507310123185;8001015009087
            za      | ID number: 8013015009082; ID number: 8001015009384; ID number: 800101 5009 088; ID number: 800101 5009 087 5 |
            za      | ref 8001015009087; Spouse 800101 5009 087      |
            # Brazilian CPF: the Receita's example 529.982.247-25, and bare after "CPF"; not a wrong check digit, one digit
            # repeated, eleven bare digits without the label
            cpf     | CPF: 529.982.247-25                           | 529.982.247-25
            cpf     | "cpf": "52998224725", CPF nº 529.982.247-25   | 52998224725;529.982.247-25
            cpf     | CPF 529.982.247-26; 111.111.111-11; pedido 52998224725 |
            # New Zealand NHI after its label: the Ministry's test numbers ZZZ0016, ZZZ0024; the 2022 form; a wrong check
            nhi     | NHI ZZZ0016, NHI: ZZZ0024; NHI ZZZ0300 (a check of 10 written 0) | ZZZ0016;ZZZ0024;ZZZ0300
            nhi     | NHI number: ALU18KZ                           | ALU18KZ
            nhi     | NHI ZZZ0017; NHI ZZI0016; ZZZ0016             |
            tfn     | TFN: 123 456 782                              | 123 456 782
            tfn     | TFN: 123 456 783                              |
            tfn     | TFN 123456782.                                | 123456782
            aumed   | Medicare No: 2123 45670 1                     | 2123 45670 1
            aumed   | Medicare No: 2123 45671 1                     |
            aumed   | Medicare 2123456701                           | 2123456701
            user    | My account username is rhiannon_pj88 and more | rhiannon_pj88
            # a chat's mentions, an issue tracker's authors, a UPI address (a held-out set's support chat, bug report, rent note)
            user    | 'morning all. @fionn.d can you take these? @ronan can you check; thanks @tadhg.kb, done' | @fionn.d;@ronan;@tadhg.kb
            user    | '@param name the name; @media screen and; @echo off; working @home today' |
            user    | '**tove-lq** (Maintainer) commented Mar 11, 2025\nkwamebuilds opened this issue Mar 11\n**pdx-hannah** commented' | tove-lq;kwamebuilds;pdx-hannah
            user    | 'someone commented on it\nThe user commented\nreviewer approved these changes' |
            user    | 'The deadline\nwas pushed to Friday\nwe reviewed the accounts\nbob pushed the cart; {@code null} and {@link foo} @here can you' |
            user    | 'alice-w reviewed on 3 May\nkwame (Member) pushed 2 commits' | alice-w;kwame
            user    | 'pay by UPI to vasantgokhale@oksbi or to ravi.k@ybl; mail me at a@gmail.com' | vasantgokhale@oksbi;ravi.k@ybl
            user    | Hana Takahashi (SOC Analyst, username htakahashi) | htakahashi
            user    | Bill (Accounts Payable, username bferreira, email b@x.com) | bferreira
            user    | 'Søndergaard (brugernavn msondergaard, lønafdelingen) stjålet; IT (brugernavn mkh42)' | msondergaard;mkh42
            # initials alone are a word as often: a labelled value must look made up (validate)
            user    | 'IT (brugernavn mkh) og (username jsm)'       |
            user    | 'Benutzername: kschaefer89'                   | kschaefer89
            user    | 'Nom d\'\'utilisateur invalide, veuillez réessayer.\nBenutzername kschaefer\nKennwort: geheim' |
            user    | Please enter your username and password; the username field is empty; username. |
            user    | Please check the username spelling, then retry. |
            user    | My employee login name is gfitzsimmons.       | gfitzsimmons
            user    | Username: j.smith42                           | j.smith42
            user    | Twitter @gerryfitz_mcr                        | @gerryfitz_mcr
            user    | VENMO @mikey-mendoza22 -45.00                 | @mikey-mendoza22
            user    | Instagram: @ana.lopez.                        | @ana.lopez
            user    | ping me @sam_r on the forum                   | @sam_r
            user    | Username is required.                         |
            user    | Username: Password:                           |
            user    | Login: failed for user                        |
            user    | 16 threads @2.4GHz                            |
            plate   | Company registration number 08123456          |
            address | Bahnhof 2, 10000 Fahrgäste                    |
            user    | the login page opens                          |
            user    | Login: the same as before                     |
            user    | mail jane@example.com now                     |
            user    | handle with care                              |
            user    | The door handle is loose.                     |
            user    | Login is slow on Mondays.                     |
            user    | login = request.form                          |
            user    | Skype: live:jane.smith_1                      | live:jane.smith_1
            user    | Login: gfitzsimmons                           | gfitzsimmons
            sin     | SIN: 046-454-286                              | 046-454-286
            sin     | SIN: 046 454 287                              |
            sin     | SIN: 046-454 286                              |
            sin     | SIN: 846 454 286                              |
            plate   | a blue Ford Focus, registration AB12 CDE.     | AB12 CDE
            plate   | Vehicle: silver Vauxhall Corsa, VRM LV19 XKT  | LV19 XKT
            plate   | a vehicle (plate: CHI 7Y2 441).               | CHI 7Y2 441
            plate   | registration 2024 opens                       |
            plate   | registration FORM A1 attached                 |
            account | Sort code 20-32-06, account 43918270          | 20-32-06;43918270
            account | BSB 063-182 Acc 1048 2291                     | 063-182;1048 2291
            # national forms (a held-out set's): Swedish clearing, Nordic "konto", dotted groups, a Czech bank's code, CLABE, ABA
            account | Clearingnummer 8327-9, kontonummer 914 123 456-7 (Swedbank) | 8327-9;914 123 456-7
            account | fra vores fælles konto 9570 0012847716; registrerte konto 9710.05.28464. | 9570 0012847716;9710.05.28464
            account | vrátíme na účet 19-2871640213/0800 (IBAN      | 19-2871640213/0800
            account | desde su cuenta CLABE 012180004719302851 a la  | 012180004719302851
            account | ABA routing number 071000013, account number 482911773 | 071000013;482911773
            account | Konto 1.234,56 EUR; clearing 12                |
            dob     | born 4 March ’85 in Leeds                     | 4 March ’85
            dob     | the class of '85 met on Mar 4                 |
            dob     | 'Date of Birth\t03 04 1985'                   | 03 04 1985
            dob     | order 19851304 and 20 13 1985                 |
            dob     | Born 1985; employee ID 20150615               |
            dob     | file web-1-may-22.log                         |
            age     | and i'm 26 y/o                                | 26
            age     | Hannah Kim, 34, of 1500 Post St               | 34
            age     | Hannah Kim (34) reported her wallet stolen.   | 34
            age     | Hannah Kim, 34, 1500 Post St                  |
            age     | Schedule One (12) pages follow                |
            age     | see Schedule One (12).                        |
            age     | Bob Smith, 3, and Ann Lee, 5, were listed     | 3;5
            age     | aged 91 years                                 | 91
            age     | a 45-year-old man, 45 years old           | 45;45
            age     | 300 years old tree                            |
            age     | My brother just turned 60                     | 60
            age     | retired at the age of 61                      | 61
            age     | the dial turned 90 degrees                    |
            zip     | ZIP: 394 13                                   | 394 13
            zip     | my zip code is 880                            | 880
            zip     | KOKKOLA   Finland 11507                       | 11507
            zip     | Riisa   Estonia 62488                         | 62488
            zip     | visited Ukraine 2022 and Cyprus (Greek) 13429 | 13429
            zip     | 10 Downing Street, London SW1A 2AA            | SW1A 2AA
            zip     | Manchester M1 1AE; Birmingham B33 8TH         | M1 1AE;B33 8TH
            zip     | Croydon CR2 6XH or DN551PT                    | CR2 6XH;DN551PT
            zip     | flight BA1 234, gate A1 2CI, model QX1 1AB    |
            zip     | part no. XSW1A 2AA-7                          |
            zip     | Ottawa ON K1A 0B1                             | K1A 0B1
            zip     | Mill Village NS B0J 2H0 or T2P1J9             | B0J 2H0;T2P1J9
            zip     | estadio T4N0M1 y G1P0A1                       |
            zip     | 'Localidad/ Provincia: Madrid.\nCP: 28035.'   | 28035
            zip     | C.P. 46017 Valencia                           | 46017
            zip     | Avda. del Mar, s/n 29010 Málaga e-mail         | 29010
            zip     | 'Calle Mayor 3\n28049 Madrid'                  | 28049
            place   | paid 25000 Euros today                        |
            place   | sold 10000 Units.                             |
            place   | Invoice #12345 Paid.                          |
            place   | 'Platelets 45000 L\nHb 12'                    |
            place   | she lives in Abbey Road                       | Abbey Road
            place   | 'Lives in Quincy. SH: Lives alone in Lynn.'   | Quincy;Lynn
            place   | Born in Haiti; moved from Port-au-Prince      | Haiti;Port-au-Prince
            place   | Pt lives with her daughter in Revere.         | Revere
            place   | Parents live in Hartford, CT; emigrated from Cape Verde | Hartford;Cape Verde
            place   | lives with her daughter in the evenings       |
            place   | 'Lives in Assisted Living. Born in Breech position. Lives in Fear is a film. Lives in Section 8 housing; lives in VA housing' |
            place   | Spent winters in Naples, FL; his PCP in New Bedford, MA; daughter in Tampa, Florida | Naples;New Bedford;Tampa
            place   | 'Signed: Kevin Park, MD; Dana Whitaker, PA; Dr. Jane Smith, CA; Thanks, CA team; Lawrence, MA' |
            place   | 'LAB RESULTS, IN THE CHART; Springfield, IL 62704' | Springfield;IL
            place   | 'Abdomen Soft, ND, NT. Hx Anterior, MI. Seen in Oncology, CA' |
            # towns of the gazetteer after in, from, to, near (Cities; notes of the fifteenth session's leak hunts, written by a helper)
            place   | Pt's only family is a cousin, DeAndre Pettiford, in Baltimore. | Baltimore
            place   | 'SON KIERAN FLYING IN FROM DUBLIN ON THURSDAY.' | DUBLIN
            place   | works at Lucky Nails in Dorchester (UV lamp); a trip to Da Nang in October; a job in Fall River. | Dorchester;Da Nang;Fall River
            place   | moved to Santiago de Compostela in 2010; a farm near Stratford-upon-Avon | Santiago de Compostela;Stratford-upon-Avon
            place   | 'Nephrology, Cambridge Health Alliance; referred to Austin Smith; seen in Boston Medical Center' |
            place   | said Gladys to Logan; a letter from Austin; pass this along to Elizabeth |
            place   | moved to Elizabeth last year; she is from Austin | Elizabeth;Austin
            place   | '1 mm STE in II, III, aVF; admitted to ICU; in Normal sinus rhythm; in March; seen in BOSTON' |
            place   | a sister near Washington; a holiday in England; trips to Asia; in Colon and Rectum |
            place   | 'Office: Lagos, Nigeria; relatives in Mogadishu, Somalia and Nairobi, Kenya; Paris, France' | Lagos;Mogadishu;Nairobi;Paris
            place   | 'Smith, France; Dear Jane, Canada is cold'      |
            zip     | CP x3 noted, plz 2day                         |
            zip     | PLZ 10115 Berlin                              | 10115
            age     | primigesta de 39 semanas                      |
            age     | Niña de siete años que acude                  | siete años
            age     | Varón de tres años y medio                    | tres años
            age     | mujer de cuarenta y dos años                  | cuarenta y dos años
            age     | espermarquia a los 14 años, inicio            | 14
            age     | desde los 5 años, que acudió                  | 5
            age     | Cuando la paciente contaba con 69 años, seguía | 69
            age     | Cuando la paciente tenía 32 años              | 32
            age     | A los dos días de vida realizan               | dos días de vida
            age     | Paciente mujer, 44 años, derivado             | 44
            age     | a los 5 años de la cirugía, sin recidiva      |
            age     | a los 2 años del diagnóstico                  |
            age     | con 2 años de evolución                       |
            age     | a los 3 días, presentó fiebre                 |
            age     | A los 6 meses percibe; a los tres meses de edad | tres meses de edad
            age     | niño de un año y lactante de 1 mes            | un año;1
            age     | Paciente masculino, de 33 años, con           | 33
            age     | HTA, 10 años, en tratamiento                  |
            age     | hace 5 años, y tras 3 años sin síntomas       |
            age     | en 2 años, 3 meses                            |
            age     | 'EDAD: 44 AÑOS\nVARÓN DE 52 AÑOS'             | 44;52
            place   | PAÍS: ESPAÑA                                  | ESPAÑA
            plan    | AFILIACIÓN: 28 12345678 40                    | 28 12345678 40
            device  | S/N 48213 Medtronic pacemaker                 | 48213
            plan    | Member ID 12345678 90 day supply              | 12345678
            place   | Localidad/ Provincia: Hellín, Albacete.       | Hellín, Albacete
            place   | País de nacimiento: España.                   | España
            place   | Place of birth: Santiago de Compostela        | Santiago de Compostela
            place   | Lieu de naissance : Saint-Étienne             | Saint-Étienne
            place   | E-28015 Madrid (España)                       | Madrid (España)
            place   | 46017 - Valencia. Tel                         | Valencia
            place   | lives at 12345 Main Street.                   |
            place   | Localidad: 28035                              |
            place   | Avda. de França, s/n. 17007 Girona. España.   | Girona
            place   | C/ San Raimundo, 38, 2º Dcha. 28039 Madrid    | Madrid
            place   | Avda. Gaspar Aguilar, 90 - 46017 Valencia.    | Valencia
            place   | Aguilar, 90 - 46017 Valencia Tel.: 963 862 500 | Valencia
            place   | s/n. 17007 Girona Fax. 972 94 02 70           | Girona
            place   | Calle Sardenya, 74, 3º 1 08005-Barcelona.     |
            place   | Calle Mayor 23. 28049 Madrid.                 | Madrid
            place   | Paseo de Gracia, 45. 08007 Barcelona          | Barcelona
            place   | Apdo. 123. 28080 Madrid.                      | Madrid
            place   | C/ Mayor 5, 2º Izquierda. 28039 Madrid        | Madrid
            place   | Calle Mayor 5, 3º B. 28013 Madrid             | Madrid
            place   | 46017 Valencia TEL 963 862 500                | Valencia
            place   | Room 12 - 25000 Euros.                        |
            place   | Total for 2019 - 25000 Units.                 |
            place   | 'Order 2, 12345-Final.\n12345-Draft'          |
            place   | the vote was local. 25000 Visitors.           |
            place   | it was A. 25000 Visitors.                     |
            place   | Figure 3. 10000 Units.                        |
            place   | Room 12. 25000 Euros.                         |
            place   | Avda. Gaspar Aguilar 90 - 46017 Valencia.     | Valencia
            place   | Domicilio: Mayor 5 - 28013 Madrid.            | Madrid
            place   | Domicilio: Urb. Los Pinos 5, bajo. 28013 Madrid. | Madrid
            place   | Avda. de França, S/N. 17007 Girona.           | Girona
            place   | Juan Bosco, 17, 2º Izda. 31007 Pamplona.      | Pamplona
            zip     | Avda. de França, s/n. 17007 Girona.           | 17007
            zip     | Calle Sardenya, 74, 3º 1 08005-Barcelona.     | 08005
            place   | it rose in 2019. 10000 Users.                 |
            place   | that was it. 10000 Users.                     |
            place   | the total - 25000 Euros.                      |
            age     | Edad: 44 años Sexo: M                         | 44
            age     | Historia actual: mujer de 19 años de edad     | 19
            age     | Der 34-jährige Beschuldigte wurde festgenommen. | 34
            age     | de 45-jarige man en een 45 jaar oud huis      | 45;45
            age     | en 45-årig kvinna, 45 år gammal               | 45;45
            age     | Zatrzymano 34-letniego mężczyznę              | 34
            age     | w wieku 34 lat                                | 34
            age     | La paziente di 45 anni, che ha 45 anni        | 45;45
            age     | il a 54 ans; il y a 5 ans; elle avait 61 ans  | 54;61
            age     | ele tem 67 anos                               | 67
            age     | Ha 3 anni di esperienza; il a 20 ans d'expérience |
            age     | un mutuo di 20 anni e 3-jährige Garantie      |
            age     | een 5-jarige looptijd, en 3-årig utbildning   |
            age     | das 5-Jahres-Budget                           |
            age     | Varón de 26 días de vida                      | 26
            age     | un paciente de 59 años que refiere            | 59
            age     | 45 años de edad                               | 45
            age     | âgée de 45 ans                                | 45
            age     | er ist 45 Jahre alt                           | 45
            age     | una donna, 45 anni di età                     | 45
            age     | fumador desde hace 5 años                     |
            age     | tras 3 años de tratamiento                    |
            phone   | Pamplona Tfno. 848422206 E-mail               | 848422206
            phone   | Telfs.: 918823884 / 619128686.                | 918823884;619128686
            phone   | Teléfono: 915 86 75 76. Email                 | 915 86 75 76
            phone   | ref 123456789 and 512345678-1                 |
            plan    | NASS: 28 12345678 40.                         | 28 12345678 40
            plan    | NASS: 765145412-1.                            | 765145412-1
            plan    | nº de afiliación 281234567840                 | 281234567840
            plan    | Nº DE AFILIACIÓN 281234567840                 | 281234567840
            plan    | Tarjeta sanitaria: BBBB123456789012           | BBBB123456789012
            plan    | el plan de la seguridad social                |
            plan    | Insurance: MassHealth ID 100392847165; workers' comp claim # WC 2076-88213 | 100392847165;WC 2076-88213
            plan    | Insurance: Blue Cross ID card lost; Member ID: XYZ Corp |
            licence | Médico: Ana Ruiz  NºCol: 28 28 20943.         | 28 28 20943
            licence | colegiado nº 281234                           | 281234
            licence | la colección de 20 casos                      |
            device  | Avda. del Mar, s/n 29010 Málaga               |
            device  | S/N 29010ABC on the pump                      | 29010ABC
            address | Domicilio: Calle Carmen Romero, 23, 1D.       | Calle Carmen Romero, 23, 1D
            address | Domicilio: C/ Antón Martín, 23, 6 A.          | C/ Antón Martín, 23, 6 A
            address | Hospital. Avda. del Mar, s/n 29010 Málaga     | Avda. del Mar, s/n 29010 Málaga
            address | Calle Mayor 5, 2 personas                     | Calle Mayor 5
            address | Domicilio: C/ San Raimundo, 38, 2º Dcha. 28039 Madrid | C/ San Raimundo, 38, 2º Dcha. 28039 Madrid
            address | Av. Duque de Pastrana 86, 3, B                | Av. Duque de Pastrana 86, 3, B
            address | Calle Las Flores, 6, 10, C.                   | Calle Las Flores, 6, 10, C
            address | Calle Electra, 1 - 4º L                       | Calle Electra, 1 - 4º L
            address | C/ Colón, 28-1º                               | C/ Colón, 28-1º
            address | Paseo Dr. Marañón, 14, 3.º C                  | Paseo Dr. Marañón, 14, 3.º C
            address | Avenida de asturias 78, Bajo izq              | Avenida de asturias 78, Bajo izq
            address | Calle Mayor 5 - 12 personas                   | Calle Mayor 5
            address | Calle Mayor 5, 3. Then we left                | Calle Mayor 5
            address | Calle Mayor 5, 2º dcho. y más                  | Calle Mayor 5, 2º dcho.
            address | 12 Oak Street, 2. I called him                | 12 Oak Street
            address | 221 Baker Street - 3° floor                   | 221 Baker Street
            address | 'Calle Mayor 5\n2. A fall'                     | Calle Mayor 5
            address | C/ Mayor 5, 3º 1ª                             | C/ Mayor 5, 3º 1ª
            address | Domicilio: C/ Mayor 86, 3, B 28013 Madrid     | C/ Mayor 86, 3, B 28013 Madrid
            address | Domicilio: Teatinos 180.                      | Teatinos 180
            address | Domicilio: calle mayor de lugo 129, 8C.       | calle mayor de lugo 129, 8C
            address | Domicilio: Robles No. 12 entre Mir\u00f3 y M. Luna.. | Robles No. 12 entre Mir\u00f3 y M. Luna
            address | 'Domicilio: Avenida Real 59. 4,2. Localidad/ Provincia: Soria.' | Avenida Real 59. 4,2
            address | DOMICILIO: Gran V\u00eda, 85 .                  | Gran V\u00eda, 85
            address | Direcci\u00f3n: Ronda Sur, s/n. Tel: 900 000 000 | Ronda Sur, s/n
            address | Home address: 12 Oak Street, Springfield; ok  | 12 Oak Street, Springfield
            address | 'Address: Teatinos 180\tmobile 600'          | Teatinos 180
            address | Adresse : 12 rue de la Paix, 75002 Paris      | 12 rue de la Paix, 75002 Paris
            address | 'Address:\n12 Oak Street'                     | 12 Oak Street
            address | Address: see above                            |
            address | Address: Ana Ruiz                             |
            address | Email address: ana2@x.es                      |
            address | E-mail address: ana.ruiz2 at x.es             |
            address | IP address: 10.0.0.1                          |
            address | IPv6 address: fe80 1 link                     |
            address | MAC address: 00:1A:2B:3C:4D:5E                |
            address | Memory address 0x7ffe in 2 frames             |
            address | Domicilio: 28013                              |
            address | Address: 12:30 pm                             |
            address | She lives at 300 E 57th St. now               | 300 E 57th St.
            address | Send it to 45 1st Street, Boston, MA.         | 45 1st Street, Boston, MA
            address | I live at 500 5th Avenue, New York, NY 10036  | 500 5th Avenue, New York, NY 10036
            address | He lives at 12 W 3rd Ave, Apt 4.              | 12 W 3rd Ave, Apt 4
            address | took 2 3rd place medals                       |
            address | Seat 14 3rd Row, Won 3 1st Place medals       |
            address | Av HR 72 bpm                                  |
            address | 'Address: 12 Oak Street. Patient is a 45 yo male' | 12 Oak Street
            address | Bind address: localhost, port 8080           |
            address | Domicilio: Av. Diego de León, 13, 2, 1.       | Av. Diego de León, 13, 2, 1
            address | To address: 3 open items, no blockers         |
            address | Residence: 5 years, Spring semester           |
            address | Keynote address: Prof. Lee, Room 101          | Room 101
            address | '12 Oak Street, Mobile, AL 36602, Tel: 251'   | 12 Oak Street, Mobile, AL 36602
            address | '12 Oak Street, Springfield, IL 62704\nPhone: 555 0100' | '12 Oak Street, Springfield, IL 62704'
            address | '12 Oak Street\nSpringfield, IL 62704'        | '12 Oak Street\nSpringfield, IL 62704'
            # the next line's first word is a town only where the line ends after it or goes on with a comma, a number or a capital
            # (a held-out set's forms, letters and listings: a field's name, a sentence, a price)
            address | '2147 E Saltsage Dr\n  City / State / ZIP .... Phoenix / AZ' | '2147 E Saltsage Dr'
            address | '88 Woodmount Ave., Unit 2\nCity/Town: Toronto'  | '88 Woodmount Ave., Unit 2'
            address | 'Via Giacomo Leopardi 73, 90144 Palermo\nScuola dell''infanzia di provenienza' | 'Via Giacomo Leopardi 73, 90144 Palermo'
            address | 'Unit 7/18 Wilford Street, Newtown NSW 2042\nRent $690 per week' | 'Unit 7/18 Wilford Street, Newtown NSW 2042'
            address | '14 Ashcombe Gardens\nBristol\nBS8 2XY'         | '14 Ashcombe Gardens\nBristol'
            address | '12 High Street\nLondon SW1A 1AA'              | '12 High Street\nLondon'
            address | '48 Paseo del Atlántico 81\nTorroella de Montgrí\nSpain?' | '48 Paseo del Atlántico 81\nTorroella'
            address | 'Sankt Clemens Stræde 5, 1. th.\n8000 Aarhus C'   | 'Sankt Clemens Stræde 5, 1. th.\n8000 Aarhus'
            address | '12 Grey Street\nNewcastle upon Tyne\nNE1 6EE'    | '12 Grey Street\nNewcastle'
            address | 'Kongens Nytorv, Rådhus Plads 12, 1550 København V' | 'Rådhus Plads 12, 1550 København'
            # on one line, the number and its street; no label after the town on the next line (the third clinical hunt)
            address | '2000 Washington Street, Suite 340\nNewton, MA 02462\nTel 617-555-0100' | '2000 Washington Street, Suite 340\nNewton, MA 02462'
            address | 'June 11, 2083\n\nDear Dr. Rubenstein, thank you' |
            address | 8/214 Hay Street, Perth WA 6000                 | 8/214 Hay Street, Perth WA 6000
            # a Canadian suite before the civic number with a dash (a held-out set's RSVP list); not a phone's or a date's end
            address | 416-839-2054; 1203-85 Queens Wharf Rd, Toronto  | 1203-85 Queens Wharf Rd, Toronto
            address | call 555-0199-85 Queens Wharf Rd; 2024-03-85 Main St | 85 Queens Wharf Rd;85 Main St
            address | on 12/03/214 Main Street                        | 214 Main Street
            address | 'Record date: 2066-12-03\n\nCATH LAB REPORT\nSt. Vincent Hospital, Worcester' |
            address | '12 Oak Street\nEmail Address: a@b.c'        | 12 Oak Street
            address | Avda. Mayor, s/n 28040 Madrid España E-mail: a@b.es | 'Avda. Mayor, s/n 28040 Madrid España'
            address | '400 Dauphin Street\nMobile, AL 36602'         | '400 Dauphin Street\nMobile, AL 36602'
            address | 'Hauptstraße 12, 10115 Berlin. Wir bitten um Rückmeldung.' | 'Hauptstraße 12, 10115 Berlin'
            address | 'Adresse: Mozartgasse 14, 1010 Wien\nTelefon: +43 660 1234567' | 'Mozartgasse 14, 1010 Wien'
            address | 'Via Garibaldi 15, 20121 Milano\nCodice fiscale: BNCGLI90A41H501E' | 'Via Garibaldi 15, 20121 Milano'
            # Romanian street types before the name, the number after "nr." (a held-out set's donation form)
            address | 'Adresa: Str. Theodor Speranția nr. 104, bl. S9; Bd. Nicolae Grigorescu nr. 29; Aleea Trandafirilor nr. 3' | Str. Theodor Speranția nr. 104, bl. S9;Bd. Nicolae Grigorescu nr. 29;Aleea Trandafirilor nr. 3
            address | 'Lindenstraße 5, 50674 Köln\nIBAN DE89 3704 0044 0532 0130 00' | 'Lindenstraße 5, 50674 Köln'
            address | '12 Oak Street, Mt. Vernon, NY 10550'          | '12 Oak Street, Mt. Vernon, NY 10550'
            address | '12 Herzl Street, Tel Aviv'                    | '12 Herzl Street, Tel Aviv'
            address | Mme Martin demeure 8 bis boulevard Voltaire, 13001 Marseille. | '8 bis boulevard Voltaire, 13001 Marseille'
            address | Mme Martin demeure 17 allée des Tilleuls, 31000 Toulouse. | '17 allée des Tilleuls, 31000 Toulouse'
            address | M. Martin demeure 45 avenue Victor Hugo, 75016 Paris. | '45 avenue Victor Hugo, 75016 Paris'
            address | au 3 place du Commerce et au 12 rue Nationale   | 3 place du Commerce;12 rue Nationale
            address | 17 allée d'Italie                              | 17 allée d'Italie
            address | we ate 3 place settings and 2 cours           |
            address | La signora Rossi abita in via dei Mille 22, 80121 Napoli. | 'via dei Mille 22, 80121 Napoli'
            address | 'Indirizzo: via Roma, 12'                      | 'via Roma, 12'
            address | 'corso Francia 150/B'                          | 'corso Francia 150/B'
            address | sent via FedEx 2 days ago                      |
            address | A Sra. Costa mora na Rua do Ouro, n.º 45, 3.º Dto. | 'Rua do Ouro, n.º 45, 3.º Dto.'
            address | 'Stefanie Braun, Hauptstr. 101, 69117 Heidelberg' | 'Hauptstr. 101, 69117 Heidelberg'
            address | 'Kaiser-Wilhelm-Str. 5'                        | 'Kaiser-Wilhelm-Str. 5'
            address | see str. 5 of the guide                        |
            address | Sign in via Microsoft 365 to access the portal. |
            address | 'Shipping: via UPS 2-day air.'                 |
            address | Log in via Google 2 times a day.               |
            address | See Section 3 Route Planning for details.      |
            address | Set the table with 5 Place Settings for dinner. |
            address | Step 4 Square Root of the variance.            |
            address | Fig. 3, Illustr. 12 shows the layout.          |
            address | The Hauptstr. 5 sign.                          |
            address | '12 Oak Street\nSpringfield Phone: 555-1234'   | '12 Oak Street\nSpringfield'
            address | '12 Oak Street\nBoston MA Tel: 617-555-0100'   | '12 Oak Street\nBoston MA'
            address | 'Calle Mayor 5\nMadrid Tel: 915551234'         | 'Calle Mayor 5\nMadrid'
            address | Pani Nowak mieszka przy ul. Długiej 12 m. 4, 80-831 Gdańsk. | 'ul. Długiej 12 m. 4, 80-831 Gdańsk'
            address | Hon bor på Storgatan 12 B, 411 19 Göteborg.   | 'Storgatan 12 B, 411 19 Göteborg'
            address | 'Jan de Vries\nKeizersgracht 123-II\n1015 CJ Amsterdam' | 'Keizersgracht 123-II\n1015 CJ Amsterdam'
            address | Hij woont aan de Laan van Meerdervoort 120, 2517 AX Den Haag. | 'Laan van Meerdervoort 120, 2517 AX Den Haag'
            address | 'Via Roma 12/4, 00184 Roma'                    | 'Via Roma 12/4, 00184 Roma'
            address | 'Storgatan 12 lgh 1102'                        | 'Storgatan 12 lgh 1102'
            # a Finnish staircase and flat, or "as." and a flat; not a Swedish postal code's groups after a door's letter
            address | 'Osoite: Mannerheimintie 112 B 15, 00100 Helsinki' | 'Mannerheimintie 112 B 15, 00100 Helsinki'
            address | 'Mannerheimintie 112 B 15 00100 Helsinki'      | 'Mannerheimintie 112 B 15 00100 Helsinki'
            address | Hän asuu osoitteessa Hämeenkatu 5 as. 12, 33100 Tampere. | 'Hämeenkatu 5 as. 12, 33100 Tampere'
            address | Hon bor på Storgatan 12 B 114 51 Stockholm.   | 'Storgatan 12 B 114 51 Stockholm'
            # a flat, staircase, box or floor after a comma, in lower case or in other languages' forms, and what follows
            address | 'Nuvarande adress: Kungsgatan 44, lgh 1203, 411 19 Göteborg\nTelefon: 073' | 'Kungsgatan 44, lgh 1203, 411 19 Göteborg'
            address | 'Thereses gate 19 B, leil. H0304\n0358 OSLO\n\nOslo, 14.11.2024' | 'Thereses gate 19 B, leil. H0304\n0358 OSLO'
            address | Rosenvængets Allé 17, 2. th., 2100 København Ø, lønkonto | 'Rosenvængets Allé 17, 2. th., 2100 København'
            address | 'CPR-nr. 290473-1830, Solbakken 8, 4000 Roskilde\n- Jonas' | 'Solbakken 8, 4000 Roskilde'
            address | 'Via dei Mille 27, scala B, int. 6\n80121 Napoli' | 'Via dei Mille 27, scala B, int. 6\n80121 Napoli'
            address | 'Avda. del Puerto, 112, pta. 9 · 46023 València' | 'Avda. del Puerto, 112, pta. 9 · 46023 València'
            address | 'ul. Marszałkowska 84/92 m. 117\n00-514 Warszawa\nPESEL' | 'ul. Marszałkowska 84/92 m. 117\n00-514 Warszawa'
            address | Sie wohnt in der Kastanienallee 58, Vorderhaus, 2. OG links, 10119 Berlin, bestehend | 'Kastanienallee 58, Vorderhaus, 2. OG links, 10119 Berlin'
            address | Il habite 17 rue des Tanneurs, bât. B, 3e étage, 69007 Lyon. | '17 rue des Tanneurs, bât. B, 3e étage, 69007 Lyon'
            address | He lives at 12 Oak Street, m and then we met at 12 Oak Street, st. Mary's | 12 Oak Street;12 Oak Street
            address | Via Roma 12 E poi siamo andati via.            | Via Roma 12
            address | 'Address: 12 Oak Street, Apt: 5B, Boston MA 02108' | '12 Oak Street, Apt: 5B, Boston MA 02108'
            address | 'Storgatan 12 Bromma'                          | 'Storgatan 12 Bromma'
            address | Calle Mayor 5 y 7 son                          | Calle Mayor 5
            # not the postal code and town after "E-": found on their own, the town is redacted at its other occurrences
            # too ("Provincia: Puerto de Santa María (Cádiz)"); taken into the street, it was not (a MEDDOCAN case)
            address | 'Avenida Menesteo, 45 E-11500 Cádiz'           | 'Avenida Menesteo, 45 E-'
            address | 'C/ Alfredo Navarro 3102, Apto. 116'           | 'C/ Alfredo Navarro 3102, Apto. 116'
            address | He lives at 12 Oak Lane. Call him.             | 12 Oak Lane
            address | Please sign in via Microsoft 365, then open Teams. |
            address | '12 Oak Street\nDate of birth: 1 May 1970'    | 12 Oak Street
            place   | s/n E-28935 Móstoles (Madrid) e-mail          | Móstoles (Madrid)
            place   | Avda. Cervera nº 14 13600 Alcázar de San Juan (Ciudad Real) | Alcázar de San Juan (Ciudad Real)
            place   | Calle Mayor 5, 28034 Madrid (España).         | Madrid (España)
            place   | Calle Mayor 5, 28034 Madrid (see map).        | Madrid
            zip     | Localidad/ Provincia: Holguin. CP: 80 100.    | 80 100
            zip     | CP: 7591538. NHC: 589654.                     | 7591538
            zip     | CP: C1031. NHC: 567561.                       | C1031
            zip     | CP. 40140-276 Heredia                         | 40140-276
            zip     | CP x3 days, CP 12345678                       |
            zip     | call 589654. or 589654                        |
            zip     | CP 120 180 noted during exercise              |
            address | 'Domicilio: Calle Mayor 5\n28013 Madrid'        | 'Calle Mayor 5\n28013 Madrid'
            address | Domicilio: Teatinos 180, Bajo A. Tel: 600 000 000 | Teatinos 180, Bajo A
            address | Domicilio: Teatinos 180, Madrid. Tel: 600    | Teatinos 180, Madrid
            address | Domicilio: Calle Mayor Nº: 5, 2º             | Calle Mayor Nº: 5, 2º
            address | Address: 12-14 Teatinos                      | 12-14 Teatinos
            address | Address: 12bis Teatinos                      | 12bis Teatinos
            address | DIRECCIÓN: Teatinos 180                      | Teatinos 180
            address | Dirección postal: Teatinos 180               | Teatinos 180
            address | Address line 1: Teatinos 180                 | Teatinos 180
            address | 'Domicilio:\nTeatinos 180'                    | Teatinos 180
            address | Patient: Ana Ruiz. Address: Teatinos 180     | Teatinos 180
            address | Domicilio: Colonia Olmos, #66 3257.          | Colonia Olmos, #66 3257
            address | Items to address: 2 Issues remain            |
            address | In his address: 3 Points were made           |
            address | Keynote address: Dr. Smith at 9 am           |
            address | Address: see page 4                          |
            address | Address: 9 am to 5 pm                        |
            address | Domicilio: desconocido desde 2019            |
            address | Address: see above; call 555 1234            |
            address | E-Mail-Adresse: Ana.Ruiz 2 x.de              |
            address | Gateway address: Gw 1 on vlan 20             |
            address | Address: www.site2.com                       |
            address | Ana Ruiz c/ del Abedul 5-7, 2º dcha 28036 Madrid | c/ del Abedul 5-7, 2º dcha 28036 Madrid
            address | Ana Ruiz C/ Matahacas, 18ª - 1B 41003 Sevilla. | C/ Matahacas, 18ª - 1B 41003 Sevilla
            address | 1 comprimido c/ día 3 veces                   |
            address | Paracetamol 1 g c/ 8 horas                    |
            address | Glorieta de Bilbao, 4                         | Glorieta de Bilbao, 4
            address | Passeig de Gràcia 92, 3r                      | Passeig de Gràcia 92, 3r
            address | C/. Mayor 5.                                  | C/. Mayor 5
            id      | Employee ID: E0048213                         | E0048213
            id      | Staff number: 004821                          | 004821
            id      | Payroll No: 00381                             | 00381
            id      | Student ID: 20231187                          | 20231187
            id      | Membership number: MBR-00918273               | MBR-00918273
            id      | Customer number: 88120045                     | 88120045
            id      | Rx# 6028814 FILL DATE 03/22/24                | 6028814
            id      | CVS RX 2283019-07                             | 2283019-07
            id      | Prescription number: 6028814                  | 6028814
            id      | GMC number: 7023145                           | 7023145
            id      | NMC PIN: 12A3456E                             | 12A3456E
            id      | Tax reference (UTR): 1234567890               | 1234567890
            id      | UTR: 1234567890                               | 1234567890
            id      | Clubcard: 634004 0123 4567 890                | 634004 0123 4567 890
            id      | Candidate no. 4417                            | 4417
            id      | Case No: J40CL123                             | J40CL123
            id      | Our ref: DLH/RAG/40121                        | DLH/RAG/40121
            id      | Rx 1000 mg twice daily                        |
            id      | Patient given 100000 units, Rx 250000 IU      |
            id      | Rx 123456 tablets                             |
            id      | SRA 2019 Standards and Regulations            |
            id      | Membership number 2024 increased by 5%        |
            id      | Employee ID: 078-05-1120                      |
            id      | Customer number 4111 1111 1111 1111           |
            id      | Your ref: AB123456C                           |
            id      | Policy AUT-0098321-IL                         | AUT-0098321-IL
            id      | Hospital number: K2291837                     | K2291837
            id      | Hosp no. RJZ4471209                           | RJZ4471209
            id      | CHI number: 1403521234                        | 1403521234
            id      | Known Traveler Number: 98412773               | 98412773
            id      | Your IP PIN is 482913.                        | 482913
            id      | UCAS Personal ID: 142-857-3390                | 142-857-3390
            id      | Account reference: 700451882                  | 700451882
            id      | Works number 00317782                         | 00317782
            id      | roll number A12/345678-9                      | A12/345678-9
            id      | Application ID: MTG-2024-0087341              | MTG-2024-0087341
            id      | ETKT 1252398847561                            | 1252398847561
            id      | the hospital number is on the letter          |
            id      | a personal ID card                            |
            id      | Your home insurance policy HOM/7734012 renews | HOM/7734012
            id      | see our privacy policy 2019-04                |
            id      | policy update2 was sent                       |
            id      | employee of the month                         |
            id      | customer number to follow                     |
            id      | in case # 2 fails                             |
            # customers', members' and contracts' numbers in other languages and with other words (a held-out set of
            # business letters, seventeenth session)
            id      | client n° MA-BE-208814 et n° client MA-BE-208815 | MA-BE-208814;MA-BE-208815
            plate   | 'Peugeot 308 SW, immatriculé GH-417-KB; une camionnette immatriculée FR-092-TZ' | GH-417-KB;FR-092-TZ
            id      | votre compte client MA-BE-208814, de vos adresses | MA-BE-208814
            id      | 'N° de contrat : AUTO-69-0048213-B'           | AUTO-69-0048213-B
            id      | mutuelle Harmonie (adhérent n° 0912447365).   | 0912447365
            id      | Ik heb uw adres aangepast in klantnummer 30418872. | 30418872
            # a form's dot leaders; an adviser's, a Polish register's, an Indian employer's and an airline's labels (a held-out set's)
            id      | '  Customer ID ........... SRS-C-0088413'         | SRS-C-0088413
            id      | 'Unser Zeichen: HB/2024-ESt    Mandanten-Nr. 20418' | 20418
            id      | 'nr ewid. pracownika: 00731'                      | 00731
            id      | 'HRA proof FY 2024-25 (Emp. code TS-IN-04471)'    | TS-IN-04471
            id      | 'Mesa Miles no.:    MM 5528 1904 73 (Gold)'       | MM 5528 1904 73
            id      | 'apólice n.º VG 20 447118, pessoa segura'         | VG 20 447118
            id      | 'Customer ID ... see below; Miles no. pending; employee code of conduct' |
            id      | 'Pièce : carte nationale d''identité n° D7HK49PW2, délivrée; C.I. CA48217DK, cell.' | D7HK49PW2;CA48217DK
            id      | 'Documento: Carta d''identità elettronica n. CA30517BD, rilasciata dal Comune' | CA30517BD
            id      | 'Dowód osobisty: seria i numer DKR652917, wydany; CC: cartão de cidadão 13927548 7 ZX1' | DKR652917;13927548 7 ZX1
            id      | 'numéro fiscal 3074519826434, revenu; Steuernummer 146/215/40873, Finanzamt' | 3074519826434;146/215/40873
            id      | 'la carte d''identité est requise; identity card holders; Steuernummer beantragen' |
            id      | 'Kundenummer: 7004182355'                     | 7004182355
            id      | com o n.º de cliente 6100482273 e tenho       | 6100482273
            id      | 'Tessera n.: FFC-BA-03318'                    | FFC-BA-03318
            id      | 'Kundennummer: 4471-2209'                     | 4471-2209
            id      | 'Client Code: LLI-C-0392'                     | LLI-C-0392
            id      | 'Policy number: IL-PA-4471829-03'             | IL-PA-4471829-03
            id      | Brightwave Telecom (account number BW-IE-5520417) and | BW-IE-5520417
            id      | Customer profile (account BW-IE-5520417, opened | BW-IE-5520417
            id      | Qantas Frequent Flyer 1902 447 381            | 1902 447 381
            id      | 'PLAN: Prairie Shield PPO   MEMBER ID XKH918273645' | XKH918273645
            id      | covers me, Will (member KF-008128) and our son (junior member KF-J-002219). | KF-008128;KF-J-002219
            id      | 'REWARDS:  Riverbend Rx Rewards # RB-2231-0874-6' | RB-2231-0874-6
            id      | 'Pers.-Nr.        004417    KV-Nr.  W418730253; Personalnr. 20931' | 004417;W418730253;20931
            id      | Ref.: BRECHA-2025-003 / cliente n.º 00471823  | 00471823
            id      | a member of the club; members 2024; the member 12 said |
            id      | account ABC123 plan; account EMEA2025 budget; Policy number PRIV-01; policy IT-SEC-7 |
            id      | the client 2019 budget; account 12345678; contrat de travail 2024; le client a payé |
            # a fourth held-out set's labels: a policy's number after a column's gap, a patient's, a health fund member's groups,
            # a German club's member and hotel booking, a Dutch staff and alien number, Italy's health card
            id      | Policy number:      MGP-0084417261          Schedule type: RENEWAL | MGP-0084417261
            id      | Patient no.:   HBO-0291574; Bupa, member no 71 604 385 | HBO-0291574;71 604 385
            id      | Mitgl.-Nr.: 21-4408 (Familie); Buchungsnr.: ALR-25-02118 | 21-4408;ALR-25-02118
            id      | personeelsnr. 0088314; V-nummer vreemdeling: 3021847561; Tessera sanitaria:    80380000800471829361 | 0088314;3021847561;80380000800471829361
            # a person's case, claim or file, and an airline's booking, after their labels in six languages
            id      | Crime Ref:   5225028841; Claim number: CLM-2025-004412; Mandatsreferenz: SVGN-21-4408-01 | 5225028841;CLM-2025-004412;SVGN-21-4408-01
            id      | Ons kenmerk: DWH/25/0142; Journalnr.:  0100-84510-00213-25; Ärendenummer: KB-2025-0318 | DWH/25/0142;0100-84510-00213-25;KB-2025-0318
            id      | Numéro de dossier : GV/2024/0917; Expediente n.º 2025/00417; PNR: PZ7K4Q; Sagsnr. 2025-4471 | GV/2024/0917;2025/00417;PZ7K4Q;2025-4471
            id      | the claim number is missing; our kenmerk is new; incident report 2024 |
            address | She moved to 19 Orchard Rise, Solihull last year. | 19 Orchard Rise, Solihull
            address | 15 Marine Parade, Lyme Regis                  | 15 Marine Parade, Lyme Regis
            address | He lives at 7 Castle Hill, Lancaster.         | 7 Castle Hill, Lancaster
            address | Flat 3, 22 Harbour Quay, Bristol              | Flat 3, 22 Harbour Quay, Bristol
            address | a 5 Percent Rise in rates                     |
            address | Results: 3 Point Rise                         |
            address | Terminal 5 Boarding Gate                      |
            address | Send it to 1600 Point Breeze Ave, Philadelphia | 1600 Point Breeze Ave, Philadelphia
            address | Our office is at 1 Times Square, New York      | 1 Times Square, New York
            address | She lives at 12 Point Pleasant Road, Putney.   | 12 Point Pleasant Road, Putney
            address | Section 12 Castle Hill was discussed.         |
            address | In 2012 Primrose Hill hosted a concert.       |
            address | In 1066 Senlac Hill, the battle               |
            address | A 10 Mile Chase through the woods.            |
            address | At 9 Piccadilly Circus stop                   |
            address | Page 14 Grand Parade of ships.                |
            address | Our 4 Piece Fold table                        |
            address | MR AND MRS KOWALCZYK, 9 BIRCH CLOSE, NEWBURY  | 9 BIRCH CLOSE, NEWBURY
            address | 60 CHURCH ROAD, BOOTLE                        | 60 CHURCH ROAD, BOOTLE
            address | PAIN 2 HOUR DRIVE, NO RELIEF                  |
            address | 4 EAST LANE TEAM ON CALL                      |
            address | Ctra. de Toledo km 12                         | Ctra. de Toledo km 12
            address | Av. Fernández Latorre 66, 10B.                | Av. Fernández Latorre 66, 10B
            address | Calle Mayor 5 - 12B                           | Calle Mayor 5 - 12B
            address | Calle Mayor 5 - 12 Bs                         | Calle Mayor 5
            address | Social: lives alone at 77 Bedford St, Apt 3R, Fall River. Kids Aidan (12) live with their mother. | 77 Bedford St, Apt 3R, Fall River
            address | 'Address: 14 Cranberry Bog Lane, Harwich Port, MA 02646. Beware dog.' | 14 Cranberry Bog Lane, Harwich Port, MA 02646
            address | 12 Oak St. Springfield, IL 62704 | 12 Oak St. Springfield, IL 62704
            address | VS: BP 168/92 HR 104 RR 20 SPO2 94% RA |
            address | Avda. Valdecilla sn. 39008 Santander. Cantabria. (España). | Avda. Valdecilla sn. 39008 Santander. Cantabria.
            zip     | serial D1A 0B1, W1A 0B1, Z1A 0B1. K1A 0B12     |
            # India's PIN codes after a state or city, or their label; not six digits after another word, nor a seventh digit
            zip     | HSR Layout Sector 2, Bengaluru - 560102; KOLKATA, West Bengal - 700097; Pin code: 302018 | 560102;700097;302018
            zip     | Invoice - 560102; Bengaluru - 5601023; Karnataka 060102; Kerala 150000 cases |
            itin    | ITIN 912-70-1234                              | 912-70-1234
            itin    | ITIN 912-45-1234 has no ITIN group            |
            """)
    void matches(String name, String text, String expected) {
        List<RecognizerResult> results = recognizer(name).analyze(text);
        String actual = String.join(";", results.stream().map(r -> text.substring(r.start(), r.end())).toList());
        assertEquals(expected == null ? "" : expected, actual);
        endsASentence(recognizer(name), text, expected);
    }

    /** More rows of {@link #matches}: one table's text block reached the class file's limit for a constant (64 KB). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # a fourteenth held-out set's ages: with a unit in brackets after a written date or a national number, Hungarian, Russian, Italian, Finnish forms, English after a name or a date of birth
            age     | Pieter-Jan DE SMEDT, geboren te Lier op 17 mei 1983 (41 jaar), rijksregisternr. | 41
            age     | Születési hely, idő: Békéscsaba, 2006. augusztus 23. (18 éves) Neptun-kód | 18
            age     | Rodné priezvisko: Habánová Dátum narodenia: 23. 6. 1956 (68 r.)   Rodné číslo | 68
            age     | Personnummer:      19400917-2489   (84 år) Adress | 84
            age     | anya: Farkasné Tóth Erzsébet, 47 éves, óvodapedagógus | 47
            age     | собственника, Лапина Галина Петровна (72 года). Заявка | 72
            age     | nato a Modena (MO) il 19/02/1985, di anni 40, C.F. MNTLCU85B19F257D | 40
            age     | Ikä vahinkohetkellä: 65 v Osoite: Hämeenpuisto 31 B 17 | 65
            age     | Husband/partner:   Kwame Ofori-Atta Mensah, 34 yrs, mechanic | 34
            age     | DOB / Age       : 23-04-1996 / 29 yrs      Occupation | 29
            age     | 3) (902) 555-0164  user: Sophie Thibodeau (daughter, 16) | 16
            age     | my bill was $612.40, I live alone, I am 79 and I keep the heat low. | 79
            age     | passport issued 1 March 2020 (5 years); fund 2015-2020 (5 år); I am 5 minutes late; valid 2019 (3 anni) |
            # (a review's: terms, service lengths, guarantees and products are no ages)
            age     | una garanzia di anni 2 dalla data; Senior Software Engineer, 5 years, Java; Eladó Ford Focus, 5 éves, megkímélt |
            age     | Ansatt fra 1. mars 2014 (10 år); Org.nr 556123-4567 (25 år); 2020. január 1. (5 éves); Firmajubileum: 12. mai 1999 (25 år) |
            age     | I'm 10 years into my career; Step 4. I am 5.; Ikä: 18–65 v; Suositeltu ikä: 3+ vuotta; Purchased 12/03/2021 / 3 years warranty |
            age     | Package manifest (child, 2) of root; Objekt: Гостиница Ярославна (15 лет) |
            # a fourteenth held-out set's labels: a police case, a security officer's and a tax registration, a loan, a driver's licence, a council's register, Ghana's card, a request, a protocol, a Swedish file and card, a Finnish claim and policy, a student's code, an insured person's, a Slovak file, a Chilean folio, a police event, a badge
            id      | SAPS 012 004 7730, CAS 117/06/2025. PSIRA 3318204 OB | 117/06/2025;3318204
            id      | IRD number (for weekly compensation): 105-937-261  Loan No. (office use): DL/2025/0871 | 105-937-261;DL/2025/0871
            id      | Driver: ALVARADO, ROSA  CDL 22-418-0917  cell; Doctor (MDC reg. MDC/RN/7731) to see | 22-418-0917;MDC/RN/7731
            id      | Ghana Card PIN:    GHA-718203946-5 NHIS; Online request no.: PCP/TV/2025/0438172 | GHA-718203946-5;PCP/TV/2025/0438172
            id      | Protocolo de envio: PR-63918742 Delegacia; Dnr FT 2025/0318 Org.nr | PR-63918742;FT 2025/0318
            id      | Färdtjänstkort nr 14 55 0318 skickas; Vahinkonumero: PVK 25-004173 Laki | 14 55 0318;PVK 25-004173
            id      | tapaturmavakuutus polisi TV-55019273 (ei); Neptun-kód: QX4T7B  TAJ | TV-55019273;QX4T7B
            id      | MBO: 192604417  Osnova; Číslo spisu: ZpS-41/2025 ; Folio postulación: FSEV-05-2025-013874 | 192604417;ZpS-41/2025;FSEV-05-2025-013874
            id      | Police event E 289104377 confirmed; Lloyd TRN 117-392-648   badge KGN-T-07731   cell | E 289104377;117-392-648;KGN-T-07731
            id      | the CAS 64-17-5 of ethanol; request no. 5; polisi kesken; kort nr 3 |
            id      | INFO request no. 42871 completed; Certificate No.: ISO 9001-2015; Permit no.: EN 1090-2; file no. ISO 27001 |
            id      | Certificate of Title Volume 10234 Folio 12345; CAS 12/12/2024 entries; The MBO 2021 deal; DNR 12345 flag; Protocolo 12345 de Kyoto |
            id      | Akt-Zl. P-1-0417-25/HÖ | P-1-0417-25/HÖ
            # a town signing a letter before a Portuguese, Spanish or Hungarian date, or a word for "on" (a fourteenth held-out set's)
            place   | Braga, 20 de março de 2025  Exma.; Békéscsaba, 2025. 07. 18. Aláírás | Braga;Békéscsaba
            place   | Mödling, am 02.01.2025   G. Höllersberger | Mödling
            # large towns by their own names, which the gazetteer had in English only ("Lisbon", "Prague", "Milan")
            place   | Lisboa, 20 de março de 2025 | Lisboa
            place   | Praha, dne 3. 2. 2025 | Praha
            place   | Milano, il 12 marzo 2025 | Milano
            place   | Total, am 02.01.2025; Anexo, 20 de março de 2025; Version, 2025. 07. 18. |
            # Russian taxpayer, passport and account numbers after their labels (a fourteenth held-out set's); not a company's ten digits, nor failing checks
            passport | 14.06.1979 г.р., паспорт 45 24 734208, выдан ГУ МВД; паспорт серии 4524 № 734209 | 45 24 734208;4524 № 734209
            account | перечислить на мой счёт № 40817810138044172295 в ПАО Сбербанк | 40817810138044172295
            account | р/с 40702810938000012345 в ПАО; корр. счёт 30101810400000000225; оплатить счет № 000123 от 05.03.2025; на счет 150 000 рублей |
            passport | Технический паспорт 12345678 на квартиру; паспорт изделия |
            place   | The march reached Paris, on 3 May 2024, police said |
            place   | Magyar Közlöny, Budapest, 2025. évi 12. szám |
            ruinn   | МВД России; ИНН 772431506864; СНИЛС 156-302-781 54; (супруг), ИНН 771940225697. | 772431506864;771940225697
            ruinn   | ООО Ромашка ИНН 7707083893; ИНН 772431506865; ИНН: 123456789012 |
            # Portuguese and Spanish places after their label or their kind's word (a fourteenth held-out set's)
            place   | Localidade: Braga (freguesia de S. Vítor); Natural de: Campinas/SP; bairro Campo Belo, São Paulo; comuna de Villa Alemana, entidad | Braga;S. Vítor;Campinas;Campo Belo;Villa Alemana
            place   | a colonia of ants; the comuna de la ciudad; bairro novo |
            # the Indian PIN code with its place looked for behind it
            zip     | Mysuru - 570012, Karnataka; Kochi-682017; PINCODE:560102; Andhra  Pradesh 520001 ; Gaya District 823001 | 570012;682017;560102;520001;823001
            # Czech dates with a space after each dot (a fifth held-out set's death certificate); not a version's dots
            dob     | syn Petr Novotný, nar. 7. 1. 1983, r. č.    | 7. 1. 1983
            dob     | version 1.2. 3. 1983; 7. 13. 1983           |
            # Hungarian, the year first with its dots (a ninth held-out set's tax form); not a longer number's, nor a month 13
            dob     | 'szül. 2012. 09. 14., Kecskemét, 1979.05.21; build 2012.09.143; 1979. 13. 21.' | 2012. 09. 14.;1979.05.21
            # Flemish streets ending in "baan", a Czech square's type after its name and a number with its slash (a fifth
            # held-out set's marriage certificate and death certificate)
            address | EL IDRISSI Mohamed, Turnhoutsebaan 212; pobyt: Husovo náměstí 1672/18, 266 01 Beroun | Turnhoutsebaan 212;Husovo náměstí 1672/18, 266 01 Beroun
            # home directories in paths name their users; not services' and machines' accounts (a fifth held-out set's issue
            # with a traceback); a made-up login after its label and dot leaders, or a space alone before a clause's end
            user    | 'path: /Users/dhalvorsen/Calendars; File "C:\\Users\\ToveB\\pipx\\venvs"; `/home/whuang/.local`' | dhalvorsen;ToveB;whuang
            user    | 'cd /home/runner/work && ls /Users/Shared/x /home/ubuntu/ C:\\Users\\Public\\Desktop' |
            user    | 'Juror portal username ..... LAbernathySoto83\ninternet banking username thandiwe_db88; myaccount login gen_tremblay74\nόνομα χρήστη kpapadopoulou75' | LAbernathySoto83;thandiwe_db88;gen_tremblay74;kpapadopoulou75
            user    | Your username and password; login attempts3 failed; username is required. |
            # not inside a web address, nor a web application's route; not a version after "login" (the review's)
            user    | 'see https://intranet.acme.com/home/news/2024 and GET /Users/Edit/5; The new login v2.5, released Monday' |
            # a git history's logins before an address and a merged fork's; a CODEOWNERS file's owners, not a team's; a
            # report's author by login before a date; a login in brackets after its label, or before a sentence's end (a sixth
            # held-out set's git log, school report, bank statement and tribunal judgment)
            user    | 'Author:     ntrinh <ngoc.trinh@corp.example>\nCommit:     Britta Lindholm <b@x.io>\n    Merge pull request #1184 from dfashola/crlf-headers\n    Signed-off-by: root <root@localhost>' | ntrinh;dfashola
            user    | '*   @blindholm @dfashola\n/src/smtp/   @ngoc-tt @mailwright/transport\nSee docs/ for @alice and more' | @blindholm;@dfashola;@ngoc-tt;@mailwright;@alice;blindholm;dfashola;ngoc-tt
            user    | Report generated by jvukovich 03/07/2025 15:41; updated by system 12:00; created by hand 2 times | jvukovich
            user    | Reviewed by committee on 4 March; Entered by pharmacy 12/01/2024; Generated by hospital 2024; updated by mkaur_22, 2024-05-01 | mkaur_22
            user    | 'docs/*.md  @channel @blindholm' | @blindholm;blindholm
            user    | online banking user ID RTEAGUE1988. Last login 18/03/25; user ID (aokunadefitch) and the log | RTEAGUE1988;aokunadefitch
            # a street's compass point after its type, French and Portuguese flats after it, an Austrian staircase and door, a
            # Brazilian house number's thousands (a sixth held-out set's school contacts, rental application, tax notice,
            # minutes and registration form); not a compass point before a word, nor a price after a street
            address | (mother)  1148 Lakeshore Rd E, Mississauga ON; (Father)   915 Crystal Lake Rd W, Apt 305, Burnsville MN 55306 | 1148 Lakeshore Rd E, Mississauga ON;915 Crystal Lake Rd W, Apt 305, Burnsville MN 55306
            address | Rua Padre Anchieta, 2.315, ap. 44, São José; 48, avenue de la Marne, appt 31; Bischofstraße 11/2/8 | Rua Padre Anchieta, 2.315, ap. 44, São José;48, avenue de la Marne, appt 31;Bischofstraße 11/2/8
            address | He lives at 12 Main St S of the river; Hauptstraße 12.500 Euro | 12 Main St;Hauptstraße 12
            # labels of a sixth held-out set's Kenyan loan, Austrian registration, French tax notice, Mexican contract,
            # Brazilian minutes and Spanish sick note; a bracket's remark between a label and its value; not a standard's RFC
            id      | 'National ID No.: 28417356   Spouse: JOSEPH KARIUKI   ID No. 24190683   Tel; 2. ZAINABU WARSAME   ID 27718094   Tel' | 28417356;24190683;27718094
            id      | ZMR-Zahl (soweit bekannt)    001884277193; n° fiscal 2147390586467; (numéro fiscal 18 64 027 391 058) | 001884277193;2147390586467;18 64 027 391 058
            id      | 'CURP: CAVI900723MJCRLT07   RFC (con homoclave): CAVI900723K50; INE, clave de elector CRVLIT90072314M300' | CAVI900723MJCRLT07;CAVI900723K50;CRVLIT90072314M300
            id      | Eu, Rosângela Matos, RG 3.418.226-7 SSP/PR; Nº afiliación S.S.: 46/10482317/52 | 3.418.226-7;46/10482317/52
            id      | see RFC 5322 and RFC 822; the ID 2024 report; ID 100 mg; page ID 1234567.5; Debit user ID 482731; SdI, ID 14477320981 |
            id      | 'ID 100234  Widget   $4.00\nOrder  ID 20240501  shipped' |
            # more labels of a sixth held-out set's CV, tax forms, GP referral, job offer, vetting form, credit report,
            # registration, daycare form, sick note, contract, transcript, insurance schedule, benefit decision, employment
            # contract; an Australian customer reference's groups; not a short number after them
            id      | Snowflake, 2023 (Cert. ID SPDE-2023-118407); (PTIN P01847293); lab no. NP-25-0419871; UAN (EPFO)   : 101847392056 | SPDE-2023-118407;P01847293;NP-25-0419871;101847392056
            id      | UK DBS basic certificate 001782290374; Staff file no. CCC-ST-0388; Auskunfts-Nr. 4471-2093-8815; Verfahrenszahl: BS-ZMR-2025-041193 | 001782290374;CCC-ST-0388;4471-2093-8815;BS-ZMR-2025-041193
            id      | Nº parte: 4604-2025-0218871; Nº SIP (tarjeta sanitaria): 2918475; Nº colegiado: 464609871; Matricola:   612048 | 4604-2025-0218871;2918475;464609871;612048
            id      | Relatienummer: 408 117 392; Vår referanse: 25/118472-3; HPR-nr. 9144872; jäsennumero 447120; Customer Reference Number: 204 718 395K | 408 117 392;25/118472-3;9144872;447120;204 718 395K
            id      | the lab no. 3 was closed; cert. number 12; our matricola; a photo card 2 |
            id      | Nº afiliación: 46 10482317 52    Fecha baja: 17/02/2025 | 46 10482317 52
            # labels of a seventh held-out set's court list, vet record, manifest, police report, Jira export, lease letter, deed,
            # CV, medical report, reference, bank letter, admission form and juror record; not the words alone
            id      | Complaint No. M12877330; Prison ID CRN 224871; (NAATI CPN7Y4QKD); (VCNZ V3172); Microchip : 985141000123456; KTN 150283947 | M12877330;224871;CPN7Y4QKD;V3172;985141000123456;150283947
            id      | Lab # L24-118306; (recording ref CR-88120455); Huurovereenkomst: HO-4471-118; Dossier : LG-QR-2024-0312; prêt n° CMB-2024-08-77120 | L24-118306;CR-88120455;HO-4471-118;LG-QR-2024-0312;CMB-2024-08-77120
            id      | Sertifika No: OC4418827; Prontuário: HSL-0448120; Personal-Nr.: 100482; (persal no. 21874455); (NCRDC 2281); Slip No. VS24-1187542 | OC4418827;HSL-0448120;100482;21874455;2281;VS24-1187542
            id      | affidavit No. ARA-2024-5510873; Participant No.:     2025-014-00387          Term; (SOS voter ID OH0021884513) | ARA-2024-5510873;2025-014-00387;OH0021884513
            id      | the dossier is closed; lab no. 3; microchip implanted 2019; KTN is optional; our complaint no. |
            id      | 'T.C. Kimlik No    : 28461930766\nCHI:      0412793822\nIČO: 74382195\nDIČ: CZ7803124417\nCNS: 794 5807 3021 5731' | 28461930766;0412793822;74382195;CZ7803124417;794 5807 3021 5731
            id      | the chi of the flow; cns damage; Dičová; Ičo |
            id      | Microchip PIC16F877A; Dossier COVID-19        |
            # Singapore's NRIC and FIN with their check letters (an eighth held-out set's issue thread); not a wrong check letter,
            # nor the M series, nor inside a longer code
            nric    | my own NRIC S8834217H and T0291746C; 'id_no': 'F2918374X' | S8834217H;T0291746C;F2918374X
            nric    | S8834217J; M1234567K; XS8834217H; S8834217H-2    |
            # the tax, social security and identity numbers of Kenya, Nigeria, the Philippines and Mexico, a Romanian identity
            # card's series (an eighth held-out set's mortgage application, chat, visa form, transcript and lost-property log)
            id      | 'KRA PIN: A008472913K; My NIN is 48291037564; PhilSys PCN 4829-1037-5564-2190; TIN 318-447-290-000; SSS 34-5829104-7' | A008472913K;48291037564;4829-1037-5564-2190;318-447-290-000;34-5829104-7
            id      | 'NSS (IMSS):          12210374190 (seguro; CI seria CJ 482913, domiciliată; tin 12345678; the NSS team' | 12210374190;CJ 482913
            passport | 13. Number of travel document: P4821937B; travel document number X1234567 | P4821937B;X1234567
            # a US state's code between a driver's licence's label and its number (a rental agreement's), "SS" after Spain's
            # "afiliación" (a disciplinary letter's)
            dl      | Driver license .. FL C400-782-86-407-0 exp. 11/07/2030; driver license CA D1234567; driver license ON file | C400-782-86-407-0;D1234567
            plan    | 'DNI: 25471936B · N.º afiliación SS: 50 41182736 04 · Cód.' | 50 41182736 04
            # a Dutch area code before a spaced dash, a German number's five digits before its extension (a seventh held-out set's
            # arrears letter and reference); not years or pages with a spaced dash
            phone   | 'Doorkiesnummer: 030 - 600 44 12 (06 - 41 27 93 08); Tel. 0521 98877-214; 2010 - 2015; pages 112 - 115' | 030 - 600 44 12;06 - 41 27 93 08;0521 98877-214
            # "No", "n°" between the label and the number (the review's)
            id      | Microchip No: 985112006123456; Dossier n° 2024/1234; Dossier no. 77 pages | 985112006123456;2024/1234
            # a ninth held-out set's labels: a donor's, a register's, a salary's, an officer's, a Latvian client's, a Hungarian
            # filing's, an immigration file's and unified number, a pension account, a consent, a Latvian contract and power of
            # attorney, a Slovak court's file mark, a crew member's staff number; a CRM export's keys
            id      | 'Donor no.:        D0739118; Register No. 410712104033, 2017; your salary number 33018 as per' | D0739118;410712104033;33018
            id      | 'Klienta nr.: 004821977; Érkeztetési szám: 2504224417730912 |; File no.: 201/2019/7/118204; Unified number (UID):20481736' | 004821977;2504224417730912;201/2019/7/118204;20481736
            id      | 'Pensionikonto nr:  EVK-4821-0037-7195 (x); consent ID CNS-88412); līgums Nr. 6001482297, e; pilnvara Nr. PLV-2291-0417,' | EVK-4821-0037-7195;CNS-88412;6001482297;PLV-2291-0417
            id      | 'Sp. zn. súdu: 24D/118/2025 x; Ffion Llywelyn (staff 40712), EMT; "id_client": "C-104822", "carte_fidelite": "BOR-00482291"' | 24D/118/2025;40712;C-104822;BOR-00482291
            id      | 'the staff 2024 party; file no. 2 of 3; "id_client": "Marie Roy"; register no. A' |
            # the second review's: a regulation's number (no label now), a company register's, a headcount
            id      | 'EU Regulation No 261/2004; Chamber of Commerce register no. 33012345; Acme GmbH (staff 1500)' |
            # a ninth held-out set's national numbers beyond Europe, each with its published example: python-stdnum's doctests
            # (cl.rut 12.531.909-2, ar.cuit 20-05536168-2 and 20267565393, my.nric 770305-02-1234), the HKID worked examples
            # A123456(3) and E364912(5), the Emirates ID test vectors 784-1968-6570305-0 and 784-1952-0464048-6, CMS's MBI
            # 1EG4-TE5-MK73; the validators agree with python-stdnum (RUT, CUIL, MyKad: 440,000 numbers) and with the set's
            # own lib.py (HKID, Emirates ID: 420,000). Negatives: a wrong check, a company's RUT (76 million) and CUIT (30-),
            # MyKad's 29 February of 1961 and place 00, an MBI with an S, bare shapes that want their label; MyKad's place 65
            # (the Philippines) is one (the second review: Debian's stdnum 1.18 lacks it, a newer list has it; the row had
            # asserted its refusal). MyKad's bare shape scores under the threshold (a context word raises it): its row lists
            # what the recognizer finds at any score
            rut     | 'RUT: 12.531.909-2; socio RUT 12531909-2; pagado 9.317.204-3' | 12.531.909-2;12531909-2;9.317.204-3
            rut     | 'RUT: 12.531.909-3; RUT 76.086.428-5; 12531909-2; RUT 12.531909-2' |
            cuil    | 'CUIL 20-05536168-2; CUIT: 20267565393; asociada a su CUIL 20-34182447-9' | 20-05536168-2;20267565393;20-34182447-9
            cuil    | 'CUIL 20-05536168-3; CUIT 30-70308853-4; ref 20267565393' |
            eid     | 'Emirates ID issued: 784-1968-6570305-0; EID 784195204640486' | 784-1968-6570305-0;784195204640486
            eid     | '784-1968-6570305-1; tel 784-1968-6570; EID 784196865703051' |
            hkid    | 'HKID:             Y482913(A); A123456(3) and E364912(5); HKID No. A1234563' | Y482913(A);A123456(3);E364912(5);A1234563
            hkid    | 'A123456(4); HKID A1234564; model B123456' |
            mykad   | 'e-KYC completed with MyKad 950812-10-5528; 770305-02-1234; NRIC 770305021234; 770305-65-1234' | 950812-10-5528;770305-02-1234;770305021234;770305-65-1234
            mykad   | '610229-59-4175; 771305-02-1234; ref 770305021234; 770305-00-1234' |
            mbi     | 'MBI 4TM7-QX2-WK58; Medicare Number (MBI): 7KJ2-HN4-RD63; 1EG4-TE5-MK73; Medicare ID 1EG4TE5MK73' | 4TM7-QX2-WK58;7KJ2-HN4-RD63;1EG4-TE5-MK73;1EG4TE5MK73
            mbi     | 'MBI 1SG4-TE5-MK73; 1EG4TE5MK73; 0EG4-TE5-MK73' |
            # an eighth held-out set's labels: a report's, an event's, a ticket's, a job's, a rental agreement's, an employee's,
            # a badge's, an officer's, a policy's and an incident's numbers; a meter point's, a meter's and a SIM card's; a
            # student's enrolment, a Spanish employee's code, a Portuguese dentist's register; a Polish complaint and contract, a
            # Romanian pass and an employee's mark; a German savings contract, a visa sticker, a business permit
            id      | 'Report no.: INC-2025-0318-4471; Event no.: P061548327; Ticket CX-559031 opened; Job reference SMI-55820193; RA No.: RA-7741-02938' | INC-2025-0318-4471;P061548327;CX-559031;SMI-55820193;RA-7741-02938
            id      | '(agent Brianna Ortiz, emp. MCO-0447); Rajinder Gill (badge T-40871); Constable Priya Naidoo, QID N41277; pol. PMA-4418-902-77; (YAS incident 250317-0442)' | MCO-0447;T-40871;N41277;PMA-4418-902-77;250317-0442
            id      | 'electricity 48213 (MPRN 10008127734); Meter point reference (MPRN): 7489291004     Meter serial: G4A01284613D19; SIM ICCID 8948034010725938162' | 10008127734;7489291004;G4A01284613D19;8948034010725938162
            id      | 'Matrícula:           219034417; Cód. empleado LHP-0388; Dr. Rui Pacheco (OMD 10422)' | 219034417;LHP-0388;10422
            id      | '(sprawa RK/2025/03/41207) złożoną; Umowa: UM/2023/11/552190 (Plan); nr. legitimație UTC-2019-44817; șofer Mircea Horvath, marca 2291, a predat' | RK/2025/03/41207;UM/2023/11/552190;UTC-2019-44817;2291
            id      | 'Deka-Bausparvertrag 0041-773920); visa sticker no. ESP018447291; business permit no. KBU/SBP/2024/118273' | 0041-773920;ESP018447291;KBU/SBP/2024/118273
            # but not a plate after Spain's "matrícula", a brand, a ticket's word or a policy's without a number, a report's year
            id      | 'Matrícula: 4829 KLM; marca Dacia 2019; marca 2019-2024; Ticket price 45; our pol. was; the report no. 2 of 2019; Ticket JIRA-12' |
            # the review's: a scanner's finding, a Spanish meter's reading, an order's count, an incident's month and years, a
            # report's year, an agency's name; but a student's enrolment after "nº" and in capitals
            id      | 'QID 105943; el cuentakilómetros marca 125000 km; We ordered badge 3000 lanyards; Security incident 03-2024; incident 2019-2020 review; annual report no. 2023/24; OMD 12345; MATRÍCULA nº 219034417' | 219034417
            # a South African number after "ID" alone in capitals (a seventh held-out set's bank letter); not with a wrong Luhn digit
            za      | Mr Sipho Bongani Dlamini (ID 8407195231088); (ID 8407195231089); (id 8407195231088) | 8407195231088
            # a van's and a lorry's plate after the word (a seventh held-out set's pharmacy log); not a Dutch name's particle
            plate   | 'Driver: Kieran Mallinder (kmallinder), van YR19 KXD; lorry (SK21 ZXC); Jan van Dijk 3; a van 12 m long' | YR19 KXD;SK21 ZXC
            # a car's make or model, a vehicle's word in other languages, Romania's "înmatriculare" before a plate (an eighth
            # held-out set's chat, mortgage form, parking appeal and lost-property log); not a model's name and engine, a year
            plate   | 'That Camry KJA 482AE is back; Toyota Probox KCY 117Q (co-applicant); vozilo ZG 4821-KB; nr. de înmatriculare CJ07MRT: x; Vehicle: LPZ719 - white' | KJA 482AE;KCY 117Q;ZG 4821-KB;CJ07MRT;LPZ719
            plate   | 'Toyota Corolla 2019 model; my car is a Ford Focus; Audi A4 2.0 TDI; the vehicle 3 times; Honda Civic EX; BURGLARY OF VEHICLE (PC 30.04)' |
            # "van" only after an English word or a comma: Dutch "van" before a gas's formula, a road or an amount is none (the review's)
            plate   | 'vermindering van CO2; afslag van A12 bij Utrecht; een bedrag van EUR 1250; she drove the van AB12 CDE home' | AB12 CDE
            # a Romanian key fob's plate tag and a US rental's "Lic." before the plate and its state (an eighth held-out set's); not
            # a graduate's title, nor a plate's word without a plate
            plate   | 'breloc cu plăcuța CJ 07 MRT; Gray | Lic. RTP F82 (FL) | VIN; Lic. Marta Ortiz (MX); Lic. ABC (FL); plăcuța nouă' | CJ 07 MRT;RTP F82
            sin     | SIN (optional): 527 381 495; NAS (obligatoire pour le Relevé 24) : 463 918 276 | 527 381 495;463 918 276
            # postal codes and towns of a seventh held-out set's court list (an Australian suburb's state and postcode), notary
            # deed (a town in capitals after "à" before its code in brackets), school list and invoice (Swedish and Czech codes of
            # three and two digits before the town), lease ("CAP"); not a total's capitals before a number in brackets
            zip     | of Tarneit VIC 3029; demeurant à SAINT-MALO (35400), né à LYON 3ÈME ARRONDISSEMENT (69003); CAP 80137 | 3029;35400;69003;80137
            zip     | EQUALITY ACT 2010; SA 8000; WA 2023; TAS 2024; REPLACED A WATER PUMP (10450); Budget CAP 50000 | 10450;50000
            # the review's: a deed's "a" without its accent (its postal code's row is in OverThresholdTest: a bare five digits
            # are a ZIP code under the threshold)
            place   | 'demeurant a SAINT-MALO (35400), née a LYON (69003); buy a PUMP (10450)' | SAINT-MALO;LYON
            place   | 'Horní Maršov č.p. 55, 542 26 Horní Maršov; demeurant ensemble à SAINT-MALO (35400), né à LYON 3ÈME ARRONDISSEMENT (69003)' | Horní Maršov;SAINT-MALO;LYON 3ÈME ARRONDISSEMENT
            place   | TOTAL (12345); paid to ACME (40000) |
            # Swiss French streets, the type in lower case before the name and the number, after a residence's word; an Italian
            # street in lower case after a town's comma (an eighth held-out set's judgment and trial log); not prose
            address | 'domicilié chemin des Vignes 14, 1095 Lutry, requérant; domiciliée avenue de Marcelin 31, 1110 Morges; residente ad Abano Terme, via Monteortone 48; x' | chemin des Vignes 14, 1095 Lutry;avenue de Marcelin 31, 1110 Morges;via Monteortone 48
            address | 'la rue est fermée, chemin faisant 3 fois; shipped, via FedEx 2 days; domicilié rue 5' |
            # a Scottish tenement's floor and flat before the street (an eighth held-out set's energy bill)
            address | 'your bill at Flat 3/2, 71 Perth Road; or Flat 2, 19 Victoria Road; page 3/2, 71 Perth Road' | Flat 3/2, 71 Perth Road;Flat 2, 19 Victoria Road;71 Perth Road
            # a suburb before an Australian state's code and postcode, after a street's type too (a seventh held-out set's court
            # list); not a word in capitals, nor a code out of the state's range
            place   | 'of Tarneit VIC 3029; 12 Watton Street Werribee VIC 3030; THE HALL VIC 3000; Deakin Act 2010; Perth WA 2023' | Tarneit;VIC;Werribee;VIC
            # the place after the date under a date-and-place-of-birth label (a seventh held-out set's baptism register)
            place   | 'Data i miejsce urodzenia: 14.03.2024, Kraków\nDate and place of birth: 3 May 1990 in Leeds\nDatum a místo narození: 1. 2. 1980, Brno\nDate and place of birth: unknown' | Kraków;Leeds;Brno
            # an eighth held-out set's: "Geburtsdatum / -ort:" with spaces around its slash; a place after the date of birth's
            # field on its line (a Mexican transcript's); not a place label after another date, nor a line's next field
            place   | 'Geburtsdatum / -ort:   03.11.1938, Anger\nFecha de nacimiento: 19/07/2003              Lugar: León, Guanajuato\nDate of birth: 03/05/1990  Place: Leeds\nFecha de emisión: 19/07/2003   Lugar: Madrid\nDate of birth: 03/05/1990\nPlace: Leeds\nDate of birth: 03/05/1990  Place: N/A\nFecha de nacimiento: 19/07/2003  Lugar: Desconocido' | Anger;León, Guanajuato;Leeds
            # a town after its postal code before a table's tab or a dash between blanks (a ninth held-out set's Lithuanian
            # the declarant of an affidavit and a party of a police report in capitals (a tenth held-out set's South African
            # affidavit and Canadian occurrence report); not a report's words in capitals, nor a pronoun's clause
            declarant | 'I, the undersigned, THABO JOHANNES MOKOENA do hereby make oath' | THABO JOHANNES MOKOENA
            declarant | 'I, Margaret Ellen Byrne, of 4 Main Street, Cork' | Margaret Ellen Byrne
            declarant | 'Je soussignée, Hélène Marchetti, demeurant à Lyon' | Hélène Marchetti
            declarant | 'Io sottoscritto Mario Rossi nato a Bologna' | Mario Rossi
            declarant | 'I, Johanna van der Merwe, Commissioner of Oaths' | Johanna van der Merwe
            declarant | 'On arrival I spoke with the complainant FERREIRA, who stated; the witness LAM advised' | FERREIRA;LAM
            declarant | 'The witness STATEMENT was taken; suspect UNKNOWN fled; the victim was 12' |
            declarant | 'If I, as Data Controller, decide; I, Too, agree; Well I, For One, think' |
            # an employee's number after its abbreviation (a tenth held-out set's grievance letter); not an emphasis
            id      | 'Chloe Ashworth (Emp. No. 00417782); Empl. # 4471902' | 00417782;4471902
            id      | 'emp. 2 was fine; temp. No. 5 applies'        |
            # postal codes of the Netherlands, Portugal and Poland before their towns, and four digits alone when the town is
            # the gazetteer's or the address's line ends there (a tenth held-out set's deeds and letters); not a year
            zip     | 'Biltstraat 98-bis, 3572 BH Utrecht, kadastraal' | 3572 BH
            zip     | 'Travessa de Cedofeita, 14, r/c, 4050-184 Porto' | 4050-184
            zip     | 'ul. Floriańska 12\n31-019 Kraków'             | 31-019
            zip     | 'Nørrebrogade 184, 1. sal, 2200 København N'  | 2200
            zip     | 'Kerkstraat 1\n2000 Antwerpen'                 | 2000
            zip     | 'Vol. 12, 2019 Annual Report.'                | 
            zip     | 'Smith J, Nature, 2019 Jan;'                  | 
            zip     | 'Chapter 3\n2019 Review\nPage 4'              | 
            zip     | 'In 2019 Berlin was cold.'                    | 
            # the review's: ranges, amounts and years before a capitalised word; a CV's years before towns
            zip     | '(10-200 Units); Range, 25-100 Units.\n, 20-300 Patients.\n2500 MB Storage\n2019 US Election\n1200 PM Meeting\n(3000 HP Engine)\n4500-120 Bracket' |
            zip     | '2015 London\n2018 Berlin\n2021 Paris'          |
            place   | 'Biltstraat 98-bis, 3572 BH Utrecht, kadastraal' | Utrecht
            place   | 'Travessa de Cedofeita, 14, r/c, 4050-184 Porto' | Porto
            place   | 'Nørrebrogade 184, 1. sal, 2200 København N'  | København N
            place   | 'Storgata 5\n0155 Oslo'                        | Oslo
            place   | 'Vol. 12, 2019 Annual Report.'                |
            place   | 'Chapter 3\n2019 Review\nPage 4'              |
            # manifest and Slovak inheritance); not an invoice's or an order's word before a dash
            place   | 'Savanorių pr. 214-12, LT-50194 Kaunas\t+370 612 48227\nbytom Nitrianska 1184/22, 921 01 Piešťany - v podiele 1/4\nInvoice 20931 Total - paid\nOrder 12345 Euros - net\nLT-50194 Kaunas\tPetras Jonaitis\t+370' | Kaunas;Piešťany;Kaunas
            # logins in a record's own words (a seventh held-out set's pharmacy log, vet record, Jira export, payroll export, server
            # logs, flight manifest, hotel register, Spanish form and Czech invoice): after "by" at a line's end, a bracket or a
            # date (a bare word only after a record's verb), in brackets after the name they spell, a tracker's mentions and
            # watchers, sshd's logins (not an invalid user's, nor root), a web address's user, "user" in other languages
            user    | 'Exported by: rpatel2\nPRINTED 19-Jun-2024 16:05 by abose\nEksportert fra Tripletex av kari.vestrheim 19.11.2024\nPrepared by: ops.kwan (Load Control)' | rpatel2;abose;kari.vestrheim;ops.kwan
            user    | 'Reporter:     Jaspreet Patel (jpatel)\nLooping in [~s.kowalczyk] from SecOps\nWatchers:     s.kowalczyk, mholroyd, secops-bot' | jpatel;s.kowalczyk;s.kowalczyk;mholroyd
            user    | 'sshd[18833]: Accepted publickey for dkowalczyk from 83.135.17.204 port 51522\npam_unix(sshd:session): session opened for user dkowalczyk(uid=1007) by (uid=0)\nFailed password for invalid user admin from 1.2.3.4\nAccepted password for root from 10.0.0.1' | dkowalczyk;dkowalczyk
            user    | '"GET /api/v2/users/tbrandt_92/wishlist HTTP/2.0" "GET /users/profile/edit" "GET /users/settings"' | tbrandt_92
            user    | 'Raquel Domínguez (asesora comercial, usuario rdominguez.alc); uživatel pdvorak74.\nΧρήστης: reception.kmarkou' | rdominguez.alc;pdvorak74;reception.kmarkou
            user    | 'Go by train, or by car (optional) and see the notes by hand.\nWritten by Smith in 2020 by jones 2021. Paid by cheque; caused by diabetes.\nApproved by committee 2024. Chloe Barraclough (standard) Mr Lee (optional)' |
            # the review's: SQL's "order by", files, prose after a record's verb, products' names in brackets, routes, other
            # PAM sessions than sshd's; a login ending in "bot" letters is no bot
            user    | 'order by last_name, first_name;\ngroup by user_id\nGenerated by setup.py\ncaused by e.coli.\nRecord updated by staff.\nunchanged by mistake.' |
            user    | 'Install Python (python3), Node (nodejs), Docker (docker-ce), Item (items)\n"/users/sign_in" /users/password/new\n(nombre, usuario registrado) L utilisateur (administrateur)\npam_unix(cron:session): session opened for user nagios(uid=110)' |
            user    | 'Jane Talbot (jtalbot)\nWatchers: jtalbot, ci-bot, dependabot[bot]' | jtalbot;jtalbot
            # logins after a ticket's or a payslip's key, an agent's in brackets, before the name they spell in brackets, in
            # brackets after a name with marks, after Portuguese, Spanish and Dutch record verbs (an eighth held-out set's ticket,
            # payslip, transcript, recall list, guest list and lost-property log); not a key's word, a name, a product
            user    | 'Updated: 2025-04-12 | Assignee: wzhang2\n16:40 wzhang2 (Wei Zhang): ok\n[14:04] Jordan M. (agent jordan.m): Hi\nBearbeiter: hsommerfeld\nGerada em 10/03/2025 por rececao.lmatos · Uso interno\n(laatst bewerkt door lotte.vercauteren) - x\nÎntocmit: Loredana Cîmpean (lcimpean)' | wzhang2;jordan.m;hsommerfeld;rececao.lmatos;lotte.vercauteren;lcimpean;wzhang2
            user    | 'Assignee: Wei Zhang\nOwner: none\nAgent: available\nInstall python3 (Python 3.12) and node (Node.js); see readme (Setup Guide)' |
            # logins after "by" before "for", a dash or a sentence's end, after a German key and an agent's word, in backticks
            # after an account's word (a twenty-first held-out set's log, telematics export, register, chat and checklist); not
            # a browser's user agent, a word after "agent", a folder in backticks, a word before a full stop
            user    | 'exported 2025-03-07T08:00:11Z by fleet_jgarza for claim\nVerified 25/02/2025 by adm_lwhite. Proof\nBearbeitung: eg_mbraun – Rückfragen\nImpreso por jortuno – 15/03/2025\nagent cs_dpham merged records\nAD account `rapgwilym` disabled\nGitHub org: remove `rhys-apg`; revoke' | fleet_jgarza;adm_lwhite;eg_mbraun;jortuno;rapgwilym;rhys-apg;cs_dpham
            user    | 'user agent mozilla5\nthe agent smith said\ndelete `node_modules` and `build`\nupdated by staff. Next\nprinted by hand for you' |
            # (the review's: tools, columns and teams after "by" before the new endings, identifiers in backticks a few words
            # after an account's word, an agent's chemical or setting, a German key's words)
            user    | 'Sort the exported rows by last_name – ascending\nDocs generated by sphinx_build for version 2.1\nRecord updated by sync_job. Next run\nReviewed by legal – approved\nThe user table has `user_id` and `account_type`\nSlack account: see `incident-response`\nreducing agent nabh4\nSet the agent log_level to debug\nOur operator kube_state\nBearbeitung: sofort\nBearbeitung: team_a – x' |
            # the review's: a login with an initial's extension after "by", an initial and a long surname before a full stop, a
            # web address's login of an initial and a surname (not a route's word), a surname and an initial in brackets
            user    | 'Modified by barraclough.c\nRecord updated by jsmith.\nupdated by phone.\nGET /users/mholroyd/ /users/export/ /accounts/balance/ /users/block\nJohn Smith (smithj) Item (items)' | barraclough.c;jsmith;mholroyd;smithj
            # a record's attribute or key of who did it, quoted, and "user" in more languages (a ninth held-out set's XML, JSON and
            # tax form); not a name in the field, nor a word after a language's "user" without a colon
            user    | 'operador="jgomez" usuario="fbertoni"; "assigne_a": "mlavoie", "auteur": "sbeaulieu"; Ügyfélkapu+ felhasználó: erzsi.kovacsne' | erzsi.kovacsne;jgomez;fbertoni;mlavoie;sbeaulieu
            user    | '"auteur": "Marie Roy", "user": "Admin Team", usuario=fbertoni; felhasználó neve' |
            # the second review's: a labelled short word is no login by a surname inside it (the reading of initials and a
            # surname was taken back: "Login: denied" had "Nied"), nor a query's operator or a system's account in a field
            user    | 'Login: denied; Login: agreed; Login: remote; Username: daemon; User name: failed; Login: pending' |
            user    | '"operator": "contains", operator="not_equal", "user": "anonymous", "assigned_to": "unassigned", "user": "postgres"' |
            # a twelfth held-out set's labels: a number in the bracket after its label, Luxembourg's national number, a Swiss
            # identity card, Jamaica's TRN, British Columbia's PHN, a province's health card; Brazil's CEP, an Indian PIN in
            # its groups after a district; not a bracket's remark, "trn" in small letters, a matricule of a few digits
            aadhaar | Community Certificate, and Aadhaar (6283 0417 5598 as entered by you) | 6283 0417 5598
            id      | Matricule national : 1983061104227; ID-Karte: S1047732; TRN: 108-447-219; PHN       9698 412 377 (BC); ON health card 5829 130 474 KT | 1983061104227;S1047732;108-447-219;9698 412 377;5829 130 474
            id      | Passport (see below); trn 108-447-219; matricule 12 |
            zip     | São Paulo/SP - CEP 02546-000  TERMO; Chengalpattu District - 603 103 GSTIN 33AAATV4417K1ZF | 02546-000;603 103
            # a town where a letter or a form was signed, before its date, and a birthplace after a date in a table (a twelfth
            # held-out set's Swiss school form, Slovenian request, crew list); not a word that is no listed town
            place   | Luogo e data: Lugano, 7 giugno 2025; Kraj in datum: Maribor, 24. 2. 2025; 23.07.1984, Liepāja | Lugano;Maribor;Liepāja
            place   | Invoice, 7 June 2025; Dear Sir, 24.2.2025; Tuesday, March 3, 2024; 23.07.1984, Passport |
            # not a form's label of a birth date, which GeoNames has as a village (a twenty-fourth held-out set's home study, chat)
            place   | Applicant 2: Grant Robert Whitaker, DOB 07/29/1982, age 41; LM482910 exp 2031, DOB 04/11/1987 |
            # a child's or a relative's age in brackets after the first name alone (a twelfth held-out set's prison visits log,
            # tribunal order, insurance claim, debt file); not after a word that is no first name
            age     | child Kofi (4) - no ID; wife Vasiliki (75) on floor; ma fille Inês (14 ans). Noor (11 jaar) en Adam (7 jaar) | 4;75;14;11;7
            age     | Schedule (3) pages; Warranty (5 years); Section (12); Appendix (12) |
            age     | Max (100) is the upper limit; Kit (12); Amber (2) alerts; Iris (4) scans; Chase (5) accounts |
            # streets with no type word, known by the postal code and listed town after them (an eleventh held-out set's
            # witness summons, baptism certificate, psychotherapy intake); not a date before a year and a town, a heading
            # over a wide gap, a town that is not listed
            address | svjedok: Ilica 178, 10000 Zagreb - osobno     | Ilica 178, 10000 Zagreb
            address | osoitteessa Hämeenpuisto 33 B 14, 33200 Tampere. | Hämeenpuisto 33 B 14, 33200 Tampere
            address | Dr P. Lemaire, Place du Marché 8, 4020 Jupille. | Place du Marché 8, 4020 Jupille
            address | odvj. Babić, Trg bana Josipa Jelačića 5/III, 10000 Zagreb. | Trg bana Josipa Jelačića 5/III, 10000 Zagreb
            address | Adresa: Masarykova 12, 602 00 Brno            | Masarykova 12, 602 00 Brno
            address | Monday, June 3, 2024 Paris edition            |
            address | Signed June 3, 2024 Berlin                    |
            address | Chapter 3, 1200 Participants enrolled.        |
            address | Grade 5, 75000 Wibbleton                      |
            address | Table 4, 2000 Berlin residents; Survey 2024, 1500 Berlin; Article 5, 1000 Brussels. |
            address | Figure 3, 1200 Paris; Order 4471, 10000 Zagreb |
            # national numbers of a thirteenth held-out set's countries: Pakistan's CNIC in its groups (no check digit) or
            # after its label; Turkey's, Ukraine's, Moldova's and the former Yugoslavia's after their labels, checked
            cnic    | 'r/o Model Town; CNIC 35202-1187730-5; NIC No. 6110155183041; B-Form: 42101-5518304-1' | 35202-1187730-5;6110155183041;42101-5518304-1
            cnic    | 'tel 35202-1187730; ref 85202-1187730-5; order 35202-1187730-55; 3520211877305' |
            tckn    | 'T.C. 12345678950, TC Kimlik No: 38401927510; T.C. Kimlik Numarası 12345678951' | 12345678950;38401927510
            tckn    | 'Vergi No 12345678950; T.C. 02345678950; sipariş 38401927510' |
            rnokpp  | 'РНОКПП: 2987654313, ІПН 3012345670; РНОКПП 2987654314' | 2987654313;3012345670
            rnokpp  | 'ЄДРПОУ 2987654313; тел. 3012345670; ООО Яндекс, ИНН 7736207543; ИНН 7740000076' |
            idnp    | 'IDNP: 2003004152360; cod personal 0987654321014; IDNP 2003004152361; IDNO 1003600070656' | 2003004152360;0987654321014
            jmbg    | 'JMBG 1503985710029; Moj JMBG je 0712965450017; ЈМБГ: 1503985710028' | 1503985710029;0712965450017
            jmbg    | 'JMBG 3213985710028; račun 1503985710029' |
            # Argentina's whole postal code after its label or in brackets after a town; Ukrainian codes beside a town after
            # its abbreviation (a thirteenth held-out set's notice and IDP certificate); not a year before a town, a product
            zip     | 'C.P.: B1824AAF; Av. Corrientes 1250, CABA (C1043AAZ); 79035, м. Львів; м. Львів, 79022, тел.' | B1824AAF;C1043AAZ;79035;79022
            zip     | 'Model (B1824AAF2); ref B1824AAF; 2025, Київ; м. Львів, 2025.03; filter (A1234BCD)' |
            zip     | 'В 2025 г. Сбербанк; гр. София 2024 г.; Глубина 1500 м. Температура; г. Санкт-Петербург 2023' |
            # Bulgarian and Ukrainian streets after their type's abbreviation, with their number and units (a thirteenth
            # held-out set's deed and IDP certificate); not without a number, nor a year's number
            address | 'гр. София, бул. „Витоша“ № 41, ет. 3, се; ж.к. Младост 1, бл. 41, вх. Б, ет. 7, ап. 118, л.к.' | бул. „Витоша“ № 41, ет. 3;бл. 41, вх. Б, ет. 7, ап. 118
            address | 'м. Львів, вул. Наукова, буд. 7, кв. 56; просп. Миру, буд. 41, кв. 118; ул. „Капитан Райчо“ № 12, ап. 4' | вул. Наукова, буд. 7, кв. 56;просп. Миру, буд. 41, кв. 118;ул. „Капитан Райчо“ № 12, ап. 4
            address | 'ул. Иванова; пл. 2.5 м; вул. Шевченка 2025.03' |
            # Argentina's DNI in dotted thousands after its label (a thirteenth held-out set's carta documento); not an
            # amount, nor Spain's form
            ardni   | 'DNI: 38.418.827   CUIL; recibió L. Sosa (DNI 31.552.608), personal; D.N.I. N° 7.104.552; con DNI 30.112.908.' | 38.418.827;31.552.608;7.104.552;30.112.908
            ardni   | 'DNI 12345678Z; total 38.418.827,50; DNI: 38.418.8270; ref 38.418.827' |
            # ages in brackets after a date of birth or an identity number, and after a relative's or a titled name (a
            # thirteenth held-out set's foster placement, asylum intake, divorce application, breach e-mail, funeral form)
            age     | DOB 14/06/2016 (8 yrs)  NHI; DOB 02/02/2019 (6)  NHI; KABEYA Grâce, F, 01/03/2017 (7); né le 08.03.2013 (11 ans) | 8;6;7;11
            age     | wife Catriona MacRae (81), 01463; my father, Mr Gwilym Evans (83), who; spouse: Lourdes P. Dela Cruz (74) | 81;83;74
            age     | mother Ho Siu Fong (78). Flat; see Schedule One (12). Then; Invoice 2019 (12); Rev. 03/2024 (2) pages | 78
            age     | Room 12/04/2024 (A); Team Alpha Bravo (12), Alpha (3); Section 4.12 (5); Mr Smith (12) pages |
            # the review's: a version, a count after a date, a CV's years, products and titles of things
            age     | Version 1.2.10 (45); Invoice dated 10/10/2020 (12); Google, 2015 - 2020 (5 years); Build 10.4.22 (112); Lab. 02/02/2019 (6); Signé 01/02/2020 (3) |
            age     | Dr Pepper (12), Ms Excel (12). Sr Developer (3), The Brother Printer (2), Partner: Deloitte LLP (12), student Loan Company (3). |
            place   | 'sworn before me at Durban on 3 May; married at South Bend in 1901; issued at Enugu' | Durban;South Bend;Enugu
            place   | 'looked at Austin; works at Boston Medical Center; met at Noon' |
            place   | 'Daughter Amy Rourke (Tucson) called; nephew Tom Baines (Calamba); aunt Mary Tane (Rotorua); Warehouse 3 (Calamba)' | Tucson;Calamba;Rotorua
            place   | '(Victoria) (Reading) (Texas) (Main Street) (Jordan) (MOA) Office (Québec)' |
            place   | '12 Harbour Rd, Apt 3, Halifax B3H 2Y9\n8 Byres Road, Flat 2, Glasgow G12 8QQ' | Halifax;Glasgow
            # an IBAN of whole groups before a short word, which the expression reads as a group more: the check decides
            iban    | 'ES91 2100 0418 4502 0005 1332 de Juan; BE68 5390 0754 7034 bank transfer; sąskaitą LT22 7044 0060 3819 4027 ne vėliau' | ES91 2100 0418 4502 0005 1332;BE68 5390 0754 7034;LT22 7044 0060 3819 4027
            iban    | 'ES91 2100 0418 4502 0005 1333 de Juan'  |
            # a fifteenth held-out set's labels, a dotted number's groups, an account's code of five digits, a case's of digits first
            id      | 'identificado con C.C. 79.412.583 de Bogotá; Radicado: PQR-2024-55821; Pratica n. INPS-2024-118273' | 79.412.583;PQR-2024-55821;INPS-2024-118273
            id      | 'Aanslagbiljet 8821.2024.117.4402; Číslo jednací: MMB 118204/2024; Реєстраційний номер заяви: 20004418273' | 8821.2024.117.4402;MMB 118204/2024;20004418273
            id      | 'Kenmerk bezwaar: OB-2024-117284; reference KLX-4471902 for you; Tenant account: QS-40817; court case 19CV-004471 heard' | OB-2024-117284;QS-40817;19CV-004471
            id      | 'C.C. 12.03.2025; in case 3-4 days; reference ISO-9001; registro médico pendiente; account: PF-2281' |
            # a fifteenth held-out set's: a relation and the age in brackets, an age after a national number that holds the
            # birth date, an age with a unit of other languages after a given name or such a number
            age     | 'Ramesh Patil (husband, 44), Savita (mother-in-law, 70); Ida, CPR 120318-4610 (7 år); (syn Jakub, 12 let); POPA ELENA, CNP 6140309122076, 11 ani, elevă; Петренко Олена Іванівна (33 р.), тел.' | 44;70;7;12;11;33
            age     | 'Windows, 10 let; invoice 123456789, 5 years, warranty; Eladó Ford Focus, 5 éves; Plan 2019 (10 år); Acme, 20 Jahre, GmbH' |
            age     | 'Languages: Ruby, 4 years; Python, 6 years. Villa Maria, 100 anni. Relatives interviewed: (cousin, 3), (aunt, 2).' |
            # a login alone in brackets by its shape: parts with dots, or an initial and a surname of the lists
            user    | 'Interne Notiz (hkowalski): Herr A. rief an; verstuurd (p.devries). 16/05/2025 (mlefebvre) ok' | hkowalski;p.devries;mlefebvre
            user    | '(www.example.com) (e.g.) (fig.2) (report.pdf) (approx) (hand) (sic) (i.e.) (etc.) (v1.2) (a.m.) Contractor (plumber) Pieter; unfit (scaffolder) 12/02' |
            # a post office box in other languages, a Singapore postal code after the country's name
            address | 'Belastingdienst, Postbus 9050; Postfach 10 12 34; Apartado de Correos 1020; Caixa Postal 2201' | Postbus 9050;Postfach 10 12 34;Apartado de Correos 1020;Caixa Postal 2201
            address | 'the Postbus app; Postfach-Nr.; Apartado B; Casilla de correo' |
            zip     | '18 Jalan Besar, #01-01, Singapore 208788 | Singapore 2025 summit' | 208788
            # a Czech, Slovak, Polish or Croatian dateline's town in its locative
            place   | 'Prohlašuji, že údaje jsou pravdivé. V Brně dne 3. 5. 2025\nW Poznaniu, dnia 4 marca 2025 r.\nW Gdańsku, 4 marca 2025 r.\nU Splitu, 2. svibnja 2025.' | Brně;Poznaniu;Gdańsku;Splitu
            place   | 'Na základě smlouvy ze dne 3. 4. 2025; V Praze je 5. 4. otevřeno; V. Novák dne 3.\nU Mirka 5. 3. hráli; w Polsce dnia 3 maja świętujemy' |
            # a Spanish, Portuguese, French or Italian dateline with its lead or its word for "in" (a sixteenth held-out set's
            # adoption contract); not news in running text, nor a heading's word after "En"
            place   | 'En Santiago, a 5 de abril de 2025, entre\nFait à Lyon, le 3 mars 2025.\nEm Lisboa, 5 de abril de 2025\nDado en Lima, el 4 de mayo de 2025' | Santiago;Lyon;Lisboa;Lima
            place   | 'Las protestas en Santiago, a 5 de abril de 2025, fueron\nEn Resumen, a 5 de abril de 2025' |
            # a unit of one capital letter after the street
            address | 'Office: 4545 Fisher Rd, Suite D\nHome: 1200 Oak Lane, Unit B' | 4545 Fisher Rd, Suite D;1200 Oak Lane, Unit B
            # the fortieth session's review: code's dotted names, species, files, a tax form's box, a law's section, a mailbox
            user    | '(java.util) (os.path) (sklearn.metrics) (server.port) (user_id) (created_at) (first_name) (settings.py) (config.yaml) (yandex.ru) (e.coli) (s.aureus) (excl.vat)' |
            address | 'Apartado 2. Requisitos; Apartado 3 del artículo 14; Casilla 505 del modelo 100; Postfach 2 ist voll' |
            iban    | 'Moved from OX19 last year with mum. BE68 5390 0754 7034 bank transfer' | BE68 5390 0754 7034
            # a sixteenth held-out set's ages: labels in other languages and with a remark, an export's keys, a unit after a
            # whole name in brackets, after a name with a comma, after a birth date with a comma, blanks inside brackets
            age     | 'Vek: 17; Vecums: 39; Age on departure: 11; "age_at_registration": 21, "age": 34' | 17;39;11;21;34
            age     | 'Elev: Maja Strand (11 år) | Jakob Horvat, 4 leta, enota; Felix Bergmann, 3 god., ne; lainaaja Elias Grönroos, 8 v.)' | 11;4;3;8
            age     | 'né le 12/03/1984, 40 ans, passeport; szül.: 2017. 02. 03.  ( 8 éves ) TAJ' | 40;8
            age     | 'Age range: 18-65; page: 3; "page": 12; usage=45; Age at entry: 4.5; Top Gear (12 år); invoice 12/03/2024, 30 days' |
            # a sixteenth held-out set's logins: a valid user's failed password (not an invalid user's, nor a service's account), an access log's, a one-line git log's author, a handle in
            # brackets, an online account's; not an access log's "-", an annotation in brackets, a state after the label
            user    | 'Failed password for invalid user admin from 185.220.101.47 port 51122 ssh2\nFailed password for tokoye from 185.220.101.47\nAccepted publickey for deploy from 192.168.12.40' | tokoye
            user    | '73.162.44.208 - rkim [06/Feb/2025:20:31:02 +0000] "POST /api"\n4e0c9aa jmorales <jmorales@users.noreply.github.com> test: drop\nNgozi Okonkwo (@ngozi_okonkwo), ngozi@x.ng; Online account: hemi_pw79, login' | @ngozi_okonkwo;hemi_pw79;jmorales;rkim
            user    | '73.162.44.208 - - [06/Feb/2025:20:31:02 +0000] "GET /"; see (@Override); Online account: active; 0aa41b7 Rachel Kim <rkim@x.dev>' |
            # a sixteenth held-out set's towns: in brackets after a relative's word and a comma, or after an address of the
            # internet; before a Brazilian state's code, its CEP after; not a bar's section, a relative's word alone
            place   | 'Karin Lindqvist (syster, Mölndal). Breda Kinsella (grandmother, Naas), 045; 11 failed attempts from 102.89.34.117 (Port Harcourt) before' | Mölndal;Naas;Port Harcourt
            place   | 'Bigorrilho, Curitiba-PR, CEP 80730-000; ap. 71, São Paulo/SP, 01402-000; São José dos Campos-SP' | Curitiba;São Paulo;São José dos Campos
            place   | 'OAB/SP 287.114; (sister, Victoria); (mother, none); version 1.2.3.4 (Paris); Pre-SP, Anti-MG' |
            zip     | 'Bigorrilho, Curitiba-PR, CEP 80730-000; ap. 71, São Paulo/SP, 01402-000' | 80730-000;01402-000
            # a sixteenth held-out set's labels: a Swedish case, a Finnish library card, a Polish court's signature, Quebec's
            # health card, Canada's immigration client and file, a policy and a folio without "number"; not a register's
            # folio, a case's bare digit, a card's short number
            id      | 'ärende DR-2025-004471, Kirjastokortti: 2000104882317, Kortti 2000104659120 · sygn. akt III K 214/24; sygn. PR 1 Ds. 87.2025 Czynność' | DR-2025-004471;2000104882317;2000104659120;III K 214/24;PR 1 Ds. 87.2025
            id      | 'RAMQ (demandeur): ALHA 8403 1219 · IUC: 11-2233-4455  Dossier IRCC: B000482917; apólice AP-77.104.552 (Fidelidade); póliza DAN-MX-0083317; folio OW-2291' | ALHA 8403 1219;11-2233-4455;B000482917;AP-77.104.552;DAN-MX-0083317;OW-2291
            id      | 'inscrito al folio 12 del libro; el ärende 3 avslutades; Kortti 1234 on voimassa' |
            # a sixteenth held-out set's: a letter and nine digits after "passeport", Spanish "es" after the label, a Slovak
            # driving licence with "č." and its spaced groups; not a number of eleven characters, a heading's "es" of prose
            passport | 'né le 12/03/1984, passeport N012847593, NAS; mi pasaporte es G38127450 y la póliza' | N012847593;G38127450
            passport | 'passeport N0128475931 expiré; el pasaporte es válido' |
            dl      | 'Inštruktor: Peter Kollár, vodičský preukaz č. EH 418 227, osvedčenie; řidičský průkaz: EA123456' | EH 418 227;EA123456
            # a sixteenth held-out set's postal codes: Bulgaria's after "гр." and its town, Latvia's, Chile's after the label
            # written out; not a year after a Bulgarian town, a Latvian IBAN's first letters
            zip     | 'гр. Пловдив 4000, ул. „Капитан Райчо“; гр. София 1407, ж.к.; Daugavpils, LV-5401. # código postal 7750000, teléfono' | 4000;1407;LV-5401;7750000
            zip     | 'гр. София 2024 г. събрание; LV13 HABA 0551 0234 5678 9' |
            # the review's: a key's limit, rating, bound or group; a machine's or a parcel's moment; a range or a floor after
            # a label; experience or a whisky's years after a whole name; a contract's years after its date
            age     | '"age_limit": 18, "age_rating": 12, "age_min": 18, age_days=30; Age at failure: 12; Age on arrival: 3 days; Vek: 6-12 rokov; Wiek: 3+ lat' |
            age     | 'Project manager: David Brown (15 years); Glen Moray (12 years); Der alter Vertrag vom 01.02.2010, 15 Jahre Laufzeit' |
            # the review's: Quebec's card and Canada's client number by their shapes only, a product's policy, a register's folio
            id      | 'RAMQ 2024 1234 rapport annuel; Versamento IUC: 2015 1234; IUC: 2024-2025; UCI 2025 1234 licence; Polizza RC-2024; polizza RCA-1; folio A-12 of the register' |
            place   | 'Gateway 10.0.0.1 (Green Bay) is down; 192.168.1.4 (Port Harcourt)' |
            # an Irish town before its county (a sixteenth held-out set's school trip consent; the county itself was found
            # before); not a street's name, a word
            place   | 'Scoil Bhríde\nMain Street, Celbridge, Co. Kildare W23 X2F8\nadventure centre, Carlingford, Co. Louth Wednesday' | Celbridge;Kildare;Carlingford;Louth
            place   | 'Unit 4, Main Street, Co. Kildare; Thanks, Co. Cork team; the Board, Co. Louth' | Kildare;Cork;Louth
            # a word or a given name as an address's part between commas; Dublin's postal district (a twenty-fourth held-out set's
            # mortgage fact-find); not a longer number, a time
            place   | 'Apt 14, The Maltings, Bray, Co. Wicklow, A98 T2K7; St James''s Hospital, Dublin 8 Role; Dublin 6W.' | Bray;Wicklow;Dublin 8;Dublin 6W
            place   | 'Hunter, Co. Cork; Dublin 2024 review; Dublin 8:30 start; Dublin 25 miles' | Cork
            # (the review's: a role or a given name between commas with no address's number before it; a score, a count, a ranking)
            place   | 'Tom Burke, Coach, Co. Mayo; Entrants: Murphy, Sean, Co. Kerry' | Mayo;Kerry
            place   | 'Final score: Dublin 3 Mayo 1; Dublin 15 minutes away; Ranked: 1. Cork 2. Dublin 3. Galway' |
            # wallets by their checks (BIP 173 and 350's examples, Bitcoin's first address, a sixteenth held-out set's TRON
            # and Ethereum addresses); not one character changed, mixed case in Bech32, a 64-digit hash, a long word
            crypto  | 'to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa, 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy; bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 or BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4' | 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa;3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy;bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4;BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4
            crypto  | 'bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0 | THEVNeS1gNE6Z3N56Czk6XXn5EX8431D4B | 0x83bedee835432ea0403f42c531d2b7c5b4153051' | bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0;THEVNeS1gNE6Z3N56Czk6XXn5EX8431D4B;0x83bedee835432ea0403f42c531d2b7c5b4153051
            crypto  | '1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb; bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5; bc1QW508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4; 0x83bedee835432ea0403f42c531d2b7c5b415305183bedee835432ea0403f42c5; TheQuickBrownFoxJumpsOverTheDog' |
            # a seventeenth held-out set's: Romania's identity card after "CI" in capitals (a marriage declaration); not the
            # Italian word, nor another shape after it
            id      | CNP 1930422124175, CI CJ 412873, tel.; Martori: Cosmin Rus, CI MM 614028, și; CI seria MM nr. 614028 | CJ 412873;MM 614028;MM nr. 614028
            id      | se ci CJ 412873 fosse; CI 2025 report; CI CJ 41287; CI/CD pipeline MM 614028; Triggered by CI PR 104233 on main; The CI GH 123456 run; CI OK 200000 tests; The CI ID 123456 |
            # ages after an age's label without a colon, Romanian's, Greek's and Ukrainian's ("Età 46 anni", "în vârstă de 31 de
            # ani", "ηλικίας 72 ετών", "мені 21 рік"), after a name and a birth date ("Lucía Bianchi Ortega, 12/09/2009, 15
            # años,"); not a range, a contract's years after its date, nor years of something else
            age     | 'Nata il 14/09/1978 a Ferrara (FE) · Età 46 anni C.F.; în vârstă de 31 de ani, fiul; ηλικίας 72 ετών (γενν.; мені 21 рік.' | 46;31;72;21
            age     | 'Lucía Bianchi Ortega, 12/09/2009, 15 años, DNI 71238844R; Mateo Bianchi Ortega, 30/11/2013, 11 años;' | 15;11
            age     | 'Età 6-12 anni; contratto del 01/02/2010, 15 anni di durata; Vertrag vom 01.02.2010, 15 Jahre Laufzeit; în vârstă de 31' |
            # the review's: a sentence's term and a time left in Ukrainian and Russian; a loan's and a lease's term after its
            # name and date (no first name of the lists first)
            age     | 'Суд дав йому 8 років позбавлення волі. Дали ему 8 лет строгого режима; Мне 2 года осталось до пенсии; Hipoteca Fija, 15/03/2020, 30 años, 3,5% TAE.; Lease Agreement, 01/04/2021, 5 years, renewable.' |
            # a town after its postal code before a letterhead's middle dot, a bar or a slash and the province (a seventeenth
            # held-out set's vaccination certificate and insurance e-mail); not a count before a dot
            place   | 'Sõle tn 14, 10614 Tallinn · tel +372 655 4712; Tartu mnt 48-7, 10115 Tallinn | 5551 2871; No: 14 D: 5, 34710 Kadıköy/İstanbul.' | Tallinn;Tallinn;Kadıköy
            zip     | 'Sõle tn 14, 10614 Tallinn · tel +372 655 4712; No: 14 D: 5, 34710 Kadıköy/İstanbul.' | 10614;34710
            place   | 'Sõle tn 14, 10614 Tallinn · tel; Acme GmbH · Hauptstraße 5 · 10115 Berlin · Tel 030 123' | Tallinn;Berlin
            place   | 'We sold 12000 Units · more; in 2019 Sales/Marketing grew; 40 000 People · events' |
            # the review's: a count's word before a separator is a town only when the gazetteer knows it
            place   | 'Orders\n12500 Shipped • 300 Pending; Downloads\n10000 Windows/Mac users; Status: done; 20000 Records | 0 errors; Total, 45000 Visitors · 2023 season; Leasing, 36000 Miles/Year' |
            # a town of the gazetteer in the case another language's preposition gives it, or before a Turkish case suffix (a
            # seventeenth held-out set's Czech hearing list, Romanian marriage declaration, Lithuanian adoption file, Turkish
            # claim; the Polish court of the sixteenth's); not a person after "u" or "z", a country, a company, a program
            place   | 'z vazby v Ostravě) jedná; u rodičů v Mohelnici. Zapsala; v Brně, ve Zlíně a v Praze; Sąd Okręgowy w Poznaniu; w Gnieźnie' | Ostravě;Mohelnici;Brně;Zlíně;Praze;Poznaniu;Gnieźnie
            place   | 'domiciliat în Cluj-Napoca, str.; CI MM 614028, din Baia Mare. Močiutė iš Šiaulių sutiko; civarında Kadıköy'de, Bağdat; İzmir'e taşınacaksanız' | Cluj-Napoca;Baia Mare;Šiaulių;Kadıköy;İzmir
            place   | 'byl u Petra a z Martina; žije v Americe, v Evropě; z Polski; w Polsce; v Microsoftu; u Nováků; v Excelu; Ahmet'in arabası' |
            # the review's: a case's, a fixture's, a dispute's "v"; a person's name in a case after "u"; a Turkish genitive's or
            # accusative's name, a surname before a suffix
            place   | 'Plessy v Ferguson; Bush v Gore; Brighton v Burnley, Reading v Luton; Samsung v Nokia; Smith v Manchester Corporation; u Austina, u Orlanda, u Prestona; u Hiltona; v Albertu; Dün akşam Batman'ı izledik; Nokia'nın; Ahmet Aydın'ın dosyası; ve Toyota'nın' |
            # Icelandic street endings, Romanian's "str." in lower case before a capitalised name and "nr." (a seventeenth
            # held-out set's pension statement and marriage declaration); not Tennessee's "TN", a figure's or a section's letter
            # before a number, Python's "str." before a sentence, a time zone's or an Outlook file's "PST", a path's "mnt" (the
            # review's: Estonian's "mnt" and "pst" were taken back)
            address | 'Borgartúni 25, 105 Reykjavík; Heimilisfang: Laugarásvegi 12, 104; Hafnarstræti 88, 600 Akureyri; în Cluj-Napoca, str. Observatorului nr. 34, bl.' | Borgartúni 25;Laugarásvegi 12;Hafnarstræti 88;str. Observatorului nr. 34
            address | 'see Fig. 5 and Table g. 2; Mr Tn 5; Section Pr. 4; Nashville TN 37203; we str. 5 the; Returns the value as a str. Raises ValueError if more than 3 arguments; Open the Outlook PST 2016 file; Meeting Friday PST 9 sharp; Linux mnt 2' |
            # references after a seventeenth held-out set's labels: a claim, a deposit dispute, a parking fine, a police report, a
            # baggage file, a witness statement's URN, a Turkish claim file, a Lithuanian medical card, an Estonian registry code
            # and identity card, a Belgian doctor's INAMI, a frequent flyer's and a tax reference after a colon; not a year, a
            # word, a short count, a dispute before words
            id      | 'Claim opened: CLM-2025-031377. Damage; RE: Dispute DG-55120478 – Flat 2; Fixed charge notice PFN-2025-118406  Dear; Police report G/20250309/0041 was' | CLM-2025-031377;DG-55120478;PFN-2025-118406;G/20250309/0041
            id      | 'File reference: ACCKQ48211  St; URN: 14/JS/0417/25 St; hasar dosyası HS-2025-0448127  M; kortelės Nr. KŠVL-2021-11877.; (registrikood D04417); ID-kaart AB0487221 E; n° INAMI 1-44127-83-004 L; Frequent flyer: 2041887163 P; tax ref.: 0412857163  C' | ACCKQ48211;14/JS/0417/25;HS-2025-0448127;KŠVL-2021-11877;D04417;AB0487221;1-44127-83-004;2041887163;0412857163
            id      | 'the police report 2024 was filed; a police report PDF; dispute resolution 2025-2026; a dispute over 12 items; file reference below; the urn 5; Frequent flyer miles 20000; tax ref. 2023/24; the charge notice 12' |
            # a place after Romanian's words for a municipality, a town and a county, a town of the gazetteer after French's "à"
            # and Dutch's "te" (a seventeenth held-out set's marriage declaration, Belgian claim, Dutch contract); not a person
            # or a word after "à", "te", "nach"
            place   | 'născut în municipiul Turda, județul Cluj, în vârstă; în orașul Gherla; Né(e) le : 14/02/1978 à Namur Adresse; Fait à Liège , 1e 6 mars; Ondertekend te Utrecht op' | Turda;Cluj;Gherla;Namur;Liège;Utrecht
            place   | 'je parle à Marie; à Dieu; à Bientôt; te Koop; nach Hause; nach Abschluss; the comuna is small; județul 5' |
            # ages after a birth date or a national number that holds it: Iceland's kennitala, Estonian's "Sünniaeg" and "a",
            # Lithuanian's "gim." and "m." after an ISO date, an age at a line's end (a seventeenth held-out set's); not a
            # length or a delay after a date, nor a bracket after a date without a birth's word
            age     | 'Embla Gunnarsdóttir      kt. 140313-2380   (11 ára) barn; Sünniaeg: 17.04.1989 (35 a)     Dokument; Jonas Petraitis, gim. 1981-03-12, 43 m. 2. Rūta; – Mateo Bianchi Ortega, 30/11/2013, 11 años\nASC' | 11;35;43;11
            age     | 'Version 2.1 released 2024-03-12, 43 m. long; meeting 2024-03-12, 15 m. later; on 12.03.2024 (3 a); kt. 540197-2299' |
            """)
    void matchesToo(String name, String text, String expected) {
        matches(name, text, expected);
    }

    /** More rows of {@link #matches} (a twenty-fourth held-out set's, 2026-12-07): the second table reached the limit too. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # a given name that the gazetteer knows as a town before its state's code and its ZIP code (a twenty-fourth held-out
            # set's home study); not before a degree's letters, a word or a name that is no town, nor without the ZIP code (a
            # person's name as often, the review's)
            place   | '1 Main St\nAustin, TX 78701; 4 Elm St, Lawrence, MA 01840' | Austin;TX;Lawrence;MA
            place   | 'Dr. Jane Smith, TX board; Lawrence, MA; Kevin Park, MD; Austin, TXU Energy; Hi Austin,\nThe Austin, TX office; Thanks,\nTyler\nTyler, TX; Austin, CT scan of the chest; Madison Clarke (Madison, WI) joined' |
            # a household's dependants with their ages, the next of the list after a comma (a twenty-fourth held-out set's
            # mortgage fact-find); not a count after a word, a list of things
            age     | 'Dependants: Aoife (6), Rohan (3)  FINANCES; children: Maeve (9), Ciarán (12)' | 6;3;9;12
            age     | 'Items: Widgets (6), Gadgets (3); Amber (2), Max (100); Rooms: Rose (4), Lily (2)' |
            # a town after a facility's name and its comma (a twenty-fourth held-out set's screening log); not a department, a
            # word the gazetteer lacks, a town that runs on into another name
            place   | 'sites CA-014 (Sunnybrook Health Sciences Centre, Toronto) and US-022 (Henry Ford Hospital, Detroit)\nSt Mary''s Hospital, Salt Lake City.' | Toronto;Detroit;Salt Lake City
            place   | 'Royal Free Hospital, Cardiology Department; Leeds General Infirmary, Ward 4; Apollo Clinic, Chennai Central Office' |
            # (the review's: a call after "the Clinic", a service's or a product's centre)
            place   | 'Thanks for covering the Clinic, Tyler. Welcome to the University, Sydney. Visit our Data Center, Enterprise. At Mercy Clinic, Jordan.' |
            # a gym's membership code after the bare word, "(no." or a request's dash, a resident's parking permit, South Africa's
            # health professions' register (a twenty-fourth held-out set's freeze request, parking appeal, ambulance record)
            id      | 'freeze my membership (no. FF-0093721) for three months; medical freeze to membership FF-0093721 from; Membership freeze request - FF-0093721; Resident permit RPY-044817 (Zone Y); N. Pillay (HPCSA PA 0123456)' | FF-0093721;FF-0093721;FF-0093721;RPY-044817;PA 0123456
            id      | 'Your membership 2024 renewal; membership tier B-12; membership (no. 5) fee; Membership renewal request - SUMMER-2024; Resident permit zone B; HPCSA registered since 2019' |
            # (the review's: a plan's, a product's, a budget's code after the bare word, a renewal's ticket, a non-resident's permit)
            id      | 'Gold membership GM-12000 is priced; Our corporate membership SKU-10045 includes; Membership FY-20245 budget; membership renewal request - REQ-20240; Non-resident permit NRP-2024-0012 applies' |
            # a record's receiver with an office's word, a user's and a witness's login in brackets, an export's and a printout's
            # maker, a dotted name before a dash, a YAML's chat handle, a rider's account (a twenty-fourth held-out set's jury
            # summons, mooring register, pharmacy log, leave request, clinic printout, config, trip receipt, DBS register)
            user    | 'Received 04/01/2024 by clerk jmorales2 · Deferral\nPrinted by harbourmaster (user: mdonovan) - page 1\nexport by a.tremblay on 2024-05-14\nApproved by priya.sharma - "Take care"\nUtskrift 2024-05-17 14:03 av ssk_enordin' | jmorales2;mdonovan;a.tremblay;priya.sharma;ssk_enordin
            user    | 'slack: "@aisyah.r"\nRider account: rider_rosadk\ncopy shredded (witness c.dafydd)' | @aisyah.r;rider_rosadk;c.dafydd
            user    | 'Sales export by region, quarterly; Parcel received by reception; signed; received by clerk on Monday; Approved by finance.team - next; (witness statement)' |
            # (the review's: a system's or a team's name after the new words, a login cut before its digits)
            user    | 'Parcel received by warehouse_b3, signed\nPayment received by stripe_live; settled\nNightly sales export by etl_job2 on 2024-05-01\nSignal received by node_07 at 12:03\nProcessed by agent v2.1, no errors.\nGenerated by jenkins.pipeline for release 2.3\nQuery timed out (user: readonly_role)\nCustomer account: tier_2.' |
            """)
    void matchesThree(String name, String text, String expected) {
        matches(name, text, expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # a US county with its word (an eighteenth held-out set's home inspection, bankruptcy creditors' list and
            # discharge record; a seventeenth's jury summons): HIPAA's units smaller than a state, a name the lists or the
            # gazetteer know, or any after "of" or a bracket; not the county of no name, a show's, a form's field, a club's
            # (the review's)
            place   | 'Camp Hill, PA 17011 (Cumberland County) · Parcel; CIRCUIT COURT OF COOK COUNTY, ILLINOIS; c/o Harris County Job & Family Services; Prince George’s County; Received St. Louis County Veterans; Miami-Dade County; lives in Orange County' | PA;Cumberland County;COOK COUNTY;Harris County;Prince George’s County;St. Louis County;Miami-Dade County;Orange County
            place   | 'the County Council; each county; Home County; a county road; The County Hall; OF COUNTY; every County fair; Big County Fair; The Annual County Show; Residence County: TBD; Select County: ___; Derby County signed; Notts County lost; Unknown County; Total County Expenditures' |
            # towns an eighteenth held-out set gave: after "in" with German's "wohnhaft", the Nordic "i" after a word in lower
            # case, Polish's genitive "z Poznania"; not people or things after "i" ("and" in the Slavic languages, a club's, a
            # paper's), Portuguese's "do", German's "aus" (a noun's: "aus Holz", a town of the gazetteer too), "placed" and
            # a firm's verbs of living (the review's)
            place   | 'wohnhaft bei seinem Bruder Emre Şahin in Offenbach, Tel.; Erik Öberg, bosatt i Tromsø, registreras; (przeprowadzka z Poznania, ul.' | Offenbach;Tromsø;Poznania
            place   | 'Jan i Maria; Anna i Tomasz; Vitamin i Zinc; I do Nothing; das Haus aus Holz; aus Liebe; Mecz Legia i Wisła zakończył; Section 2 i Salisbury; Han spelade i Malmö FF; Det sto i Stavanger Aftenblad; Hospital do Barreiro contratou' |
            # a home directory at a path's end in a log's fields (an eighteenth held-out set's audit log); not a path's word in
            # prose, a service's account
            user    | 'sudo: PWD=/home/mbeaulieu ; USER=root ; new user: home=/home/tokaforreyes, shell=/bin/bash; "path": "/Users/akiko"' | mbeaulieu;tokaforreyes;akiko
            user    | 'cd /home/news and then; PWD=/home/ubuntu ; home=/home/admin, x' |
            # an Italian street in lower case before the town after "a" (an eighteenth held-out set's dictated report); not a
            # courier's "via" before a count
            address | 'La paziente abita in via Cavour 9 a Sant''Angelo Lodigiano con il marito; sent via UPS 2 a Day' | via Cavour 9
            # numbers after an eighteenth held-out set's labels: a certificate's, an application's, a request's, a support case's,
            # Centrelink's CRN, the US Defense ID, a bond holder's, a shareholder's, New Zealand's IRD, a German file's, a French
            # doctor's, a Spanish psychologist's, a Norwegian policy, a Finnish register, a Hungarian identity card; not a year,
            # a version, a count
            id      | 'Certificate ref. MC-2025-00391 delays; LIHEAP application LH-WA-5520917 was; support case 7021882461 | x; request LE-2025-0412"; Port request PR-25-447190 · Order; DoD ID (EDIPI) 1418827736 // M; holder''s number 530482771: £50; (shareholder reference C0004418827)' | MC-2025-00391;LH-WA-5520917;7021882461;LE-2025-0412;PR-25-447190;1418827736;530482771;C0004418827
            id      | 'DBS certificates 001798442613 (G); Centrelink CRN 308 441 827K  C; T. R. Whaanga, IRD 91-044-323.; Az. MED-2025-017 · V; n° ordinal 24718  A; (col. AN-09417) P; polise 7705-114827 (h; (Terhikki-rek. 100044718227) S; személyi ig. sz. 418227KE, a' | 001798442613;308 441 827K;91-044-323;MED-2025-017;24718;AN-09417;7705-114827;100044718227;418227KE
            id      | 'certificate 2019; application v2; request 12 items; in case 5 people; a case 2019; the col. 12; Az. 12; ISO 9001 certificate 12345 of conformity; certificates 120000 times; Pull request GH-452100; Change request CR-2024-0012; Application ABC-1234 crashes; In case 1000000 users; Use case 1234567; Course CRN 22314 MWF; The ordinal 12404 could not be located; shareholder number 1500 attended; Col. B-1000 contains; polise 12345 kr i premie' |
            # ages an eighteenth held-out set gave: after "she is", a relative's name, a given name and a surname before a state
            # or a trade, in words after "aged" and "turns" with a person before, a JSON key's "age_shown"; not a height, a
            # page, a wine's or a cheese's years, a firm's or an app's birthday, a street's number, a name without a relative,
            # a job's count, a flag's 0 or 1, a ranking (the review's)
            age     | 'Ruth (she told us she is 86 and has lived there); My son Kai is 6 and I want; Patrick O''Sullivan, 28, bachelor, fisherman; my son, aged seven – first season; Lily turns ten on 21 March; "age_shown": 34,' | 86;6;28;seven;ten;34
            age     | 'the score is 6 and rising; she is 5 feet tall; my son Kai is 6 feet tall; turned one page; aged ten years in oak; John Smith, 45, Main Street; Kai is 6 and; "page_shown": 34; My son Kai is 6 and a half feet tall; He is 15 and is still the top seed; The company turns fifty this year; Cheddar aged eighteen – extra mature; Software Engineer, 5, developer roles; Labour Party, 41, retired members; "age_shown": 1; so far Taylor Swift (12);' |
            # a Finnish and a Turkish age's label without a unit, a bracketed age after a birth date and the place of birth
            # (an eighteenth held-out set's optician's record and sponsor declaration); not a range, a firm's founding
            age     | 'Ikä: 63 Osoite: Pispalan; Yaşı: 41 Meslek; Geboren: 02-04-1954 te Oujda (70 jaar) Paspoort; né le 03/05/1950 à Oran (74 ans).' | 63;41;70;74
            age     | 'Ikä: 6-12 v; Opgericht 02-04-1954 te Utrecht (70 jaar); Kurulduğu yıl: 1954' |
            # numbers after a nineteenth held-out set's labels: a national identity card's without "No", a US state's card, an
            # officer's badge in brackets, a case's digits and dashes, a hotel's confirmation, a court's file and a suit, a
            # Romanian identity card's "seria și nr.", a Croatian one, medical councils' registers, an Argentine health
            # insurer's member; not a card's holders, a use case, a conference, a badge's count, a client's ID alone
            id      | 'National ID 10482736  SHA; | LA ID 004418270 | 118; PD (badge 1147), placed; case LPD 25-014472. Do; case 24-E-00381, filed; Kerr, conf. CMH-88391, arr.; Court file 24-1045-01, R. v.; suit G-1187/2024 (guardianship; CI seria și nr. CJ 418273, domiciliat; broj osobne iskaznice 118274365, Ulica; (MMC 48213) Tel; KMPDC A8841, 0722; RIZIV 1-41827-36-580. Afloop; afiliado n.º 61 842773 1 01 Pediatra' | 10482736;004418270;1147;LPD 25-014472;24-E-00381;CMH-88391;24-1045-01;G-1187/2024;CJ 418273;118274365;48213;A8841;1-41827-36-580;61 842773 1 01
            # and an export's "id" in an object with a person's name's keys; not a product's with a "name"
            id      | '"client": {"id": "C-3318", "first_name": "Gethin", "last_name": "Ll"}, {"id": "SKU-12", "name": "Blue Widget"}' | C-3318
            id      | 'National ID card holders 2024; Use case 24-123456 failed; in case 24-123456 fails; Proc. conf. ICML-2024; badge 1147 issued; TOTAL ID 12345678; (badge 2024); MMC 32GB card; a suit 24 pieces; PO ID 45000123 was approved; QA ID 1234567 test; National ID 14000000 cards issued; Submitted to conf. ACM-20245 proceedings; For case 12-1234 see' |
            # an Australian suburb in an address label's capitals, two blanks before its state, and in a table's row between
            # commas (a nineteenth held-out set's mail merge); not a form's word in capitals, a word before a street's type
            place   | 'UNIT 4/17 BANKSIA ST\nPALMYRA  WA  6157\n3 WATTLEBIRD CL BUSSELTON  WA  6280\nPO Box 2231,Karratha,WA,6714,D-11030\n88 MARINE TCE GERALDTON  WA  6530' | PALMYRA;WA;BUSSELTON;WA;Karratha;WA;GERALDTON;WA
            place   | 'TOTAL  WA  6000\nSTATE  NSW  2000\nTHE HALL VIC 3000\nBOX  WA  6000\nFurniture,NSW,1843\nInvoice,Paid,NSW,2150\nQTY 12 TIMBER  NSW  2000' |
            # logins after a record's "by" with a second after "and", a date's "on" after, a check's and a clearance's verbs (a
            # nineteenth held-out set's pawn ledger and tenant screening); not prose's words
            user    | 'IDs verified by kthibodeaux and jcormier2.\nReviewed by ybarra_c on 03/18/2025.\nMs. Sandhu cleared by lbaptiste on 18 March 2025.' | kthibodeaux;jcormier2;ybarra_c;lbaptiste
            user    | 'Approved by hand on Monday; signed by mail and courier; closed by default on Friday; checked by phone and email.\nResolved by reboot\nResolved by restart on 2024-01-03\nVerified by pytest\nChecked by eslint\nEscalated by tier2\nHandled by sales and support' |
            # ages a nineteenth held-out set gave: in brackets after a relative's name with the clause going on, after a child's
            # word and one name, an age at a trial's consent without a colon; not a firm's years, a screening's count of days, a
            # brand after "partner" or "student", a car's years, an inclusion's range, a median, an average's or a tree's label,
            # a wine's or a firm's years in Portuguese or Turkish (the review's)
            age     | 'her grandson Julien Mouton (19) be allowed; owner''s son Osian (15) home after; dochter Lotte (24) had; Age at consent 57 Hospital' | 19;15;24;57
            age     | 'the Company Bosch (19) be; age at screening 3 days; the Model T (15) had; our partner Shopify (3) integrations; the student Union (4) elections; Eladó Opel Astra (12 éves); Vând Dacia Logan (7 ani); Age at inclusion 18 to 65 years; Median age at randomization 62 (IQR 55-70); Ortalama yaş: 38; Puun ikä: 120; O Porto Tawny, de 20 anos, é; Şirketimiz 25 yaşında!' |
            # streets a nineteenth held-out set gave: a house's letter after a dash, a house's or a plot's number before the
            # street's name (Kenya, Ghana, Pakistan), Danish names in the definite form; not a figure, a lane's change
            address | 'REPORT 41-C Main Boulevard; Plot 4420, Kiambu Road; Lives at House 12, Lane 3; of House No. 7, Abease Street; bor på Ringgaden 112.' | 41-C Main Boulevard;Plot 4420, Kiambu Road;House 12, Lane 3;House No. 7, Abease Street;Ringgaden 112
            address | 'House 5, Lane change ahead; Plot 12, Figure 3 shows; 41-CD Main Road; the House 3, Lane Fox; Plot 3, Sector 2 shows; Plot 2, Block 4 data; Figure 3-B Main Street view; See Table 2-A Main Road results' |
            # a scanned fax's numbers with a letter OCR read for a digit after their labels, Malta's eight digits in brackets after
            # a name (a nineteenth held-out set's); not a year in OCR, a model's code
            phone   | 'FROM +233 302 77O 418  P.01/04; Fax No.:  0302 66S 401 From:; Accra , tel 0277 5S1 908 . Signed; Her carer Rosalie Vella (9982 1147) visits' | +233 302 77O 418;0302 66S 401;0277 5S1 908;9982 1147
            phone   | 'from 2O25 to 2O26; phone model S10 SE 128; from 1 OS 12 IS' |
            # a town of the gazetteer before a Swiss canton's code in brackets or a Maltese postcode (a nineteenth held-out set's
            # ski accident report and parking permit); not a language's or a degree's code after its word
            place   | 'Domaine skiable Les Crêtes · Verbier (VS) Centrale; Triq Manwel Dimech, Sliema SLM 1050 · 2133; et Lausanne (VD)' | Verbier;Sliema;Lausanne
            place   | 'Speaks French (FR) and German (DE); Bachelor (BE); Boston (GE) plant; Reading (UK); Victoria (BC); Model (XL)' |
            # a town before an Eircode, an Italian province's code after its town, a Polish residence (a twenty-first held-out
            # set's); not a code after a word that is no town, a province's code after a person, a code of no province
            place   | 'Pharmacy · Model Farm Road, Cork T12 K8AF MEDICATION; Nato a Verona (VR) il 21/07/1958; tel. 605, zam. w Wieliczce  KIERUJĘ' | Cork;Verona;VR;Wieliczce
            place   | 'Gate Room T12 K8AF; Marco Rossi (VR) ha firmato; a Verona (XX) oggi' |
            # (the review's: an Australian state's code and a number in a table's row without a town's cell before)
            zip     | 'state,units\nNSW,1843\nVIC,3210; Sales by state: NSW,1250,VIC,3400; PO Box 2231,Karratha,WA,6714' | 6714
            # an age between commas after a name before a room's or a bed's number (a nineteenth held-out set's night audit)
            age     | 'guest Morag Ferguson, 82, rm 007, pressed the bell; Jane Doe, 67, bed 4 asked' | 82;67
            age     | 'guest Morag Ferguson, 82, rooms 7 and 8; Jane Doe, 67, bedside table' |
            # a name's age before a person's word (a twenty-first held-out set's incident report); not a plural, a state's word
            age     | 'PATIENT 2: Hiroshi Tanaka, 31, visitor from Osaka; Mia Chen, 19, student at' | 31;19
            age     | 'Grand Total, 31, visitors; Labour Party, 41, retired members; Ward Seven, 12, residents' |
            age     | 'Ford Transit, 15, passenger van for hire; Adult Ticket, 25, student discount; Staff Parking, 50, visitor bays' |
            # (a bare number in brackets after a first name before a verb was taken back: a team's, a city's, a state's given
            # names had it as often, a second review's)
            age     | 'Chelsea (1) was beaten; Paris (2) is ranked second; Victoria (3) has the most; Keziah (8) is in Std 3; Max (10) is the limit' |
            # a twentieth held-out set's labels: Scotland's CHI without a colon, Sri Lanka's, Bangladesh's and Indonesia's identity
            # numbers and Indonesia's family card, Barbados' registration number, Nova Scotia's health card, a Chicago officer's
            # star, a work permit's reference, insurance policies in Afrikaans and Serbian, an Afrikaans claim; not a count, a
            # rating, a year, a conference, a town
            id      | 'Agnes Petrie, CHI 1403522146, b.; NIC 199422604117, mobi1e; NID 19679117204588113. NIK                  : 3205025708960003 No. KK               : 3205021204110007; NRN 850725-0418 for; MSI card 0087 415 229 (on file); Mazur-Dillon, star #6627 Address; work permit ref. TEP/2025/04417. Eis - polis SB-0041872 - wyle; polisa AO-77104182. Jou eisnommer is EIS-25-03318.' | 1403522146;199422604117;19679117204588113;3205025708960003;3205021204110007;850725-0418;0087 415 229;6627;TEP/2025/04417;SB-0041872;AO-77104182;EIS-25-03318
            id      | 'NIC 10 cards; star #1 rated; NID 1234; polis Amsterdam; a 5 star #12345 hotel; NIK 2024 report; the CHI 2024 conference' |
            id      | 'Planning permit ref. 2024/0012/FUL approved. Building permit reference: BP-2024-0033' |
            # a twenty-first held-out set's labels: a French "matricule" with letters, Portugal's NISS, a Valencian SIP, German and
            # French doctors' numbers, an Irish doctor's MCRN, a German residence permit, a university's and a loan officer's ID, a
            # health plan's member, a case's number beginning with its year; not a count, a year's case, a code without digits
            id      | 'matricule LR-00917, préparatrice; NISS: 12048817732 NIF; SIP: 10472218 Paciente; LANR 731846201, BSNR; RPPS 10101877342 Maison; (MCRN 019842); Aufenthaltstitel Y4K7R2T9M, Steuer; university ID S2219047; NMLS ID 1209934, (970); member HP4480217301; order, case 2016-003318-DM, which; County case 2019DR30412, showing' | LR-00917;12048817732;10472218;731846201;10101877342;019842;Y4K7R2T9M;S2219047;1209934;HP4480217301;2016-003318-DM;2019DR30412
            id      | 'matricule des chefs; SIP trunk 5060; member since 2019; in case 2024-01; university ID policy; case 2019 review; member AB12' |
            id      | 'EU member DE123456789 VAT; board member AB1234567; SIP: 4412345678; SIP: 100200 ext' |
            id      | 'Chuyến bay số hiệu VN123 khởi hành; Tàu tuần tra số hiệu HQ-012' |
            plate   | 'PVN reģistrācijas numurs LV40003032949; Zāļu reģistrācijas numurs 12-0345' |
            # an Icelandic and a Finnish passport's labels
            passport | 'færeyskur ríkisborgari; vegabréf FO0418273 framvísað; passinumero: XP1234567' | FO0418273;XP1234567
            # places after their kind's word in Vietnamese, Indonesian and Filipino addresses, in Title case or capitals; a town
            # the gazetteer writes without its diacritics, before a Latvian postcode after a comma (a twentieth held-out set's);
            # not a common word after the kind's word, a house number's or a unit's word after the name
            place   | 'phường Dịch Vọng Hậu, quận Cầu Giấy, thành phố Hà Nội; Desa Sukamurni, Kec. Cilawu, Kab. Garut No. HP; PEMERINTAH KOTA BANDUNG · KECAMATAN COBLONG; BARANGAY BAGONG SILANGAN · TANGGAPAN; Sēde notiks Rīga, LV-1050. Zvaniet' | Dịch Vọng Hậu;Cầu Giấy;Hà Nội;Sukamurni;Cilawu;Garut;BANDUNG;COBLONG;BAGONG SILANGAN;Rīga
            place   | 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA; Kota ini indah; xã hội Việt Nam; KOTA 12; Model, LV-1234 ok' |
            # (the review's: a hall's, an office's, a programme's words after the kind's word, the kind's word after an office's or
            # a programme's, a given name whose bare form is a town)
            place   | 'Barangay Hall; Barangay Clearance; Barangay Captain Juan dela Cruz; Brgy. Captain Santos; Desa Wisata; Dana Desa Tahap II; Pemilihan Kepala Desa Serentak; Sekretaris Desa Ahmad Fauzi; KOTA Coaching Institute' |
            place   | 'He lent his car to Andrés. Il a parlé à Jérôme hier. We said goodbye to Martín and Sofía.' |
            # (the second review's: after an address's word, a resident's, in Vietnamese after a street)
            place   | 'Alamat Kelurahan Dago Kecamatan Coblong; Warga Desa Sukamaju mengungsi; Đường Trần Duy Hưng phường Trung Hòa' | Dago;Coblong;Sukamaju;Trung Hòa
            # a town of the gazetteer after Icelandic's, Welsh's and Vietnamese's "in" and "at" (a twentieth held-out set's)
            place   | 'Öll lögheimili í Grindavík nema; sy''n byw yn Nefyn. #; đang làm việc tại Bắc Ninh, sẽ' | Grindavík;Nefyn;Bắc Ninh
            place   | 'í gær; yn dda iawn; tại nhà tôi' |
            # (a Filipino mobile after its "CP" is no postal code)
            zip     | 'Quezon City. CP 0917 555 0142. PhilSys; C.P. 28013 Madrid' | 28013
            # streets of a twentieth held-out set: Latvian type words after the name, a flat after the number's dash,
            # a Baltic postal code after the town, Indonesian, Serbian and Welsh types before it; not Indonesia's neighbourhood
            # units after the number, a citation's "Et Al."
            address | 'RĪGAS PILSĒTAS TIESA\nBrīvības bulvāris 34, Rīga, LV-1050, tālr.; Adrese: Ganību dambis 17a-9, LT-50194 Kaunas; bekerja di Jl. Soekarno-Hatta No. 590. Tinggal di Jl. Tubagus Ismail VIII No. 12B, RT 004/RW 010, Kelurahan; Yn byw yn Heol y Felin 9.' | Brīvības bulvāris 34, Rīga, LV-1050;Ganību dambis 17a-9, LT-50194 Kaunas;Jl. Soekarno-Hatta No. 590;Jl. Tubagus Ismail VIII No. 12B;Heol y Felin 9
            address | 'Smith Et Al. 2005 found; Fig. 3 shows; see pr. 5' |
            # (the review's: an event, a show, a strategy, a fund)
            address | 'Jalan Sehat 2024 diikuti; Lorong Waktu 5 tayang; Ffordd Ymlaen 2025 strategy; Bulevar Ventures Fund 2' |
            # (the second review's: with "No." before the number, a boulevard's name in lower case)
            address | 'Alamat: Jalan Sudirman No. 45, Jakarta. SVEDOK: Dragana Ilić, Bulevar oslobođenja 104, Novi Sad' | Jalan Sudirman No. 45, Jakarta;Bulevar oslobođenja 104, Novi Sad
            # logins in brackets after the names they spell, after a team's prefix or cut short (a twentieth held-out set's); not a
            # product's short name after a common word
            user    | 'Tech on duty: Marcus Lucero (tech_mlucero2). Bins; CHECKED IN BY THABO MOLEFE (kd_tmolefe) RENTER; reviewer Priya Raghunathan (praghu02)' | tech_mlucero2;kd_tmolefe;praghu02
            user    | 'Google Drive (gdrive); Python (python3); Node (nodejs); Pressure Transducer (ptransd01)' |
            # (the review's: a surname that is a common word too after a given name)
            user    | 'Assigned to Mark Brown (mbrown). Dan Stone (stone.d); Rachel Young (young_r)' | mbrown;stone.d;young_r
            # a checking account's number right after the word (a twentieth held-out set's); not a count, nor after "rekening", a
            # bill's as often (a second review's)
            account | 'routing 113000609 · checking 7730019482 · owner; Bank: Capitec, rekening 1482559013, takkode' | 7730019482
            account | 'checking 12 345 rows; checking 1234567 8 times; chequing 20 items' |
            account | 'fsck: checking 2500000 inodes, done; [INFO] Checking 1048576 bytes; Rekening 20250417 — totaal' |
            # more of a twentieth held-out set's labels: a Catalan file, a Vietnamese officer's number, an Indonesian health card;
            # plates after Serbian's, Lithuanian's, Latvian's and Tagalog's labels
            id      | 'CURS 2025-2026 Núm. d''expedient: AM-25-004417 · Registre; Phạm Đức Long, số hiệu 204-418 Hẹn; BPJS Kesehatan (No. Kartu 0002147731905) di' | AM-25-004417;204-418;0002147731905
            plate   | 'vozilo Škoda Octavia, reg. oznake NS 418-KT, broj; PASSAT, valst. Nr. KLM 418, VIN; ar valsts reģistrācijas numuru KL-4418.; van ni Pascual (plakang NBK 4418) ang' | NS 418-KT;KLM 418;KL-4418;NBK 4418
            # ages a twentieth held-out set gave: bare after a birth date when the two make a year of this century, Tagalog's,
            # Estonian's and Icelandic's "years old"; not a count after a date, an invoice's, a contract's term, a warranty's
            age     | '- Agnes Petrie, b. 14/03/1952, 73 this week (card; - Thomas Duthie, b. 02/07/1938, 86, Ninewells; DOB: 1950-03-12, 75\nMa. Luisa Dela Cruz-Bautista, 47 taong gulang, may; Rasmus Tamm on 19-aastane; jahil; Rói Joensen er 22 ára, færeyskur' | 73;86;75;47;19;22
            age     | 'DOB 01/02/1950, 12, 14; Invoice 12/03/2020, 5, paid; born 12/03/1950, 12 items; 5-aastane leping; 5 ára ábyrgð' |
            # (the review's: a firm's, a contract's, a building's years, a state's and a team's numbers)
            age     | 'Fyrirtækið er 50 ára. Leping on 5-aastane, pikendatav. Ang gusali ay 100 taong gulang na. Georgia (16) has sixteen votes' |
            # (the second review's: before a person's word, after "she", a birth's label before the date, a slash between)
            age     | '45-aastane mees pöördus EMO-sse. Patsient on 67-aastane naine. Hún er 22 ára og býr. born on 14/03/1952, 73\nDOB: 02/07/1938 / 86\n' | 45;67;22;73;86
            # a state's or a province's code between its town and its postal code (a twenty-first held-out set's court order,
            # SQL dump, telematics export, e-mails and JSON); not without the code after, nor after a capital or a digit
            place   | 'Lot 62, Kentwood, MI 49508. (208,''Pa'',''Roseville'',''MN'',''55113''), Phoenix,AZ,85034,x; Toronto, ON M5S 2P2; Harris Park NSW 2150' | Kentwood;MI;MN;Phoenix;AZ;ON;Harris Park;NSW
            place   | 'Kevin Park, MD; TOTAL CA 90210; Ward 3, PA 18102; Harris Park NSW 8000; claim in CA 9021' | Harris Park
            # (the review's: a label before a state's code, a product's or a state's sales in cells, a lower-case word before an
            # Australian state's, codes of phones and cars before no Eircode, an order's "zam.", a resident doctor's specialty)
            place   | 'Your user ID 48213 has been locked; serum CA 12500 U/mL; sold in CA 90210 units; 2024-01,Gadget Pro,CA,45210; VALUES (''blue widget'',''OR'',''10000''); total SA 5000 points; north WA 6000; Samsung Galaxy A54 2023 review; Gate D12 0930; Nr zam. w Allegro: 123456; Złożono zam. w Sklepie Internetowym' |
            # "geb. am" and "Geboren am", a residence's phrase beginning a sentence (a session's own probes)
            place   | geb. am 03.05.1977 in Augsburg; Geboren am 1. Mai 1950 in Kassel. Wohnhaft in 80331 München, Sendlinger Str. 12 | Augsburg;Kassel;80331 München
            place   | geb. am Rhein; Wohnhaft in der Stadt; Demeurant à 12 km |
            # a numbered street after two compass letters, a park's lot after its street, a street without a number where
            # something happened (a twenty-first held-out set's); not a computer's drive, not without a street's type
            address | new address 6618 SE 17th Ave Portland; 4417 Kalamazoo Ave SE, Lot 62, Kentwood | 6618 SE 17th Ave Portland;4417 Kalamazoo Ave SE, Lot 62, Kentwood
            address | stationary on Stratford Road at its junction with Shaftmoor Lane, Hall Green. Rear-ended on Main Street East; drove | Stratford Road;Shaftmoor Lane, Hall Green;Main Street East
            address | saved on Google Drive; on Shared Drive; on Monday Morning; junction with Main; upon Road Trip |
            address | 'Stocks fell on Wall Street today; a stroll along Memory Lane; Update on Recruitment Drive; stored on USB Flash Drive; Guidance on Month End Close; Notes On Building The New Road; Tickets on Sale Now Road Show' |
            # an age's XML element (a twenty-first held-out set's); not a page's, a usage's, a message's element
            age     | '<Name>Anita Deshpande</Name><Gender>F</Gender><Age>47</Age><DOB>1977-09-21</DOB>; <PatientAge> 81 </PatientAge>' | 47;81
            age     | '<Page>47</Page><Usage>12</Usage><Message>3</Message><age>1234</age>' |
            # a bank's name right before an account's number, an export's "account" key before digits (a twenty-second held-out
            # set's savings club register, fraud report and onboarding export); not a count, a year, a word after, letters
            account | '| Jan 2025 | Capitec 1498220734 | | FNB 62801944315 |; paid from Lloyds 31926819 (s/c 30-94-57)\n{"routing": "063100099", "account": "8830019472", "type": "checking"}' | 1498220734;62801944315;31926819;8830019472
            account | 'Nationwide 1200000 customers; Chase 2024 results; HSBC 12345678901234 ref; Barclays 123456; {"account": "ACME-1234567"}; "account": "12345"; Top lenders: Santander 12500000, Lloyds 9800000; {"env": {"account": "210987654321", "region": "us-east-1"}}' |
            # a twenty-second held-out set's: a label in a two-column table's cell before its value's, the value's cell the
            # row's last; a scheme's initials before "number" and a colon; not a ledger's row, a product's or an order's code
            id      | '| Student ID | 20418873 |\n| Customer ID | C-20418873 |\nNDIS number: 431 882 907 DOB; HCPC number: 123456' | 20418873;C-20418873;431 882 907;123456
            id      | '| Student ID | Name | Course |\n| Customer ID | 20418873 | 2024 |\nSKU number: 123456789; PO number: 4500012345; ISBN no: 9780306406157; NHS number: 485 721 9360; NDIS number: 12; GL number: 400100; AWB number: 1761234567; RMA number: 7731042' |
            account | '| Account | 400100 | Sales |\n| Account | 12345678 |\n| 2100 | Sales account | 125000 |\n| Savings account | 250000.00 |\n| Checking account | 1250000 |' | 12345678
            # a German highway's name as a street's type, after an adjective or at a name's end (a twenty-second held-out set's
            # CV); not the word alone
            address | 'Anschrift       Wandsbeker Chaussee 214, 3. OG links, 22089 Hamburg; Heerstraße 5; Frankfurter Chaussee 12a' | Wandsbeker Chaussee 214, 3. OG links, 22089 Hamburg;Heerstraße 5;Frankfurter Chaussee 12a
            address | 'die Chaussee 12 Kilometer lang' |
            # a street in capitals with a type that notes' capitals use otherwise, before its unit or its town, state and ZIP
            # code (a twenty-second held-out set's dispatch printout); not a clinical note's hours, a scan's
            address | 'Loc:   4417 SYCAMORE KNOLL DR APT 3B, MASON OH 45040 X-St:  TYLERSVILLE RD; MAIL TO 12 OAK CT, SPRINGFIELD IL 62704; 310 BAY PL STE 200, DAYTON OH 45402' | 4417 SYCAMORE KNOLL DR APT 3B, MASON OH 45040;12 OAK CT, SPRINGFIELD IL 62704;310 BAY PL STE 200, DAYTON OH 45402
            address | '2 HOUR DRIVE, NO RELIEF; 2 HEAD CT SCANS; 3 DAYS IN PT; 4 WAY STOP AHEAD; HEPARIN 5000 UNITS SQ UNIT 4B' |
            # where one lives in the present tense in seven languages (a twenty-second held-out set's assessment and waiting
            # list; the others a session's probes); not a word in small letters after it
            place   | 'Zoon Bart Wolters woont in Kampen en helpt. Vive en Utebo, C/ Mayor 21. Abita a Bergamo; habite à Nantes; mieszka w Lublinie.' | Kampen;Utebo;Bergamo;Nantes;Lublinie
            place   | 'vive en la calle; woont in een flat; habite à côté; La responsabilidad reside en Recursos Humanos; Die Familie wohnt in Miete' |
            place   | 'Gemeente Zwolle - Wmo-loket; trabajadora social del Ayuntamiento de Alcantarilla, 968; an inspector of the Municipality of Clarington, Maureen; COMUNE DI BERGAMO' | Zwolle;Alcantarilla;Clarington;BERGAMO
            place   | 'de gemeente is gesloten; Ayuntamiento de la ciudad; the municipality of our town; Gemeente Belastingen; Gemeente Raad' |
            place   | 'Municipality of Anchorage Budget Office; Comune di Milano Ufficio Tributi' | Anchorage;Milano
            # a Spanish application's and doctor's college number, a Portuguese health service user's (a twenty-second held-out
            # set's); not a reference alone, an application's kind
            id      | 'N.º de solicitud: BS-2025-0481127 Fecha; colegiado 50/10384, 976; N.º utente SNS 284719330 Morada' | BS-2025-0481127;50/10384;284719330
            id      | 'intake, ref RSBC-25-0418870. An application, ref. 19/1044, was refused; solicitud de empleo 2024; colegiado en 2019; Importe de la solicitud: 15000 euros; Tribunal Colegiado 12345/2024' |
            # a twenty-second held-out set's logins: after "by" before a printout's gap, numbered before a sentence's end or a
            # dash, after lodging and sending verbs in English, French, Italian, after a German office's date, an office's word,
            # a reviewer's in brackets, "login" after a comma, a dating app's profile, Polish "Konto"
            user    | 'Closed by disp_tmonroe   Disp: T1. Lodged by chbmc_reception2\nCopia inviata alla società da cmso_accettazione2.\nBEARBEITUNGSVERMERK: erfasst 05.03.2025 sta21_mweber; Steuermarke\ntramitador ler_bsocial_mgomez;\nthe NFIB (reviewer nfib_an_0217). dating-app profile richard_h_md, claimed; Konto PUE: ewelina.wrobel86 (logowanie' | richard_h_md;ewelina.wrobel86;disp_tmonroe;chbmc_reception2;cmso_accettazione2;sta21_mweber;nfib_an_0217;ler_bsocial_mgomez
            # (not a chemist's agent, a setting, a job's account before a sentence, a server's profile, a bank account's, a state,
            # an office's word before prose, a place after Italian's "da")
            user    | 'reducing agent nabh4; the operator log_level to; Processed by sync_job. Next; AWS profile prod_admin, region; Konto: DE12 3456; compte: actif; tramitador de expedientes; gestionnaire du dossier; registrato da casa.\nerfasst 05.03.2025 Antrag; erstellt 05.03.2025 v1.2; bearbeitet 12.01.2025 ticket_123, El gestor v2.3 falla; (login endpoint); Prepared by finance   Date; Generated by worker_3. Next run; Domanda inviata da remoto.; Spring app profile dev_local, x; their profile picture_1.jpg, x; Konto AWS: prod_eu1' |
            # a twenty-second held-out set's ages: in brackets after an ISO date or one with its month's name, after a date
            # alone in a table's cell, bare after a birth's label and date before a bar, a person described, "I am" before any
            # clause, a relative's word before the bracket in Spanish (Italian's "a 52 anni" taken back: a loan's, a contract's,
            # a survival's term as often, the review's)
            age     | 'NHS 618 304 5721 DOB 23 Oct 1938 (86 y)   M; Mrs Gwen Prosser, DOB 1961-12-03 (63), 22 Heol;\n| Name | Relationship | DOB / age | Phone |\n|---|---|---|---|\n| Zofia Nowicka | sister | 30/11/2020 (4) | - |\n| Date of birth / age | 2004-09-12 / 20 |\nmale, Asian, approx. 50, 5''7"; Driver: male, approx. 30, hi-vis. I am 71 and walk this road daily. | hija (17 años) |' | 86;63;4;20;50;30;71;17
            # (not a version's date in a cell, a sum, a height, a span or a term in Italian, a relative's word in a bracket's count)
            age     | '| Release | 01/02/2010 (45) |\n| v2 | 2024-01-05 (3) |\nI am 6 and a half feet tall; I''m 2 and a 3 short. male, approx. 500 m; fino a 3 anni; da 2 a 5 anni; a 5 anni dall''intervento; garanzia a 2 anni e mezzo; hijos (3 años de contrato); Mutuo a 20 anni; Sopravvivenza a 5 anni; Agenda – board meeting 12 March 2025 (3); Agent assigned 2024-03-01 (14); Connector type: female, approx. 40; a man, about 6, feet away; I''m 2 and need 3 more; | Asset | Purchased (age) | Site |\n|---|---|---|\n| Pump | 01/03/2019 (5) | - |' |
            # a British or Irish street without a number before its town, a county and a postcode (a twenty-first held-out set's
            # medication record; the others a session's probes); not a park's or a court's name, nor without the postcode
            address | 'Pharmacy Department · Model Farm Road, Cork T12 K8AF MEDICATION; at the club boathouse, Grattan Road, Galway, Co. Galway H91 X2Y3. Write to Station Road, Leeds LS1 4DY today' | Model Farm Road, Cork;Grattan Road, Galway, Co. Galway;Station Road, Leeds
            address | 'Thorpe Park, Leeds LS15 8ZB; Crown Court, Leeds LS1 3BG; Station Road, Leeds today; The Road, Leeds LS1 4DY' |
            address | 'Ship To Station Road, Leeds LS1 4DY' | Station Road, Leeds
            # a twenty-third held-out set's ages: a child's in brackets with the relation, English "is N years of age", Spanish
            # "tiene N años" after a name; not a rule's bound nor a firm's age (2026-12-07)
            age     | '| AHMADI, Zahra (child, 9) |; Petitioner is 26 years of age, born; she was 71 years of age when' | 9;26;71
            age     | 'children under 5 years of age; patients are 65 years of age or older; La empresa tiene 20 años; (child, care); Participants were 18 years of age and older; Children who are 12 years of age and under; If the driver is 25 years of age or less; who is 70 years of age must; The minimum age is 16 years of age; is 65 years of age on or before 1 July; Tree View (child, 12); Tax Credit (dependent, 2)' |
            # a twenty-third held-out set's numbers: a donor's, a person's permit and licence, a client file's and a French staff
            # number; not a building's, a product's, a purchase's, a contract's, an inspection's, a register's year (2026-12-07)
            id      | 'Constituent ID 0004471902; individual rehabilitator permit WR-24-0318 Case; operator lic. BA-0041873 CLIENT; client file IMT-C-05521; (matricule TA-017).' | 0004471902;WR-24-0318;BA-0041873;IMT-C-05521;TA-017
            id      | 'SELLER: FALLON, Séamus     Herd no. R1847203; the herd number grew' | R1847203
            id      | 'a permit to build; the licence GPL-3; software licence MIT-2024 terms; permit 2025-0318; our contrat de travail; donor 25 years; Matricule en cours; Building permit BP-2024-00123; Enterprise license ENT-100245; Purchase requisition PR-2024-00123; Le contrat MAINT-2024-00012 couvre; Lift inspection ref LIFT-0043; feuille matricule 1872' |
            account | '<Autopay routing="321174107" account="3390218847" type="checking"/>; <Autopay account="3390218847"/>; routing="32117410" account="1234567"' | 3390218847
            # a twenty-third held-out set's logins: after "by" before "from" and an address, after Spanish "actualizada ... por",
            # after a log's time before a gap; not a machine's, nor one without a person's name in it, nor a sentence's word
            user    | 'Uploaded via portal by wfvc_ktuilagi from 67.166.201.48.\nHoja actualizada el 22/02/2025 por secretaria_icerezo.\n' | wfvc_ktuilagi;secretaria_icerezo
            user    | 'Sent by etl_job from 10.0.0.1; grew by half from 2023; actualizada por completo; 2025-03-04 11:42:05 event_handler  INFO  queue drained' |
            # a town before its police (2026-12-07); not a force's other words nor a word no gazetteer lists
            place | 'Arrested 03/09/2025 by Reidsville PD; booking; Det. Paul Menard, Lafayette PD (badge 1147); the Secret Police; by Metro PD; Capitol Police' | Reidsville;Lafayette
            # a name's suffix before a state is no town (a twenty-second held-out set's "Harlan J. Moody, Esq., Nevada Bar No.")
            place | 'Harlan J. Moody, Esq., Nevada Bar; Acme Holdings, Inc., Texas; R. Lee, Jr., Ohio; Las Vegas, Nevada' | Las Vegas
            address | 'Sig.ra Scarpa, residente in via Belzoni 61/C, int. 4, 35121 Padova; residente a Rovigo in corso del Popolo 212, obbligato in solido; sent via FedEx 2, then; Iscrizioni: corso Python 3, livello intermedio' | via Belzoni 61/C, int. 4, 35121 Padova
            address | 'idzie do koleżanki na ul. Kościuszki. Według; patrol w Sopocie przy ul. Bohaterów Monte Cassino, w stanie; ul. Długiej 5; Regulamin ul. Test' | ul. Kościuszki;ul. Bohaterów Monte Cassino;ul. Długiej 5
            place   | 'ur. 17.06.2009 w Gdyni, lat 15; odnaleziona w Sopocie przy; we Wrocławiu; w Marii; w Adamie' | Gdyni;Sopocie;Wrocławiu
            # a birth date's year before an age is no postal number before a street (2026-12-07)
            address | 'DOB 04/09/1988   Age 36 SSN; DOB 02/07/2015   Age 9   Year 5; born 1988 Age 36' |
            # a town before a British postcode, known to the gazetteer or not (a session's probes); not a street's, a label's, a
            # building's word, nor a word of two letters
            place   | 'Flat 2, Kings Court, Sheffield S10 2TN; Hall Green B28 8AA; Write to 5 Station Road, Leeds LS1 4DY today; Milton Keynes MK9 2EA; Reading RG1 1AA' | Sheffield;Hall Green;Leeds;Milton Keynes;Reading
            place   | 'Station Road LS1 4DY; Postcode LS1 4DY; Ref AB1 2CD; Box BT1 1AA; at EC1A 1BB; Gate D12 0930; Address CB7 4AA; Tel BT1 1AA; POSTCODE M1 1AA; Head Office M1 1AA; Acme Widgets Ltd B1 1AA; Ship To B1 1AA; Print Layout A4 2UP' |
            # (the third review's: an English word that reads as an initial and a surname, a dotted login with a title's, a
            # street's or a build's two letters, a chat's group or channel, a club's or a plan's membership, a county's score, an
            # order's number before a county, a given name called after a facility)
            user    | 'Sales export by branch, weekly\nParcel received by scanner; ok\nQuery failed (user: scanner) at 9\nGenerated by ci.travis - build 4\nApproved by dr.watson - ok\nSent by st.mary - x' |
            user    | 'slack: "@eng-leads"\ndiscord: @moderators\nslack: @general\nslack: @lee-k\nApproved by jo.bradley - ok\nexport by branch_mwilson on 2024-05-01' | @lee-k;jo.bradley;branch_mwilson
            id      | 'Upgrade to membership GM-12000 today; our membership SKU-10045 covers; Your membership FF-0093721 is frozen; freeze to membership FF-0093722' | FF-0093721;FF-0093722
            place   | 'Final: Dublin 2, Kerry 1. Result: Kerry 1, Dublin 2. Order 4471: Brown, Sean, Co. Kerry. Wait at Mercy Hospital, Austin, while we call. St James''s Hospital, Dublin 8, D08 NHY1' | Kerry;Dublin 8
            # a user's login in brackets in Spanish, a directory's user, a department's prefix before a dotted name, an application's
            # failed logins (a twenty-fifth held-out set's loan application, helpdesk ticket, job application, log); not a
            # service's account, a word in the brackets, an invalid user's
            user    | 'Gestora: Rocío Benítez (usuario rbenitez)\n(AD user rdelacruz) Opened\nreceived by hr.priyanka.d on 03/04/2024\n5 failed logins for m.oyelaran from 2001:db8:9f::a1' | rbenitez;hr.priyanka.d;m.oyelaran;rdelacruz
            user    | 'Domain account svc_backup2 locked\n(usuario registrado)\nLDAP user lookup failed\n3 failed logins for invalid user admin from 10.0.0.1\nreceived by hr.team.leads on 03/04/2024' |
            # Singapore's floor and unit after the street, a unit's letter before its digits (a twenty-fifth held-out set's claim,
            # booking, tax intake); not a phone's digits after the unit's
            address | '71 Robinson Road, #14-01, Singapore 068895; 12 Main Street, Apt B204, Kent; 9 Oak Road, #02-1234567' | 71 Robinson Road, #14-01, Singapore 068895;12 Main Street, Apt B204, Kent;9 Oak Road, #02
            # (the fourth review's: prose's failed logins, a directory's shared accounts, a till's word; a member's own code after
            # "our" and "to"; Dublin's district before a phone's label; a town after a facility before a place's clause; dotted
            # logins with a two-letter surname; chat handles the lists do not know, and groups')
            user    | 'We saw 300 failed logins for staff from overseas IP addresses\nUse AD user test.user for UAT; network account printer_3f is shared\nPago anulado (usuario cajero) 14:02\nslack: @eng-leads; slack: @general' |
            user    | '(witness le.thanh) - (clerk ng.kelvin)\nslack: @aigerim\ndiscord: @pyotr' | @aigerim;@pyotr;le.thanh;ng.kelvin
            id      | 'we would like to cancel our membership FM-0042871 now; applied to membership FF-0093721; Upgrade to membership GM-12000 today; our membership SKU-10045 covers' | FM-0042871;FF-0093721
            place   | '14 Leeson Park, Dublin 6, Tel 01 496 2231; admitted to St Vincent Hospital, Sydney, on 3 March; Delivered at Seton Medical Center, Austin, where she' | Dublin 6;Sydney;Austin
            place   | 'Payee: BANCO SANTANDER SA\nVendor: THE HERSHEY CO\nunder the SHERMAN ACT\nand the CLAYTON ACT\n2000 BROADWAY NE\nSigned: MARK HOUSTON PA\n' |
            # an age in brackets after a titled name, in Italian and German (a twenty-fifth held-out set's prescription and
            # discharge letter); not a condition's duration
            age     | 'su delega del sig. Esposito (71 anni, allettato); Patientin Frau Emine Yılmaz (65 J.), die sich; Hipertensión (10 años), Diabetes (5 anni)' | 71;65
            # Poland's laboratory diagnostician, Italy's regional doctor's code, a Polish patient's card
            id      | 'diagnosta laboratoryjny (nr PWDL 08842); CODICE REGIONALE MEDICO: 308417; Nr karty pacjenta: KP/2024/11873' | 08842;308417;KP/2024/11873
            # two towns across a slash (a twenty-fifth held-out set's expense claim and job application); not names' or words'
            place   | 'Purpose: client visits Jakarta / Kuala Lumpur, 4 Mar; Infosys Limited, Chennai / Pune - Test Analyst; Sales / Marketing; Jordan / Austin; Chelsea / Arsenal' | Jakarta;Kuala Lumpur;Chennai;Pune
            # an airline's passenger list's passports after "PPT" in capitals (a twenty-fifth held-out set's booking); not PowerPoint's
            passport | '1  PARK/JIHOON MR      ADT        DOB 03MAY1985  PPT M48210937 KOR  KF 8827441093' | M48210937
            passport | 'slides.ppt 12345678; the ppt deck A1234567; Deck: SALES KICKOFF PPT 20250107.pptx; SKU PPT 10023456; TODO: update PPT 20240315' |
            # a town of the gazetteer in capitals before its state's code: a statement's merchant, a W-2's address (a twenty-fifth
            # held-out set's); not a merchant's word alone, nor a code without blanks or a card's word after it
            place   | 'EFTPOS COLES 0742 RANDWICK NSW Card xx4471           84.17\nELECTROHUB ONLINE #4471 MIAMI FL        $1,249.99\n1800 INDUSTRIAL WAY SW   AUBURN WA 98001\nEFTPOS WOOLWORTHS NSW   12.00\nMIAMI FL FUND is open\nVISA PURCHASE UBER *TRIP SYDNEY Card xx4471   27.80\nGIFT Card xx1234' | RANDWICK;MIAMI;AUBURN;SYDNEY
            # a Polish prison's register, a visitor's identity card, an officer's number, a German office's file, Italian claims,
            # policies and reports, Kenya's tax PIN (a twenty-sixth held-out set's); not a thing's register nor a PIN of four digits
            id      | 'nr ewid. PK-04817/23, dowód os. CBT848217, nr służb. 48213; Vorgangsnummer: EHE-2024-004817; Sinistro n. 2024/BO/031877; Polizza Casa Sicura n. FE/CASA/2291847; verbale n. BONV-2024-00731; PIN A008412937K' | PK-04817/23;CBT848217;48213;EHE-2024-004817;2024/BO/031877;FE/CASA/2291847;BONV-2024-00731;A008412937K
            id      | 'nr ewid. środka trwałego 004417; PIN 4417; card PIN 12345678; APPLIANCES LTD, PIN P051234567Q' |
            # (the review's: a vehicle's register, an order's, a meeting's minutes, a company's policy)
            id      | 'Nr ewid. 0042/2024 pojazdu; Ihre Vorgangsnummer: 4500012345 (Bestellung); Verbale n. 12/2024 della riunione; Polizza Responsabilità Civile n. 2024/00123 stipulata' |
            # a passport's issuing country between the word and the number (the same set's visitors' log)
            passport | 'paszport UA FT482917, tel.; passport GBR 123456789' | FT482917;123456789
            passport | 'passport UK office 12 staff; passport USA 2024; Passport EXP 20290611; passport TBD 1234567' |
            # a mail's message identifiers are none (the same set's mailing list); its senders are
            email   | 'Message-ID: <5f1c2a9e-77b0@btinternet.com>\nIn-Reply-To: <5f1c2a9e-77b0@btinternet.com>\nFrom: Ravi <ravi.c@zen.co.uk>' | ravi.c@zen.co.uk
            # (the review's: a CV's references line keeps its addresses; folded and quoted identifiers are none too)
            email   | 'References: Prof. Alan Smith, alan.smith@ox.ac.uk\nReferences: <a1@mail.example.com>\n <9b8e7f6a-22c3@btinternet.com>\n\t<0c9f@yahoo.co.uk>\n> Message-ID: <x1@y.com>\nFrom: Jo <jo@example.com>' | alan.smith@ox.ac.uk;jo@example.com
            # a FHIR resource's identifiers under their systems, past a nested type (a twenty-sixth held-out set's Patient); not a
            # contact point's, a coding's or a quantity's value
            fhir    | '{"identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]}, "system": "urn:oid:2.16.840.1.113883.3.7204.1", "value": "VOM-00482917"}, {"value": "604-38-2195", "system": "http://hl7.org/fhir/sid/us-ssn"}]}' | VOM-00482917;604-38-2195
            fhir    | '{"telecom": [{"system": "phone", "value": "(555) 555-0142"}], "valueQuantity": {"value": 72.5, "system": "http://unitsofmeasure.org", "code": "kg"}, "code": {"coding": [{"system": "http://loinc.org", "code": "29463-7"}]}}' |
            # (the review's: an NPI's and an NHS number's for their own recognizers, a definition's URI, a string quantity, a
            # status page's JSON, an employer's tax number)
            fhir    | '{"resourceType": "Practitioner", "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1234567893"}, {"system": "urn:ietf:rfc:3986", "value": "urn:oid:2.16.840.1.113883.4.642.3.1"}, {"system": "urn:oid:2.16.840.1.113883.4.4", "value": "12-3456789"}], "valueQuantity": {"value": "185", "unit": "lb", "system": "http://unitsofmeasure.org"}}' |
            fhir    | '{"service": "billing", "system": "https://status.example.com/api", "metric": "uptime", "value": "operational 2"}' |
            # India's plate after a two-wheeler's word, a home town after "native place", Kenya's postal code after a box, a
            # German direct line, French family court and Portuguese pension numbers, a compensation claim (the same set's)
            plate   | 'Vehicle: two-wheeler KA-51-HM-4172  C. CO-TENANT; scooter KA 05 MN 2231' | KA-51-HM-4172;KA 05 MN 2231
            plate   | 'The scooter XR-150 model was recalled; Two-wheeler EV-2023 subsidy; Segway scooter G30 Max' |
            place   | 'mobile +91 90080 55417, native place Siliguri.' | Siliguri
            place   | 'Native place District ____ State ____; your native place Different from your city; their native place During Diwali we travel' |
            zip     | 'P.O. Box 2291-00200 Nairobi (stall 41); PO Box 510-30300 Kapsabet; Box 12-00100; P.O. Box 84122-80100 ' | 00200;30300
            # a config's last editor after the edit's time (the same set's Kubernetes manifest); not a way or a team
            user    | '# last edited 2024-04-02 18:11 UTC by dkealoha\napiVersion: apps/v1' | dkealoha
            user    | 'The file was edited by hand. Page last edited by wikipedia editors. edited report, grouped by region_code; I edited the rows filtered by status_id' |
            # a FHIR system's URI, an API's version, an annotation's key, a container image (the same set's resource and
            # manifest); a profile's link before a colon, one at a line's start, a host's port stay
            url     | 'apiVersion: networking.k8s.io/v1\n    nginx.ingress.kubernetes.io/auth-realm: "Payments"\n      image: registry.northwind-pay.com/payments-api:3.18.2\n{"system": "http://hl7.org/fhir/sid/us-ssn"}' |
            url     | 'see linkedin.com/in/ama-k: her page\ngithub.com/kwame-asante: profile\nexample.com:8080/admin' | linkedin.com/in/ama-k;github.com/kwame-asante;example.com
            id      | 'Cabinet 4 N° RG 23/04817 — N° Portalis DBVX-W-B7H-ORT3 Minute; numéro d''allocataire de la mère : 4821937 ; N.º de participante VP-771203; WSIB claim: 31729504' | 23/04817;DBVX-W-B7H-ORT3;4821937;VP-771203;31729504
            # a police officer's collar number after the rank and name (the same set's social work note); not a shirt's
            id      | 'Police: PC Harjit Sandhu collar 2214 confirmed; Sgt. Ames, collar no. 4471; shirt collar 1520 thread' | 2214;4471
            # an address's "Abode:" (the same set's register)
            address | 'Sponsors (nurse)   Abode: Plot 7, Bodija Estate, Ibadan\nNext line' | Plot 7, Bodija Estate, Ibadan
            # an envelope's street line in capitals over its town, state and ZIP code (a twenty-seventh held-out set's letter); not
            # an ECG's "ST", a bank's numbers in a form's columns
            address | '2217 W BERRY ST APT 6\nFORT WORTH TX 76110' | '2217 W BERRY ST APT 6\nFORT WORTH TX 76110'
            address | 'ECG: 2 MM ST ELEVATION\nIN LEADS II III; Institution 003   Transit 04512   Account 5083194' |
            # a Korean road-name address, an Indian door number, a Polish estate's "os.", Romania's "Domiciliu:" (the same set's)
            address | 'HANBIT PRECISION CO., LTD.\n45, Gongdan-ro 474beon-gil, Seongsan-gu, Changwon-si' | 45, Gongdan-ro 474beon-gil, Seongsan-gu, Changwon-si
            address | 'Point of sale: Sri Murugan Mobiles, No. 14, Usman Road, T. Nagar' | No. 14, Usman Road
            address | 'PESEL 76020908626, zam. os. Złotego Wieku 18/41 obok' | os. Złotego Wieku 18/41
            address | 'Domiciliu: Str. Avram Iancu nr. 15, bl. B2, sc. 1, ap. 9, Cluj-Napoca\nTelefon: 0744 318 027' | Str. Avram Iancu nr. 15, bl. B2, sc. 1, ap. 9, Cluj-Napoca
            # a profile's shown age, the months after the years after a birth date, a Dutch daughter's age with its unit
            age     | 'display name "Danny", age shown 34) Profile; DOB: 14 August 2017 (6 years 9 months); Mila de Graaf (dochter, 4 jaar), geboren' | 34;6;4
            # (the review's: persons' counts after "os.", a document's number before a street, counts after "age given", a
            # lease's length after its date)
            address | 'Stolik dla 6 os. Godz. 19:00; Rezerwacja: 2 os. Pokój 12; Invoice No. 14, Main Road project; Ref No. 3, Park Street branch' |
            age     | 'age given 3 times in the form; Average age shown 45 in chart; Lease from 01.02.2020 (5 years 0 months)' |
            # a twenty-eighth held-out set's: a bank's account in groups after its name, Nigeria's NUBAN, Iceland's "reikning", an
            # XML element's, any bank's name ending in "Bank", Hungary's groups of eight; not a grant, a year, a count's word
            account | 'club account (Capitec 1582 7730 44) to her; Zenith Bank, NUBAN 2208817347, BVN; reikning 0143-26-004418 (IBAN; <Account>00210773418</Account>; OTP Bank 11773016-62004759-10000004 (IBAN; GCB Bank 1021130045577  TRANSACTION' | 1582 7730 44;2208817347;0143-26-004418;00210773418;11773016-62004759-10000004;1021130045577
            account | 'World Bank 1000000 grant; Bank 2024 results; Asian Development Bank 1234567 projects; <Account>ACME</Account>; <Account>12345</Account>' |
            # (and a bank's column, its heading's remark in brackets, and New Zealand's tax number's)
            zip     | 'Adrese: Ganību dambis 17a-9, LT-50194 Kaunas; BIO-12045 Bioprocess Engineering - 6 ECTS; E-28015 Madrid' | 50194;28015
            # a twenty-eighth held-out set's: ages after a name in Icelandic and Latvian, Bulgarian's "на N години", a call-up's age;
            # not a term's years
            age     | 'Sóley Einarsdóttir, 9 ára, kt. 110714; Jānis Ozoliņš, 69 gadi, dzied; Ахмед Мустафов Салиев, ЕГН 0843032015, на 16 години, с; Age at mobilisation: 24 (eligibility' | 9;69;16;24
            age     | 'договор за 5 години; Age at mobilisation of troops; Bank, 9 ára' |
            # a login of two runs of small letters after "login", a given name and initials in brackets; not a web address
            user    | 'agent code 778210, login ydarko.kej\nEscalated; Skráð af: Magnús Örn Halldórsson (magnusoh), sími' | ydarko.kej;magnusoh
            user    | 'please login example.com\nthen; Google Drive Sync (googleds), x' |
            # a Central European or Icelandic street without a type before its postal code, a building's letter after a slash,
            # a numbered place after a direction (with the parts that follow); not a chapter, a page
            # (Iceland's three-digit postal codes were withdrawn after the review: "Schüler 12, 150 Euro" read so too)
            address | 'r. č. 810623/6050, Komenského 412/7, 591 01 Žďár; Lindasmári 33, 201 Kópavogur; 1136 Budapest, Tátra utca 12/B., tel.; Property: 18842 N 93rd Pl, Scottsdale' | Komenského 412/7, 591 01 Žďár;Tátra utca 12/B.;18842 N 93rd Pl, Scottsdale
            address | 'Chapter 12, 201 Kopavogur; Strana 3, 100 Lidí; Won 3 1st Place medals' |
            # (the review's of this round: a year's columns after a bank's name, the West Bank's and a blood bank's counts, a
            # ledger's code; a colon after the name, an element in small letters with attributes)
            account | 'Barclays 2022 2023 2024; Lloyds 4567 4890 5012; West Bank 3190254; Blood Bank 5551234; Our Bank 2023010112; <Account>400100</Account>' |
            account | 'Capitec: 1582 7730 44; <account type="savings">00210773418</account>' | 1582 7730 44;00210773418
            address | 'Die Gebühr beträgt für Schüler 12, 150 Euro; Počet účastníků 45, 120 Brno; Team won 12 S 1st Place trophies; Tátra utca 12/b, x' | Tátra utca 12/b
            zip     | 'Module CS-12045 Computer Science; Part no. AB-12045 Steel Bolt; CZ-11000 Praha' | 11000
            age     | 'Кредит на 30 години; Иван Петров, на 5 години стаж' |
            # a second round of the twenty-eighth set: an "ID card", a residence permit's and a seafarer's "cédula"; a word between
            # "účet" or "Kontonummer" and an account of its country's shape; a relative's word and the age between commas
            id      | 'Josianne Vella, ID card 0588791L, +356; título de residência B41877302 3.; NIF 184417368, cédula marítima n.º CM 41877, nasc.; the ID card reader' | 0588791L;B41877302;CM 41877
            account | 'na účet prodávajícího 2718344012/0100 (Komerční; Kontonummer for utbetaling: 1503.27.48292 (IBAN; účet prodávajícího 12 Kč' | 2718344012/0100;1503.27.48292
            age     | '1. Muhammad Aiman bin Ismail - son, 17, SPM candidate; - mother, 76, on dialysis; my son, 3, 4 and 5 times' | 17;76
            # (Greek's place of birth, its town before a label's abbreviation)
            place   | 'Τόπος γέννησης: Ηράκλειο Α.Δ.Τ.: ΑΗ 418273' | Ηράκλειο
            """)
    void matchesAlso(String name, String text, String expected) {
        matches(name, text, expected);
    }

    /**
     * A value that ends its row's text is found the same when a full stop ends the sentence after it ("Uw BSN
     * is 111222333." was no finding: the expression refused a dot after the number, for fear of "111222333.5").
     */
    static void endsASentence(io.blackbar.engine.api.spi.Recognizer recognizer, String text, String expected) {
        if (expected != null && !expected.contains(";") && text.endsWith(expected) && !expected.endsWith(".")) {
            String sentence = text + ".";
            String actual = String.join(";", recognizer.analyze(sentence).stream().map(r -> sentence.substring(r.start(), r.end())).toList());
            // still found: with the dot only after an address's abbreviation ("Bajo izq.")
            String word = expected.substring(expected.replaceAll("[\\p{L}º]+$", "").length()).toLowerCase(java.util.Locale.ROOT);
            boolean abbreviation = StreetAddressRecognizer.ABBREVIATIONS.contains(word);
            assertEquals(expected, abbreviation && actual.equals(expected + ".") ? expected : actual, "followed by a full stop");
        }
    }

    /**
     * A label followed by a long run of spaces and no number is read once: the spaces between a label and its value
     * were two greedy runs, which split the run every way before giving up (quadratic: 200,000 spaces took minutes).
     */
    @org.junit.jupiter.api.Test
    void aLabelBeforeALongRunOfSpacesIsReadOnce() {
        String text = "account" + " ".repeat(200_000) + "x";
        for (io.blackbar.engine.api.spi.Recognizer r : List.of(new BankAccountRecognizer(), new PassportRecognizer(),
                new ZipCodeRecognizer(), new HealthPlanNumberRecognizer())) {
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                    () -> r.analyze(text.replace("account", r instanceof PassportRecognizer ? "passport"
                            : r instanceof ZipCodeRecognizer ? "zip code" : r instanceof HealthPlanNumberRecognizer ? "member id"
                            : "account")), r.getClass().getSimpleName());
        }
    }

    /**
     * The same for the blanks after a form's key in capitals, after "by" and after Italy's "CAP" (the review's: two runs over
     * the same spaces, 1 MB of them took seconds, 200,000 after one key minutes).
     */
    @org.junit.jupiter.api.Test
    void aKeyOrAByBeforeALongRunOfSpacesIsReadOnce() {
        String spaces = " ".repeat(200_000);
        java.util.Map<io.blackbar.engine.api.spi.Recognizer, String> texts = java.util.Map.of(new FieldValueRecognizer(),
                "NAME" + spaces + "\n", new UsernameRecognizer(), "printed by" + spaces + "\n", new ZipCodeRecognizer(),
                "CAP" + spaces + "x1\n");
        texts.forEach((r, text) -> org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> r.analyze(text), r.getClass().getSimpleName()));
    }

    @org.junit.jupiter.api.Test
    void aLongBiometricTemplateIsTakenWhole() {
        String template = "A1" + "b/+".repeat(100) + "x==";
        String text = "fingerprint template " + template + " on file";
        List<RecognizerResult> results = new BiometricIdRecognizer().analyze(text);
        assertEquals(List.of(template), results.stream().map(r -> text.substring(r.start(), r.end())).toList());
    }

    /** A house number before a street's name is no postal code before a town; the table sees the plain "zip" too. */
    @org.junit.jupiter.api.Test
    void aHouseNumberBeforeAStreetIsNoPostalCodeBeforeATown() {
        java.util.function.Function<String, List<String>> how = t -> new ZipCodeRecognizer().analyze(t).stream()
                .map(r -> t.substring(r.start(), r.end()) + " " + r.explanation()).toList();
        org.junit.jupiter.api.Assertions.assertEquals(List.of("12345 pattern 'zip'"), how.apply("lives at 12345 Main Street."));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("28049 pattern 'postal code before a town'"), how.apply("28049 Madrid."));
        // a number before a dot ends a sentence as often as an address's part: not after it
        org.junit.jupiter.api.Assertions.assertEquals(List.of("10000 pattern 'zip'"), how.apply("it rose in 2019. 10000 Users."));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("12345 pattern 'zip'"), how.apply("part 12345-Abc."));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("17007 pattern 'postal code before a town'"),
                how.apply("Avda. de França, s/n. 17007 Girona."));
    }
}
