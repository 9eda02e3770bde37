package io.blackbar.rules.pii.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names reported at the engine's default threshold (0.5) before context scoring. Rows written in the
 * styles of the Presidio synthetic sentences and clinical notes (not copied from the evaluation
 * corpora); negatives are capitalised words that are names elsewhere, places and labels.
 */
class PersonRecognizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            My name is Aantje Mourik.                                | Aantje Mourik
            # another name of the person in brackets after the name: a nickname in quotes or led, a surname at birth, initials
            The insured, Mr Kwabena Mensah ("Kobby"), phoned.         | Kwabena Mensah;Kobby
            Mrs Thandiwe Zulu (born Mahlangu) and Ana Costa (nee Ribeiro) | Thandiwe Zulu;Mahlangu;Ana Costa;Ribeiro
            Sanna Mäkinen (o.s. Virtanen); Anna Nowak (z domu Wójcik) | Sanna Mäkinen;Virtanen;Anna Nowak;Wójcik
            Clerk: Harriet Bloom (HB) checked the file.              | Harriet Bloom;HB
            Our pupil Darnell Hughes (goes by DJ) and Ann Lee (aka Annie) | Darnell Hughes;DJ;Ann Lee;Annie
            'Jane Doe (Manager); Peter Smith (born March 1970); Ann Lee (AB); Mary Shaw (Leeds)' | Jane Doe;Peter Smith;Ann Lee;Mary Shaw
            # a name before a comma and a national number's or a birth's label; not a company's nor a place's
            'Subsemnatul POPA MIHAI-ANDREI, CNP 1850101123456, domiciliat; fiica, POPA ELENA, CNP 6140309122076' | POPA MIHAI-ANDREI;POPA ELENA
            'Lietuva Vilnius, asmens kodas; Acme Holdings, NIF B12345678; The Client, DOB 3/4/55' |
            # the fortieth session's review: a contract's parties in quotes, a table's headings, a company, a place before "born in"
            'This agreement between Jane Doe ("Employee") and Acme Ltd ("Company"); Dr Ann Pike ("Principal Investigator"); Hans Maier ("Verkäufer")' | Jane Doe;Ann Pike;Hans Maier
            'Surname, Given Names, DOB, Address. Rossi Costruzioni Srl, DNI 1234; Raised in Grand Rapids, born in Detroit. Patient: Mark Smith (MS) relapsing. Jane Morris (born Leeds). Dr Ana Ortiz (OD)' | Mark Smith;Jane Morris;Ana Ortiz
            I'm Naomi Ryan, originally from Lisbon                   | Naomi Ryan
            Mrs. Labrie called back                                  | Labrie
            Mrs. MacLeod called back                                 | MacLeod
            Nous avons reçu Monsieur Kévin Dufresnoy hier.           | Kévin Dufresnoy
            Abbiamo ricevuto il Sig. Mario Zanichelli ieri.          | Mario Zanichelli
            Amoxicillin 500 mg. Sig. Metformin dose unchanged.       |
            The Pan Pacific Hotel in Vancouver.                      |
            Señor Presidente, gracias.                               |
            Wij hebben de heer Hoogeveen gesproken.                  | Hoogeveen
            Przyszedł Pan Grzegorz Brzęczyszczykiewicz.              | Grzegorz Brzęczyszczykiewicz
            Vi talade med fru Sjöström.                              | Sjöström
            La signora Rossi abita a Napoli.                         | Rossi
            Mademoiselle Odile Vasseur est arrivée.                  | Odile Vasseur
            Assicurato: Marco Bianchi                                | Marco Bianchi
            Locataire : Jeanne Moreau                                | Jeanne Moreau
            Pacjent: Jan Kowalski                                    | Jan Kowalski
            Imię i nazwisko: Anna Nowak                              | Anna Nowak
            Nome e cognome: Luca Esposito                            | Luca Esposito
            'E-Mail: jean.dupont@orange.fr\nBorn in Lyon.'          |
            'Sehr geehrte Frau Müller,\nSehr gerne senden wir Ihnen die Unterlagen.' | Müller
            Wir bitten um Rückmeldung.                               |
            Der Kollege Herr Schmidt ist krank.                      | Schmidt
            Name: Pan Wei                                            | Pan Wei
            Name: Sig Hansen                                         | Sig Hansen
            Plan discussed w/Dr. Haddad.                             | Haddad
            Dear Mr./Mrs. Kowalski,                                  | Kowalski
            Della reports improvement.                               | Della
            Elle called the office this morning about her results.   | Elle
            'Sig. Lasix 40 mg PO daily, Sig. Coreg 6.25 mg BID'      |
            Render PAN Unreadable anywhere it is stored.             |
            PAN Storage: Encrypted with AES-256.                     |
            Madame Tussauds is a wax museum in London.               |
            Le musée Madame Tussauds ouvre demain.                   |
            Gentile called the office twice.                         | Gentile
            Nel reported chest pain.                                 | Nel
            Notre Dame Cathedral reopened in December.               |
            Install MS Project on all machines.                      |
            Our specials today: Pan Seared Salmon with lemon butter. |
            I need a new frying pan Amazon sells for $20.            |
            Dear Mr VanDyke,                                         | VanDyke
            Patient: Fiona MacLeod                                   | Fiona MacLeod
            Mr. FitzGerald and Dr. DelVecchio                        | FitzGerald;DelVecchio
            Contact Anna Schmidt at home.                            | Anna Schmidt
            Notify Ngozi Okafor of the result.                       | Ngozi Okafor
            'Remind Priya Venkataraman tomorrow; Cc Dana Whitaker.' | Priya Venkataraman;Dana Whitaker
            Mr. LeBlanc met Mrs. DuBois                              | LeBlanc;DuBois
            the iPhone and MacBook are here                          |
            'Name\tDOB\nSMITH, John\t03/04/1985'                   | SMITH, John
            Patients seen: Garcia-Lopez, Ana; O'Neil, Patrick         | Garcia-Lopez, Ana;O'Neil, Patrick
            'Seen today:\nJOHNSON, Mary A.\nNext'                     | JOHNSON, Mary A.
            I moved to Boston, Lisa said.                             | Lisa
            'Dear Hiring Manager,\nI apply.'                        |
            'Sincerely,\nHuman Resources'                            |
            Dear Valued Customer,                                    |
            Dear Admissions Committee,                               |
            'Sincerely,\nAnna Human'                                 | Anna Human
            'Dear Anna Board,'                                       | Anna Board
            'Dear Hiring Manager Sarah Jones,'                       | Hiring Manager Sarah Jones
            'Houston, Texas\nAustin, Texas 78701'                    | Austin
            'SMITH, John SMITH, Jane DOE, Mary'                      | John SMITH;Jane DOE;Mary
            'SMITH, John\nJONES, Mary A.\nGarcia-Lopez, Ana'         | SMITH, John;JONES, Mary A.;Garcia-Lopez, Ana
            'Contact: chase the supplier'                            |
            'Contact: MacKenzie Reid\nCC: TenCent Holdings'          | MacKenzie Reid
            'Contact: MacBook Support\nCC: TenCent Holdings'         |
            'Contact: Sales\nSales rose.'                            |
            'CONTACT: SUPPORT TEAM'                                  |
            'Attn: Accounts Payable'                                 |
            'Physician: Cardiology\nAttn: Human Resources'          |
            'Contact: Maria Sales, Billing'                          | Maria Sales
            'Contact: Jim'                                           | Jim
            # a surname that is a common word too, after a title (a clinical-note leak hunt's): kept; a title in
            # capitals before a word in Title case is an abbreviation (mitral regurgitation, multiple sclerosis)
            Mr. Young is here.                                       | Young
            Dr. Brown saw him.                                       | Brown
            # a common word that is a surname last after a title or a strong label; a surname first after the label; an initial
            # in capitals after a title in capitals (the sixteenth session's look at the clinical hunts' misses)
            Dr. Jihoon Park reviewed it.                             | Jihoon Park
            'Patient: Jihoon Park; Dr. Mary Hill'                    | Jihoon Park;Mary Hill
            'Patient: Park Ji-hoon'                                  | Park Ji-hoon
            'ANESTHESIA: MAC, DR. K. BOATENG'                        | K. BOATENG
            We walked in Hyde Park on Sunday.                        |
            the leaders of the so - called German Peasant Rebellion  |
            'HR: Your start date is Mon 3 June. Contact: People Operations.' |
            Wound RN Deirdre Kowalczyk saw pt today.                 | Deirdre Kowalczyk
            'TRIAGE RN: J. O''SULLIVAN / josulli2'                  | J. O'SULLIVAN
            'Interpreter: Ana Ruiz; SW: Maria Lopez'                 | Ana Ruiz;Maria Lopez
            'Vitals by RN: J. O''Sullivan'                           | J. O'Sullivan
            'Resp. Therapist: RT; Nurse: RN'                         |
            DR. ALEJANDRA QUINTERO AT HOLYOKE HEALTH CENTER          | ALEJANDRA QUINTERO
            # a relative's name between commas after a possessive, known or not (the third clinical hunt)
            'HER DAUGHTER, ROSEMENE, IS AT BEDSIDE.'                 | ROSEMENE
            'His wife, Alcidia, brought meds; her younger brother, Min-Ho, had a transplant.' | Alcidia;Min-Ho
            'HIS SISTER-IN-LAW, DJENEBA LOPES, WHO'                  | DJENEBA LOPES
            'My mother, Superior Court judge, said; his wife, who is here' |
            # the name a greeting addresses, known or not (the held-out synthetic documents)
            'Hola Lucía, gracias. Bonjour Étienne Lefèvre, merci. Hej Mette!' | Lucía;Étienne Lefèvre;Mette
            'Hi All, Hi Team, Hello Mom! Hello World! Hi there, ok'  |
            # the review of the session's change: crowds, towns, brands, songs after a greeting; the work done after a staff label
            'Hello Boston! Hi Folks, Hey Google, Hello Darkness, my old friend. Hi Kids, dinner' |
            # a known name after "Good morning" and "Good evening" (a twenty-first held-out set's e-mail thread); not a
            # common word, a team's
            'Good morning Margaret,  My last day. Good evening Pieter, thanks' | Margaret;Pieter
            'Good morning Team, all. Good day Sunshine, hi. Good evening All. Good morning Ireland, the news. Good Morning America, live' |
            # the name one prefers in brackets after a name (a twenty-second held-out set's support plan); not a preference's
            # thing or time
            'Oluwaseun Adebayo-Clarke (prefers Seun, he/him) and Harriet Jones (preferred name: Hattie)' | Oluwaseun Adebayo-Clarke;Seun;Harriet Jones;Hattie
            'Jane Doe (prefers Email, weekdays); Jane Doe (preferred: Morning); Priya Shah (prefers Teams, not Slack)' | Jane Doe;Jane Doe;Priya Shah
            # a chat's known given name in small letters after its greeting (a twenty-first held-out set's sick-note chat and
            # JSON notes); not a common word, a pet name, a crowd, two letters
            '[10.03.25, 05:48] Jonas Wegener: moin sabine, bin krank; hi annie! ok\nhey jonas\n'       | Jonas Wegener;sabine;annie;jonas
            '[10:02] Anna Berg: hi all, hello world! hey guys, hi there, ciao bella, hola amigo, hi team, hey siri, hi mom, hi love, hey jo, hi john smith is; ciao amore, hola amor, salut chéri, hola tía, hi petal, hi jenkins, hey jarvis' | Anna Berg
            'RN: Reviewed. SW: Consulted, will follow. Interpreter: Declined. Nurse: Ambulating independently.' |
            We went to Glen Allen's office after lunch.              | Glen Allen
            # a town of the gazetteer after a preposition is no name, but after to/from without going a person's
            He flew from San Pedro Sula, Honduras.                   |
            a gift from Mary Ann; a letter to John Smith             | Mary Ann;John Smith
            I am Norwegian. Mr. English said so.                     | English
            # the code review's: a first name that is a demonym, a surname ending in -ing after a staff label, a credential
            # after another word in capitals
            'Hi Finn, RN: Fleming saw him; ICU RN Deirdre Kowalczyk' | Finn;Fleming;Deirdre Kowalczyk
            'Mrs. White called; Ms. Long and Dr. Green agreed.'     | White;Long;Green
            The White House said.                                    |
            Hx of MS. Presents with worsening gait.                  |
            MR Lasix 40                                              |
            MR. SMITH was seen.                                      | SMITH
            # eponyms of a clinical note (the leak hunt's false positives)
            'Babinski present on L. Romberg negative.'               |
            s/p Nissen fundoplication; tender at McBurney point      |
            'Glasgow coma scale 15; Barrett esophagus; Hartmann pouch' |
            Her daughter Mary present at bedside.                    | Mary
            # a relative's or a companion's word before a name the lists need not know
            'Her husband Jean-Claude accompanies her. Partner DeShawn present.' | Jean-Claude;DeShawn
            Lives with partner Anthony Kowalczyk in Provincetown.    | Anthony Kowalczyk
            'Her son Dr. Okafor called; his wife Sales manager; the partner Is; Mother HTN' | Okafor
            'I went to Mother Plucker; Songs My Mother Taught Me'   |
            'Mother Superior asked. Partner Portal login. Wife Beater shirts. Mr. President, thank you. Mother Nature wins.' |
            'SPOKE WITH DAUGHTER COLLEEN O''BRIEN RE: CODE STATUS. SPOKE WITH SON HECTOR RE DISCHARGE.' | COLLEEN O'BRIEN;HECTOR
            'Christmas Eve admission; Dr. Christmas saw him'         | Christmas
            # a second, fresh set of clinical notes (helper)
            'SPOKE WITH DAUGHTER COLLEEN BY PHONE. Family notified: son Joaquim Bragança by phone.' | COLLEEN;Joaquim Bragança
            'WIFE PRESENT. Called to bedside by RN Tomasz Lewandowski at 03:12.' | Tomasz Lewandowski
            'Attn: Pharmacy Prior Authorization Appeals; 20G Huber needle' |
            'Pt: Smith, Renée\nMember: Lachance, Marie-Josée'      | Smith, Renée;Lachance, Marie-Josée
            'Patient: john smith\nSeen by Dr. Lee.'                  | john smith;Lee
            'Cardholder: jennifer martinez\nVisa'                    | jennifer martinez
            'Patient: stable overnight\nPlan: home.'                 |
            Dr. Vasquez reviewed the chart                           | Vasquez
            Follow up with Matheus Araujo in two months              | Matheus Araujo
            we need to add Ryan P Costa as guardian                  | Ryan P Costa
            They had three: Hannah, Anthony and Derek.               | Hannah;Anthony;Derek
            Sandra lives on a quiet street                           | Sandra
            Will you come? May is fine.                              |
            Yesterday Mark Smith called, then Grace Kelly            | Mark Smith;Grace Kelly
            Ask Zoe Young or Ivan King.                              | Zoe Young;Ivan King
            Willemine ten Pas and Maika van de Noort came            | Willemine ten Pas;Maika van de Noort
            Ludwig van the Great and Anna de la de Cruz              | Ludwig;Anna;Cruz
            He visited London last year. Even so.                    |
            We flew to Houston, Texas and on to Virginia             |
            # states the first-name lists hold, named as states (a twenty-second held-out set's affidavit, 2026-12-07)
            under the law of the State of Nevada that the foregoing  |
            licensed by the Nevada PILB; Nevada Bar No. 14172; Montana State; Nebraska and Missouri |
            reported by Mesa Police to us                            |
            # words the name lists hold as names (a twenty-fourth held-out set's chat export, SQL dump, library notice, receipt)
            'Nein, die ist alt! -- MySQL dump 10.13 for Linux (x86_64). Code-barres   Titre. Crew signature: N. Pillay. Trip fare $34' | N. Pillay
            # (the review's: a known name beside them keeps a surname and a given name that are words)
            'Tenant: Mrs Louise Crew, 14 Hill Road; Trip Fontaine, 52, presented with chest pain.' | Louise Crew;Trip Fontaine
            # (a caller's or a witness's name the lists do not know was taken, a twenty-fifth held-out set's; taken back, the second
            # review's: a firm's, an agency's, a description's words after the label as often)
            'Caller: Repeat Caller; Caller: Telstra Payphone; Complainant: Crown Prosecution Service; Witness: Cctv Operator' |
            # states the surname lists hold (a twenty-fourth held-out set's home study)
            'Lauren Pak, LCSW (Oregon license L7391); Oregon DL 7193052; Vermont and Maryland' | Lauren Pak
            # given names the derived lists lack, added by hand (2026-12-07)
            Health and Safety Executive (Inspector Gethin Lloyd-Price). Coroner | Gethin Lloyd-Price
            We met Wojciech Zaręba and Thandiwe Dlamini-Nxumalo      | Wojciech Zaręba;Thandiwe Dlamini-Nxumalo
            thanks fam Love you                                      |
            Staffing: Maria Lopez PD, Kevin Walsh FT                 | Maria Lopez PD;Kevin Walsh FT
            Patient: Montana Jordan, DOB 03/04/1999                  | Montana
            Col Patrocinio del Comune; Colonel Sanders Road exit 12  |
            Début d'exécution 10/03/2025   Fin 31/08/2026 Durée hebdomadaire |
            Virginia Woolf wrote it                                  | Virginia Woolf
            My name is Destiny.                                      | Destiny
            I talked to Sandra today                                 | Sandra
            the Johnson Space Center and Steele Electric             |
            Fuse TV, Kennedy Space Center                            |
            Anna Tower called, then Maria Hotel                     | Anna Tower
            Dr. Anna Johnson Center said                             | Anna Johnson
            Anna Johnson records every call                          | Anna Johnson
            My name is Maria Plaza Center                            | Maria Plaza
            Will Houston host it?                                    |
            I will be travelling to France next week                 |
            The corner of Inna Loop St. and Main                     |
            We stopped at 188 Peter Zuidhove yesterday               |
            Date: 2015-12-22                                         |
            Don't feed me                                            |
            OFFICE USE ONLY ---- Rec'd 03/07/2025 10:42 by mhuang    |
            dog of the neighbor at 8850 E. Sierra Vista Dr. Utility agrees to re-bill |
            Seen by Dr. Utley at 8850 E. Sierra Vista Dr. on Monday  | Utley
            Seen on 12 March Dr. Smith reviewed the chart            | Smith
            Please visit 45 Elm St. Dr. Johnson will see you         | Johnson
            Ward 7 North Dr. Ahmed reviewed                          | Ahmed
            COVID-19 Clinic Dr. Brown reviewed                       | Brown
            Aláírás: Ügyvezető igazgató                              |
            Saksbehandler: NAV Drammen                               |
            Underskrift: Ort och datum                               |
            Il sottoscritto Consiglio di Amministrazione approva     |
            EMERGENCY DEPT VISIT     OROZCO,KYLE   560-40            | OROZCO,KYLE
            # a surname no list knows in capitals, after a person's label and before a known first name (2026-12-07; the
            # label's name alone is found too, as for a known surname: the engine keeps the longer)
            Pt: OKONJO, EMMANUEL   M   DOB 11/02/1941                | OKONJO;OKONJO, EMMANUEL
            Caller: OKONJO, ADAEZE N (daughter-in-law)               | OKONJO, ADAEZE N
            Nature: OKONJO, EMMANUEL                                 |
            Caller: URGENT, PLEASE CALL BACK                         |
            Complainant: WALMART, TYLER TX 75701; Caller: LYFT, AUSTIN; Caller: RP, JOSE |
            Dictated by:  FILBERT BRIGHT, M.D.    FB59               | FILBERT BRIGHT
            Rhythm: sinus                                            |
            my name is lena andersson.                               | lena andersson
            Dr. Cindy Holinka Apt. 117                               | Cindy Holinka
            it is moving that way, says Hartvigsson.                 | Hartvigsson
            What's your last name? Arcuri                            | Arcuri
            Gutierrez and Moreno designed the bridge                 | Gutierrez;Moreno
            partners: Okafor, Lindqvist and Brennan.                 | Okafor;Lindqvist;Brennan
            Gutierrez designed the bridge                            | Gutierrez
            Black and White photographs                              |
            Gutierrez visited; Moreno stayed                         | Gutierrez;Moreno
            follow up with patricia desrosiers in a couple of months. | patricia desrosiers
            Follow up with patricia desrosiers in a couple of months. |
            we will grant you the summer house, may it rain           |
            they had 3: silvana, adam and kristina.                  | silvana;adam;kristina
            the true gender of bertram has been under debate          | bertram
            Patient has Crohn's disease and a positive Gram stain     |
            Diagnóstico: enfermedad de Crohn.                        |
            Linfoma de Hodgkin tipo esclerosis nodular               |
            Sternal pain on palpation                                |
            Maria Crohn called                                       | Maria Crohn
            Al ingreso la paciente estaba estable.                   |
            Ante la sospecha. Durante la cirugía. Una semana después |
            'Servicio de Cirugía\nSu madre refiere'                  |
            Amy Tan said so.                                         | Amy Tan
            Mr. Tan came.                                            | Tan
            Apellidos: Bueno Pérez.                                  | Bueno Pérez
            Jane Doe signs the consent.                              | Jane Doe
            Contact: Jane Doe cell 555-0100                          | Jane Doe
            Patient John Smith tests positive                        | John Smith
            Murphy's sign was positive                               |
            Al Gore said so.                                         | Al Gore
            Una H. Snider came.                                      | Una H. Snider
            Jimmy Durante sang.                                      | Jimmy Durante
            Apellidos: De Miguel Rivera.                             | De Miguel Rivera
            Domicilio: Calle Miguel Benitez 90.                      |
            remitido por C/ Eduardo Rivas, 3 28018 Madrid            |
            Domicilio: Calle de Lope de Vega, 80.                    |
            Avda. Carlos Haya, s/n 29010 Málaga                      |
            We met Maria Lopez on the Plaza.                         | Maria Lopez
            Nombre: Lucía.                                           | Lucía
            Médico: Tomás Ibarra Soler  NºCol: 02 02 31877.          | Tomás Ibarra Soler
            Remitido por: Dra. Ana Pérez                             | Ana Pérez
            Nom : Dupont                                             | Dupont
            Vorname: Jürgen                                          | Jürgen
            Exploración física: Al examen físico se aprecia          |
            Evolución y comentarios: Ante la sospecha de             |
            Evolución: Durante su estancia en la unidad              |
            Informe clínico del paciente: Una mujer de 50 años       |
            Historia del paciente: Se trata de un varón              |
            Informe clínico del paciente: Paciente de 70 años        |
            History of the patient: Una was seen                     | Una
            Spouse: Al is at the bedside.                            | Al
            Caregiver: Una reports good intake.                      | Una
            Jefe de Servicio: Ana García                             | Ana García
            Enfermera de la Unidad: Ana García                       | Ana García
            Nombre completo del paciente: Itziar Goikoetxea          | Itziar Goikoetxea
            Firma del paciente: Ormaetxea                            | Ormaetxea
            'Servicio de Urología\tJuan Pérez'                       | Juan Pérez
            Hospital Clínico  Ana García López, enfermera            | Ana García López
            Médico: Hospital Juan Pérez                              | Juan Pérez
            Mercy Hospital John Smith, MD                            | John Smith
            St Mary's Hospital John Smith called                     | Mary;John Smith
            'Servicio de Cirugía General\tMaria Lopez Garcia'        | Maria Lopez Garcia
            Son: Al is at the bedside.                               | Al
            Contact if no answer: Al is the brother.                 | Al
            Nombre del paciente: Una Pérez                           | Una Pérez
            Nombre del paciente: Al                                  | Al
            Patient: Al is stable                                    | Al
            Patient: Ante                                            | Ante
            Servicio: Cirugía Oral y Maxilofacial.                   |
            acudió al Servicio de Cirugía Oral y Maxilofacial        |
            es derivada a la Unidad del Dolor por                    |
            Remitido por: Dr.Juan Gabriel Pereira Arias Servicio de Urología. | Juan Gabriel Pereira Arias
            Servicio: Urología. Médico: Juan Gabriel Pereira Arias   | Juan Gabriel Pereira Arias
            Servicio de Urología. Hospital San Eloy. Avenida         |
            Hospital Universitario Miguel Servet C/ Paseo            |
            ingresó en el Hospital Pablo Tobón Uribe, con cuadro     |
            at the hospital Maria Lopez said                         | Maria Lopez
            'Children''s Hospital\nJohn Smith called'                | John Smith
            Hospital: Dr. Ana Pérez                                  | Ana Pérez
            Umowę podpisali Łukasz Zieliński w Warszawie.            | Łukasz Zieliński
            La réunion était présidée par François Lefèvre hier.     | François Lefèvre
            O contrato foi assinado por João Gonçalves e Inês Magalhães. | João Gonçalves;Inês Magalhães
            Kontrakten blev underskrevet af Søren Lindqvist.         | Søren Lindqvist
            Der Vertrag wurde von JÜRGEN MÜLLER unterzeichnet.       | JÜRGEN MÜLLER
            Remitido por: Dr. Manuel Estrada. Máximo Gómez 6.        | Manuel Estrada
            Trasladado al Hospital Universitario Gregorio Marañón de Madrid. |
            Consulta en el Hospital San Agustín de Linares.          |
            Domicilio en Calle Génova, 12, 3 B, Madrid.              |
            Vive en el Paseo Lázaro Cárdenas, 23.                    |
            Dirección: c/ Alcalá Zamora, 19, 28005 Madrid            |
            Sehr geehrte Frau Schulz, vielen Dank für Ihre Anfrage.  | Schulz
            Gerne bestätigen wir Ihnen den Termin am Montag.         |
            Haben Sie Fragen? Dann rufen Sie uns an.                 |
            Sie wohnt in Köln bei Anna Lehmann.                      | Anna Lehmann
            Kundenservice, Muster GmbH, Berlin                       |
            Becker AG announced results.                             |
            Thomas Müller ab sofort nicht erreichbar.                | Thomas Müller
            Karen White AB negative, crossmatch compatible.          | Karen White AB
            Contact person: Sie Tjoe Liong, accounting.              | Sie Tjoe Liong
            Dann will send the slides tomorrow.                      | Dann
            Signature: Approved                                      |
            'Vielen Dank für Ihre Geduld.\nMit freundlichen Grüßen\nIhr Thomas Müller' | Thomas Müller
            Bitte rufen Sie Stefan Braun zurück, er ist bis 17 Uhr erreichbar. | Stefan Braun
            Unser Kollege Jan Becker ist für Sie da.                 | Jan Becker
            Attendees: Lina Sie (Jakarta), Otto von der Heide, Klaus von dem Bussche. | Lina Sie;Otto von der Heide;Klaus
            'first\tlast\nWill\tSmith\nHope\tWilliams'              | Will;Smith;Hope;Williams
            José García de la Policía Nacional llegó.                | José García
            Maria Lopez de la Universidad de Sevilla                 | Maria Lopez
            Herr Dank hat angerufen.                                 | Dank
            Dann Florek starred in it.                               | Dann Florek
            'Thanks for the update.\nCheers, Dave'                  | Dave
            Thanks for the update. Cheers                            |
            The Tenant shall keep the Property clean.                |
            Tenant contact: Chloe Marsh                              | Chloe Marsh
            Our client Carlos de la Fuente called.                   | Carlos de la Fuente
            Reviewer: Geoffrey de la Cruz                            | Geoffrey de la Cruz
            Paciente: Ana María de los Ríos, 45 años                 | Ana María de los Ríos
            Surname: Okonkwo                                         | Okonkwo
            Signed: Anna Nguyen-Lafleur                              | Anna Nguyen-Lafleur
            Signature: Jane Okafor                                   | Jane Okafor
            John de la mesa                                          | John
            Witness: Terrence "TJ" Washington                        | Terrence "TJ" Washington
            'C-0094\tSam Lee\tOps\tsam.lee@example.org'             | Sam Lee
            'Employee\tTomasz Wiśniewski'                           | Tomasz Wiśniewski
            'Smith\tJohn\t42'                                      | Smith;John
            reporting to Daniel “Danny” Kowalczyk.                   | Daniel “Danny” Kowalczyk
            the report by Mary (2019) was short                      | Mary
            Called Anna "Urgent" about it.                           | Anna
            'Maha Cazares\n\nChiclana de la Frontera\nSpain'         | Maha Cazares;Frontera
            """)
    void findsNames(String text, String expected) {
        assertEquals(expected == null ? "" : expected, names(new PersonRecognizer(), text));
    }

    /**
     * The rules alone ({@link NameModel#NONE}): a lone surname is no name, and the lists' support reaches
     * only surnames in a list of names ("Okafor, Lindqvist and Brennan"), not two sentences side by side.
     * The shipped recognizer reads "Gutierrez designed" as a name: its model decides single surnames
     * ({@link #findsNames}).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Gutierrez and Moreno designed the bridge                 | Gutierrez;Moreno
            partners: Okafor, Lindqvist and Brennan.                 | Okafor;Lindqvist;Brennan
            Gutierrez designed the bridge                            |
            Gutierrez visited; Moreno stayed                         |
            """)
    void rulesAloneNeedAListForASurname(String text, String expected) {
        assertEquals(expected == null ? "" : expected, names(new PersonRecognizer(NameModel.NONE, null), text));
    }

    /**
     * A role's word the lists do not know (a trade's ending) before a known first name and a surname they do not know
     * either, capitalised at a line's start ("Foreman Terrence Oduya"; the fifteenth held-out set's "Handläggare Emir
     * Hodžić"). The whole run was no name, so nothing was found; the name after the word is.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Foreman Terrence Oduya signed off the scaffold.            | Terrence Oduya
            Handläggare Emir Hodžić ringde den 3 mars.                 | Emir Hodžić
            'Checked.\\nPlumber Terrence Oduya fitted the valve.'      | Terrence Oduya
            Xiomara Grace Benson joined.                               | Xiomara Grace Benson
            The Quarterly Report was filed.                            |
            # a review's: a heading's first word, an institution named after a person, a make and model, a given name the lists
            # lack before a known one (left whole rather than cut)
            Hurricane Milton Update                                    |
            'Escuela Benito Juárez cierra.'                            |
            'Eladó Ford Focus, 5 leta'                                 |
            Nompumelelo Michelle Mokoena was admitted                  |
            # a relative's word the lists know as a surname too, capitalised at a sentence's start (a nineteenth held-out set's
            # "Neighbour Aroha Tamihana"): the name is the words after it
            Neighbour John Smith also vouched for her.                 | John Smith
            Partner Ana Lopez came.                                    | Ana Lopez
            """)
    void aWordBeforeAKnownFirstNameIsLeftOutOfTheName(String text, String expected) {
        assertEquals(expected == null ? "" : expected, names(new PersonRecognizer(), text.replace("\\n", "\n")));
    }

    /** A weekday's abbreviation alone before a date or a time is no name (a sixteenth held-out set's care roster). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'Faith Wambui\tMon 10/03 08:00\tbath; Lucy Chebet\tThu 13/03 08:30'      | Faith Wambui;Lucy Chebet
            """)
    void aWeekdayBeforeADateIsNoName(String text, String expected) {
        assertEquals(expected == null ? "" : expected, names(new PersonRecognizer(), text.replace("\\t", "\t")));
    }

    /**
     * A given name that is a common word too ("Faith", "Grace", "Hope") after a label that introduces a name, before one
     * word the lists do not know: the word was trimmed as common and the surname alone was no name (a nineteenth held-out
     * set's admission note); not before a run of words, nor before a verb's form.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'Admitting nurse: Faith Chebet (fchebet)'                  | Faith Chebet
            'Nurse: Grace Wanjiku\nPatient: Hope Atieno'              | Grace Wanjiku;Hope Atieno
            'Nurse: Faith Based Care'                                  |
            'Nurse: Will Followed'                                     |
            """)
    void aGivenNameThatIsACommonWordStaysAfterALabel(String text, String expected) {
        assertEquals(expected == null ? "" : expected, names(new PersonRecognizer(), text.replace("\\n", "\n")));
    }

    /**
     * A surname the lists lack, known by an ending only surnames have (an Icelandic patronymic, a Lithuanian or Czech woman's
     * surname), and Indonesian and Tagalog titles; not an adjective's ending, nor a capital city's "Ibu Kota", nor a Tagalog
     * sentence's first word or month (a twentieth held-out set's).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'Lögskráð af: Hildur Ýr Jónsdóttir (hildur@sjavarsyn.is), 13. mars'  | Hildur Ýr Jónsdóttir
            '1) sutuoktinė Danutė Jankauskienė, asmens kodas'                    | Danutė Jankauskienė
            'Nová Ves u Prahy'                                                    |
            'Ketua RT 004 Bapak Dedi Supriatna dan; Saudari Rina bekerja'         | Dedi Supriatna;Rina
            'Lukman Hakim dan Abdul Hakim'                                        | Lukman Hakim;Abdul Hakim
            'Salaysay: Ayon kay Gng. Bautista, noong Marso 15, 2025'              | Bautista
            'Ibu Kota Jakarta; Declaro que les dades són certes'                  |
            # (the review's: an office or a role after a title, a noun at a sentence's start by its ending alone; a given name
            # whose bare form is a town stays a name)
            'Saudara Saksi, apakah; Yth. Bapak Kepala Sekolah SMA; Bapak Menteri Kesehatan hadir; Sdr. Pemohon wajib; Saudara Kandung' |
            'Mergaitė žaidė kieme. Systurdóttir hennar býr. Kaimynienė atnešė. Bramborová polévka.' |
            'Passenger: DÍAZ Martín, seat 12A'                                    | DÍAZ Martín
            """)
    void aSurnameByItsEndingAndTitlesOfIndonesiaAndThePhilippines(String text, String expected) {
        assertEquals(expected == null ? "" : expected, names(new PersonRecognizer(), text));
    }

    /**
     * A Hong Kong name: Cantonese surnames, in capitals or capitalised, and a hyphenated given name (a twentieth held-out set's
     * building maintenance log); not an English word before a hyphenated word.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'Flat 23C\tCHAN Tai-man\t9318 4472\tceiling leak'              | CHAN Tai-man
            'son FUNG Wai-lun 9177 6023 informed; owner LAU Ka-yan'        | FUNG Wai-lun;LAU Ka-yan
            'NG Siu-ming reported a leak. WONG Chi-on signed the form.'    | NG Siu-ming;WONG Chi-on
            'a well-known follow-up; So Far-away; To Re-read; Law Re-entry' |
            # (the review's: an English prefix or particle, a two-letter word in capitals before a word in lower case)
            'HOW TO Sign-up for the portal. IP Look-up failed. WAN Fail-over test. NG Tube-feed started. Tang Re-launch. HO Sign-off' |
            """)
    void aHongKongNameOfCantoneseSurnamesAndAHyphenatedGivenName(String text, String expected) {
        assertEquals(expected == null ? "" : expected, names(new PersonRecognizer(), text.replace("\\t", "\t")));
    }

    /**
     * A name before a login in brackets that spells it, in capitals or not, an initial or a team's prefix in the login (a
     * twentieth held-out set's car hire and pharmacy logs); not a product's words before its short name, nor the words in
     * capitals before the name.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'RETURNED 10:20, CHECKED IN BY THABO MOLEFE (kd_tmolefe) RENTER'  | THABO MOLEFE
            'Reviewed by: T. Lucero (tlucero); reviewer Priya Raghunathan (praghu02)' | T. Lucero;Priya Raghunathan
            'Python (python3); Google Drive (gdrive); Sign In (signin)'       |
            # (the review's: a product's, a field's and a sensor's words before their short names)
            'Microsoft Teams (msteams); Patient Weight (pweight); Heart Rate (hrate); Temperature Sensor (tsensor1)' |
            """)
    void aNameSpelledByTheLoginInBracketsAfterIt(String text, String expected) {
        assertEquals(expected == null ? "" : expected, names(new PersonRecognizer(), text));
    }

    /** @return the names found at the engine's default threshold, joined by ";" */
    static String names(PersonRecognizer recognizer, String text) {
        var results = recognizer.analyze(text).stream().filter(r -> r.score() >= 0.5).toList();
        return String.join(";", results.stream().map(r -> text.substring(r.start(), r.end())).toList());
    }

    @org.junit.jupiter.api.Test
    void placeAndRankWordsBeforeANameAreNotKeptWithIt() {
        // "Mark", "Grace" stay with the name after them (the table); "West", "Princess", "King" do not
        for (String[] row : new String[][] {{"a taxi to West Brook", "West"}, {"the Princess Royal arrived", "Princess"},
            {"at King Forges", "King"}}) {
            String text = row[0];
            int word = text.indexOf(row[1]);
            for (var r : new PersonRecognizer().analyze(text)) {
                assertTrue(r.start() > word || r.end() <= word, () -> text + ": " + text.substring(r.start(), r.end()));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aTextWithoutCapitalsIsReadAsIfItsNamesWereCapitalised() {
        assertTrue(PersonRecognizer.noCapitals("follow up with ñandú, 12 times".toCharArray()));
        assertTrue(!PersonRecognizer.noCapitals("follow up with Ñandú".toCharArray()));
        assertTrue(!PersonRecognizer.noCapitals("follow up with I".toCharArray()));
        assertTrue(!PersonRecognizer.noCapitals("12 34 !".toCharArray()), "no letters: nothing to read");
        assertTrue(!PersonRecognizer.noCapitals(new char[0]));
        // the offsets are the text's: the name found is the text's own lower-case characters
        String text = "please call eva kleist tomorrow";
        var found = new PersonRecognizer().analyze(text).stream().filter(r -> r.score() >= 0.5).toList();
        assertEquals(1, found.size());
        assertEquals("eva kleist", text.substring(found.get(0).start(), found.get(0).end()));
    }
}
