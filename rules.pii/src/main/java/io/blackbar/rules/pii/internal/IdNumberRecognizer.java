package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Checksums;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/**
 * A person's number in an organisation's records, after its label: employee, staff and payroll numbers, student,
 * pupil and candidate numbers, membership, customer and loyalty-card numbers, prescription numbers, the
 * registration numbers of doctors, nurses and solicitors (GMC, NMC, SRA), the UK's tax reference (UTR), a case's or
 * a letter's reference, an insurance policy's number of letters and digits; a hospital's (and Scotland's CHI), a
 * ticket's, a frequent flyer's, a known traveler's, an application's, a building society's roll number. Each organisation has its own shape, so any 4 to 20 capitals, digits, dashes and slashes
 * with a digit, or groups of digits ("634004 0123 4567 890"); an organisation's own shape without a label is a rule
 * file's (the contract's example, {@code ACME_EMPLOYEE_ID}). HIPAA's "any other unique identifying number".
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "ID_NUMBER", frameworks = {"pii", "gdpr", "hipaa"})
public class IdNumberRecognizer extends LabelledNumberRecognizer {

    private static final String NUMBER = "(?:id|number|no\\.?|#|ref\\.?|reference)";

    /**
     * After an account's or a policy's word, a value with five digits or more in its first characters: a code of letters
     * and fewer digits is a plan's, a report's or a document's ("account ABC123 plan", "Policy number PRIV-01").
     */
    /** "No", "Nr", "n°" between a label and its value, read before {@link #FIVE_DIGITS} looks at the value. */
    private static final String NO = "(?:[ \\t]+(?:no\\.?|nr\\.?|n[°º]\\.?|number)(?![\\w]))?+";
    /** Romania's identity card series: its counties' and Bucharest's two letters. */
    private static final String RO_SERIES = "(?-i:A[BRSXZ]|B[CHNRTVXZ]|C[JLSTVZ]|D[BDPRTX]|G[GJLRZ]|H[DR]|I[FLSZ]|K[LSTVXZ]|M[HMSXZ]|N[TZ]|OT"
            + "|P[HX]|R[DKRTX]|S[BMVXZ]|T[CMRZ]|V[LNS]|X[BCDHMRTVZ]|Z[CLRV])";
    /** The words before "case" that make it no file's ("in case", "worst case", "use case", "test case"). */
    private static final String NOT_A_CASE = "(?:in|worst|best|use|test|edge|base|just|lower|upper|each|any|this|that|which|per)";
    private static final String FIVE_DIGITS = "(?=[ \\t]{0,3}[:#]?[ \\t]{0,12}(?:[A-Z/-]{0,8}\\d){5})";

    public IdNumberRecognizer() {
        super("ID_NUMBER", Category.IDENTIFIER, List.of(
                "(?:employee|emp\\.|empl\\.|staff|payroll|personnel|student|pupil|candidate|membership|member|customer|client|badge|case|patient"
                        // a charity's or a university's donor ("Constituent ID 0004471902"), a farmer's herd ("Herd no.
                        // R1847203"; a twenty-third held-out set's)
                        + "|constituent|donor|supporter|herd"
                        // a hospital's, a ticket's, an airline's, an employer's, a building society's, a university's number
                        + "|hospital|hosp\\.?|chi|driver|works|roll|application|e-?ticket|ticket|frequent[ \\t]+flyer"
                        + "|known[ \\t]+travell?er|document[ \\t]+reference|ucas(?:[ \\t]+personal)?|personal)[ \\t]+"
                        + NUMBER + "|account[ \\t]+ref(?:erence)?\\.?|etkt|tkt|(?:loyalty|club|reward)[ \\t]*card(?:[ \\t]+" + NUMBER + ")?|clubcard"
                        + "|prescription[ \\t]+" + NUMBER + "|(?:gmc|nmc|hcpc|sra)(?:[ \\t]+(?:pin|" + NUMBER + "))?"
                        // South Africa's health professions' register, its letters and seven digits ("HPCSA PA 0123456", a
                        // twenty-fourth held-out set's ambulance record)
                        + "|hpcsa(?=[ \\t]*:?[ \\t]{1,3}(?-i:[A-Z]{2})[ \\t]?\\d{7}(?!\\w))"
                        // an insurance policy's number with no "number" after "policy" ("Policy AUT-0098321-IL", "your home
                        // insurance policy HOM/7734012"): letters and digits both ("our privacy policy 2019-04" is none)
                        + "|policy(?=[ \\t]{0,3}[:#]?[ \\t]{0,3}(?:[A-Z0-9/-]{0,18}[A-Z][A-Z0-9/-]{0,18}\\d|[A-Z0-9/-]{0,18}\\d[A-Z0-9/-]{0,18}[A-Z]))"
                        + FIVE_DIGITS
                        // a Spanish application's and doctor's college number, a Portuguese health service user's number, five
                        // digits or more in the value's first characters ("N.º de solicitud: BS-2025-0481127", "colegiado
                        // 50/10384", "N.º utente SNS 284719330": a twenty-second held-out set's; not a reference alone, a
                        // permit's, a breach's or a vendor's as often: "ref. 2024/0012/FUL", an earlier review's)
                        // (an application's code with its letters, not an amount's "Importe de la solicitud: 15000 euros"; a
                        // doctor's "colegiado" in small letters, not a "Tribunal Colegiado"'s case: the review's)
                        + "|(?:solicitud(?=[ \\t]{0,3}[:#]?[ \\t]{0,12}[A-Z]{1,5}[-/])|(?-i:colegiad[oa])|utente(?:[ \\t]+SNS)?)" + FIVE_DIGITS
                        + "|unique[ \\t]+taxpayer[ \\t]+reference|tax[ \\t]+reference(?:[ \\t]*\\(utr\\))?|utr|upn|(?:our|your)[ \\t]+ref(?:erence)?\\.?",
                // two letters in an expression of their own: the scanner still looks for the others' strings first; a
                // prescription's number has six digits or more ("Rx# 6028814"), a dose has not ("Rx 1000 mg")
                "rx(?=[ \\t#:.]*\\d{6,}(?![ \\t]*(?:tablets?|caps(?:ules?)?|units?|iu|mg|mcg|ml)\\b))|ip[ \\t]+pin",
                // a laboratory's, a transplant registry's, a booking's number ("Accession #: RX81-0094417", "Specimen #:
                // S75-11842", "UNOS ID AKJ4419", "confirmation # MH-2207719"), with its "#", "number" or colon; and a bare
                // "ID" in capitals before a colon or "#" ("ID: 4418820")
                "(?:accession|specimen|requisition|confirmation|unos|booking|reservation)(?:[ \\t]+" + NUMBER + "|(?=[ \\t]*[:#]))",
                // and after a US state's code before seven digits or more (a nineteenth held-out set's pawn ledger: "LA ID
                // 004418270"; not "PO ID", "QA ID", "FB ID", a purchase order's, a test's, a profile's: the review's)
                "(?-i:ID)(?:(?=[ \\t]*[:#])|(?<=(?<![\\p{L}])(?-i:" + ZipCodeRecognizer.US_STATE_CODES + ")[ \\t]ID)(?=[ \\t]+\\d{7,}(?!\\d)))",
                // an officer's badge number after the officer's rank and name ("PC Jasleen Sandhu #3127", "Sgt. M. Kowalczyk
                // #2291"), and a US alien number's "A#" ("A# A215-447-902"): expressions of their own, tried at a rank's
                // capital or at an "a" (two letters hide the strings the scanner looks for)
                "(?-i:(?:PC|PS|DC|DS|Cst|Const|Sgt|Cpl|Det|Insp|Ofc|Officer|Constable|Deputy|Trooper|Sergeant|Detective)\\.?[ \\t]+"
                        + "(?:[A-Z]\\.[ \\t]?){0,2}(?:[A-Z][\\p{L}'-]+[ \\t]+){0,2}[A-Z][\\p{L}'-]+[ \\t]+#(?=\\d{3,6}(?!\\d)))",
                "a#(?=[ \\t]*A?\\d)",
                // a person's scheme's or register's initials before "number" and a colon, six digits or more after ("NDIS
                // number: 431 882 907", a twenty-second held-out set's support plan review): the schemes named (any initials
                // took a ledger's, a shipment's, an order's, a ticket's: "GL number:", "AWB number:", "RMA number:", the
                // review's); begun at "number", the initials read behind it (the scanner looks for the word then)
                "number(?<=(?<![\\p{L}])(?-i:NDIS|CRN|MSP|PHN|ACC|AHPRA|GPhC|CPSO|CPSBC|NHI)[ \\t]{1,3}number)"
                        + "(?=[ \\t]*:[ \\t]*\\d(?:[ ]?\\d){5,14}(?![\\d\\w]))",
                // the tax, social security and identity numbers of Kenya, Nigeria, the Philippines and Mexico after their
                // labels ("KRA PIN: A008472913K", "My NIN is 48291037564", "PhilSys PCN 4829-1037-5564-2190", "TIN
                // 318-447-290-000", "SSS 34-5829104-7", "NSS (IMSS): 12210374190"); a Romanian identity card's series and
                // number ("CI seria CJ 482913", "CI seria și nr. CJ 418273")
                "kra[ \\t]+pin|philsys(?:[ \\t]+(?:pcn|number|no\\.?))?|tin(?<=(?-i:TIN))|sss(?<=(?-i:SSS))|nss(?<=(?-i:NSS))|nin(?<=(?-i:NIN))|pcn(?<=(?-i:PCN))"
                        + "|seria(?<=(?-i:CI|BI|C\\.I\\.|B\\.I\\.)[ \\t]seria)(?:[ \\t]+(?:și|şi|si)[ \\t]+nr\\.?)?",
                // "ID No." in capitals, and "ID" in a form's field before seven digits or more that are no date ("Spouse:
                // JOSEPH KARIUKI   ID No. 24190683", "2. ZAINABU HASSAN WARSAME   ID 27718094   Tel"; not "Debit user ID
                // 482731", "SdI, ID 1447732", an inventory's "ID 100234", an order's "Order  ID 20240501"),
                // a national identity card's number ("National ID No.: 28417356")
                "(?-i:ID)(?:(?=[ \\t]+(?:No\\.?|Nr\\.?|Number)[ \\t]*[:#]?[ \\t]*\\d)|(?<=(?:^|[ \\t][ \\t]|[\\t\\n])ID)(?=[ \\t]+(?!(?:19|20)\\d\\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])(?!\\d))\\d{7,}(?![\\d.,/-])))"
                        + "|national[ \\t]+id(?:entity)?(?:[ \\t]+card)?[ \\t]+(?:no\\.?|number|nr\\.?)",
                // an identity card's number after its name in European languages ("carte nationale d'identité n° D7HK49PW2", "C.I.
                // CA48217DK", "Dowód osobisty: seria i numer DKR652917", "cartão de cidadão 13927548 7 ZX1"), and a tax
                // number's ("numéro fiscal 3074519826434", "Steuernummer 146/215/40873"); a German card's own shape is DE_ID_CARD's
                "(?:carte[ \\t]+(?:nationale[ \\t]+)?d'identit[ée]|carta[ \\t]+d'identit[àa](?:[ \\t]+elettronica)?|c\\.[ \\t]?i\\.|dowód[ \\t]+osobisty|seria[ \\t]+i[ \\t]+numer"
                        + "|cart[ãa]o[ \\t]+de[ \\t]+cidad[ãa]o|identiteitskaart|identiteitsbewijs|identity[ \\t]+card|id-kort|henkilökortti"
                        // an "ID card" in those words, a Portuguese residence permit's and a seafarer's or a citizen's "cédula"
                        // ("ID card 0588791L", "título de residência B41877302", "cédula marítima n.º CM 41877": a twenty-eighth
                        // held-out set's fireworks permit and fishing crew list)
                        // (begun at "card", "ID" read behind it, and the accented words spelled whole: the scanner looks for the
                        // label's strings)
                        + "|card(?<=(?<![\\p{L}])(?-i:ID)[ ]card)|(?:título|titulo)[ \\t]+de[ \\t]+(?:residência|residencia)"
                        + "|(?:cédula|cedula)(?:[ \\t]+(?:marítima|maritima|de[ \\t]+ciudadanía|de[ \\t]+ciudadania|de[ \\t]+identidad))?"
                        + "|občanský[ \\t]+průkaz|numéro[ \\t]+fiscal|n° fiscal|nº fiscal|n°fiscal|steuernummer|steuer-nr\\.?"
                        // Austria's central register's number ("ZMR-Zahl 001884277193"), Mexico's population and tax registers'
                        // and voter's codes ("CURP: CAVI900723MJCRLT07", "clave de elector CRVLIT90072314M300"), Spain's social
                        // security affiliation ("Nº afiliación S.S.: 46/10482317/52")
                        + "|zmr-zahl|zmr-nr\\.?|curp|rfc(?=[^\\r\\n]{0,30}?\\b[A-Z&Ñ]{3,4}\\d{6}[A-Z0-9]{3}\\b)|clave[ \\t]+de[ \\t]+elector|(?:afiliación|afiliacion)(?:[ \\t]+(?:a[ \\t]+la[ \\t]+)?s\\.[ \\t]?s\\.)?)"
                        + "(?:[ \\t]*:)?(?:[ \\t]+seria[ \\t]+i[ \\t]+numer)?",
                // Brazil's identity card ("RG 3.418.226-7 SSP/PR"), two capitals in an expression of their own (tried at a
                // capital R before a G only); Mexico's tax register only before its own shape ("RFC 5322" is a standard's)
                "(?-i:RG)(?=[ \\t]*[:nº.]*[ \\t]*\\d{1,2}\\.\\d{3}\\.\\d{3}-[\\dXx])",
                // Romania's identity card, its county's two letters and six digits ("CI CJ 412873", "CI seria MM nr. 614028", a
                // seventeenth held-out set's marriage declaration), in capitals and before its own shape only (Italian "ci"), its
                // series one of the counties' (not a build's "CI PR 104233", "CI GH 123456", "CI OK 200000", a review's)
                "(?-i:CI)(?=[ \\t]{1,2}(?:seria[ \\t]+)?" + RO_SERIES + "[ \\t]?(?:nr\\.[ \\t]?)?\\d{6}(?!\\d))(?:[ \\t]+seria)?",
                // a seventeenth held-out set's: a claim's, a deposit dispute's, a parking fine's, a police report's and a
                // baggage claim's references, a witness statement's URN, a Turkish claim's file, a Lithuanian case file and
                // medical card, an Estonian registry code and identity card, a Belgian doctor's INAMI number, a frequent
                // flyer's number and a tax reference after a colon ("Claim opened: CLM-2025-031377", "Dispute DG-55120478",
                // "Fixed charge notice PFN-2025-118406", "Police report G/20250309/0041", "File reference: ACCKQ48211",
                // "URN: 14/JS/0417/25", "hasar dosyası HS-2025-0448127", "BYLA Nr. ĮV-2025-0187", "registrikood D04417",
                // "ID-kaart AB0487221", "n° INAMI 1-44127-83-004"); a dispute's only before letters, a dash and digits
                "claim[ \\t]+opened|dispute(?=[ \\t]{1,2}[A-Z]{1,5}-\\d{4,})|charge[ \\t]+notice|police[ \\t]+report|file[ \\t]+reference"
                        + "|(?-i:URN)|hasar[ \\t]+dosyası|byla[ \\t]+nr\\.?|kortelės[ \\t]+nr\\.?|registrikood|id-kaart|inami"
                        + "|frequent[ \\t]+flyer(?=[ \\t]*:)|tax[ \\t]+ref\\.?"
                        // a twenty-third held-out set's: a person's permit or licence, a client file's code of capitals, a dash
                        // and five digits or more right after the word ("individual rehabilitator permit WR-24-0318", "operator
                        // lic. BA-0041873", "client file IMT-C-05521"; not a software licence's "MIT-2024", a building's, a
                        // premises', a product's: "Building permit BP-2024-00123", "Enterprise license ENT-100245", the review's;
                        // nor a requisition, a contract, an inspection: a purchase's, a lift's as often), a French staff number
                        // ("matricule TA-017"; not a register's "matricule 1872")
                        + "|(?:individual[ \\t]+\\p{L}{3,20}|operator|driver|holder|(?<![\\p{L}-])resident)[ \\t]+(?:permit|licen[cs]e|lic\\.)"
                        + "(?=[ \\t]{1,2}(?-i:[A-Z]{1,6}(?:-[A-Z]{1,6}){0,2}-\\d{2,}(?:[-/]\\d{2,}){0,3})(?![\\w-]))" + FIVE_DIGITS
                        + "|client[ \\t]+file(?=[ \\t]{0,2}:?[ \\t]{1,2}(?-i:[A-Z]{1,6}(?:-[A-Z]{1,6}){0,2}-\\d{2,}(?:-\\d{2,}){0,2})(?![\\w-]))" + FIVE_DIGITS
                        + "|(?-i:matricule)(?=[ \\t]*:?[ \\t]*(?-i:[A-Z]{1,4})-?\\d{2,}(?![\\w-]))"
                        // a twenty-fourth held-out set's: a gym's membership, its code of capitals, a dash and five digits or
                        // more, after "(no.", a freeze request's dash, or the bare word after a possessive or "to" ("my
                        // membership (no. FF-0093721)", "freeze request - FF-0093721", "freeze to membership FF-0093721"; not
                        // "membership 2024", "Gold membership GM-12000", "Membership FY-20245 budget", a renewal's ticket,
                        // the review's), a resident's parking permit ("Resident permit RPY-044817"; above, not a non-resident's)
                        // (not a plan's or a product's: "upgrade to membership GM-12000", "our membership SKU-10045", the third
                        // review's)
                        + "|membership(?:[ \\t]\\((?:no\\.?|nr\\.?)|[ \\t]+freeze[ \\t]+request[ \\t]+-"
                        + "|(?<=(?<![\\p{L}])(?:my|your|his|her|their|our|(?<!(?:upgrade|switch|move|upgrading|switching)[ \\t])to)"
                        + "[ \\t]membership)(?=[ \\t]{1,3}(?!(?-i:SKU|PLAN|PRD|PROD|REQ|FY)-)))"
                        + "(?=[ \\t]{1,3}(?-i:[A-Z]{1,4})-\\d{5,}(?![\\w-]))"
                        // a twenty-seventh held-out set's: a coroner's inquest reference, an Irish medical card, Ireland's and
                        // Singapore's medical registers ("Coroner's reference: SWC-0517-2024", "Medical card: 8812447M", "(IMC
                        // 412877)", "(MCR M71234A)"), an Israeli identity number's Hebrew name ("Teudat Zehut 038472619")
                        + "|(?:coroner'?s|inquest)[ \\t]+ref(?:erence)?\\.?(?=[ \\t]*:)|medical[ \\t]+card(?:[ \\t]+" + NUMBER + ")?(?=[ \\t]*:?[ \\t]{0,3}\\d{6,8}[A-Z]?(?![\\w-]))"
                        // (in brackets after a doctor's name or before "no.": not "MCR 100000 cycles", a capital requirement's)
                        + "|(?:(?<=\\()(?-i:IMC|MCR)|(?-i:IMC|MCR)[ \\t]+(?:no\\.?|reg(?:istration)?\\.?(?:[ \\t]+no\\.?)?)[ \\t]*:?)"
                        + "(?=[ \\t]{1,2}(?-i:[A-Z])?\\d{5,7}(?-i:[A-Z])?(?![\\w-]))|teudat[ \\t]+zehut|(?-i:T\\.Z\\.)" + FIVE_DIGITS,
                // a customer's, a member's or a contract's number in other languages ("n° client MA-BE-208814", "client
                // n° MA-BE-208814", "N° de contrat : AUTO-69-0048213-B", "adhérent n° 0912447365", "klantnummer 30418872",
                // "Kundenummer hos oppdragsgiver: 7004 1823 55", "n.º de cliente 6100482273", "Tessera n.: FFC-BA-03318")
                "(?:n[°º]\\.?|n\\.º|nr\\.?|numéro|numero|número|numer|codice|code|compte)[ \\t]{0,2}(?:de[ \\t]{1,2}|d'|du[ \\t]{1,2})?"
                        + "(?:client|cliente|clienta|klienta|contrat|contrato|contratto|umowy|police|póliza|polizza|apólice|adhérent"
                        + "|adhérente|socio|socia|sócio|membre|abonné|abonnée|assuré|assurée|tessera|processo|uczestnika|randomizacji"
                        // and a Spanish sick note's, health card's and doctor's ("Nº parte:", "Nº SIP", "Nº colegiado:")
                        + "|karty|parte|sip|colegiado)(?![\\p{L}])"
                        + "|(?:client|cliente|adhérent|adhérente|contrat|contrato|contratto|socio|sócio|tessera|abonné|assuré|assurée"
                        + "|apólice|póliza|polizza)"
                        + "(?=[ \\t]{0,3}(?:n[°º.]|nº|n\\.º|no\\.|nr\\.?|número|numero|numéro)[ \\t]{0,3}[:.]?[ \\t]{0,3}[A-Z0-9])"
                        + "|kunden(?:nummer|nr\\.?)|kundenummer|kundnummer|kundnr\\.?|klantnummer|klantnr\\.?|asiakasnumero|asiakasnro"
                        + "|medlemsnummer|medlemsnr\\.?|lidnummer|lidmaatschapsnummer|mitgliedsnummer|vertragsnummer"
                        + "|versicherungsnummer|versichertennummer|polisnummer|polissenummer|avtalenummer|kontraktsnummer"
                        // a German payroll's and health insurer's ("Pers.-Nr. 004417", "Personalnr. 20931", "KV-Nr. W418730253")
                        + "|personalnummer|personalnr\\.?|pers\\.-?nr\\.?|kv-nr\\.?|versichertennr\\.?"
                        // a tax adviser's client ("Mandanten-Nr. 20418"), a Polish staff register ("nr ewid. pracownika: 00731"),
                        // an Indian employer's code ("Emp. code TS-IN-04471"), an airline's miles ("Mesa Miles no.: MM 5528 1904 73")
                        + "|mandanten-nr\\.?|mandantennr\\.?|mandantennummer|ewid\\.?[ \\t]+pracownika|(?:employee|emp\\.?)[ \\t]+code"
                        + "|miles[ \\t]+(?:no\\.?|number|#)"
                        // a German club's member and a hotel's booking ("Mitgl.-Nr.: 21-4408", "Buchungsnr.: ALR-25-02118"), a
                        // Dutch employer's staff and the immigration service's alien number ("personeelsnr. 0088314",
                        // "V-nummer vreemdeling: 3021847561"), Italy's health card ("Tessera sanitaria: 8038…")
                        + "|mitgl\\.-?nr\\.?|mitgliedsnr\\.?|buchungsnr\\.?|buchungsnummer|reservierungsnr\\.?|reservierungsnummer"
                        + "|personeelsnr\\.?|personeelsnummer|v-nummer(?:[ \\t]+vreemdeling)?|tessera[ \\t]+sanitaria"
                        // a person's case, claim or file with an authority, an insurer, a lawyer, a bank ("Crime Ref: 5225028841",
                        // "Claim number: CLM-2025-004412", "Mandatsreferenz: SVGN-21-4408-01", "Ons kenmerk: DWH/25/0142",
                        // "Journalnr.: 0100-84510-00213-25", "Ärendenummer: KB-2025-0318", "Numéro de dossier : GV/2024/0917",
                        // "Expediente n.º 2025/00417"), an airline's booking ("PNR", "Record locator")
                        + "|claim[ \\t]+(?:id|number|no\\.?|#|ref(?:erence)?\\.?)|crime[ \\t]+ref(?:erence)?\\.?|incident[ \\t]+(?:number|no\\.?|ref\\.?)"
                        + "|mandatsreferenz|mandate[ \\t]+reference|kenmerk|journalnr\\.?|journalnummer|sagsnr\\.?|sagsnummer|saksnr\\.?"
                        + "|saksnummer|ärendenummer|Ärendenummer|ärendenr\\.?|Ärendenr\\.?|diarienummer|dossiernummer|numéro[ \\t]+de[ \\t]+dossier|expediente"
                        + "|pnr|record[ \\t]+locator"
                        // a sixth held-out set's: a certificate's, a tax preparer's, a lab's, a pension's (India's UAN), a
                        // criminal record check's, a staff file's, a credit report's, an authority's procedure, a child's, a
                        // contract's, an insurer's relation, an application's, a letter's reference, a health professional's
                        // register, a union member's, a payroll's ("Cert. ID SPDE-2023-118407", "PTIN P01847293", "lab no.
                        // NP-25-0419871", "UK DBS basic certificate 001782290374", "Auskunfts-Nr. 4471-2093-8815",
                        // "Verfahrenszahl:", "Code de l'enfant :", "No. de contrato:", "Relatienummer:", "Vår referanse:",
                        // "HPR-nr.", "rekisterinumero", "jäsennumero", "henkilönumero")
                        + "|cert(?:ificate)?\\.?[ \\t]+(?:id|no\\.?|number)|validation[ \\t]+(?:no\\.?|number)|ptin|lab[ \\t]+(?:no\\.?|number)"
                        + "|uan(?:[ \\t]+\\(epfo\\))?|dbs[ \\t]+(?:basic[ \\t]+|standard[ \\t]+|enhanced[ \\t]+)?certificate(?:[ \\t]+(?:no\\.?|number))?"
                        + "|staff[ \\t]+file[ \\t]+(?:no\\.?|number)|worker[ \\t]+reference|photo[ \\t]+card|customer[ \\t]+reference[ \\t]+number"
                        + "|auskunfts-nr\\.?|verfahrenszahl|code[ \\t]+de[ \\t]+l'enfant|no\\.[ \\t]+de[ \\t]+contrato|relatienummer"
                        + "|aanvraagnr\\.?|aanvraagnummer|vår[ \\t]+referanse|deres[ \\t]+referanse|hpr-nr\\.?|rekisterinumero|jäsennumero"
                        + "|henkilönumero|palkkatunnus|matricola"
                        // a parking fine's, a rental's, a chat's, a Swiss case's and insurance's, a Danish employer's and a Greek
                        // patient's numbers ("PCN Number: CU47718290", "Agreement No: RA-MEL-2290471", "Fall-Nr. FAK-2024-77810",
                        // "Vers.-Nr. PK-0047-3391", "medarb.nr. 30418", "Κωδ. ασθενούς: BA-0074419"), a juror's
                        + "|pcn[ \\t]+(?:number|no\\.?)|agreement[ \\t]+(?:number|no\\.?)|chat[ \\t]+id|fall-nr\\.?|vers\\.-nr\\.?"
                        + "|medarb\\.[ \\t]?nr\\.?|medarbejdernummer|medarbejdernr\\.?|Κωδ\\.[ \\t]+ασθενούς|κωδ\\.[ \\t]+ασθενούς|juror[ \\t]+(?:number|no\\.?)"
                        // a seventh held-out set's: a court's complaint and a prison's number, an interpreter's and a vet's
                        // registration, a pet's microchip, a known traveller's number, a lab's, a tracker's account, a call's
                        // recording, a Dutch lease, a French file and loan, a Turkish certificate, a Brazilian chart and doctor's
                        // register, a German payroll, a South African payroll and debt counsellor, an Indian admission's slips
                        // and affidavit, a juror's participant number and a voter's ("Complaint No. M12877330", "Prison ID CRN
                        // 224871", "NAATI CPN7Y4QKD", "VCNZ V3172", "Microchip : 985141000123456", "KTN 150283947", "Lab #
                        // L24-118306", "Account ID:* ACC-00917342", "recording ref CR-88120455", "Huurovereenkomst:
                        // HO-4471-118", "Dossier : LG-QR-2024-0312", "prêt n° CMB-2024-08-77120", "Sertifika No: OC4418827",
                        // "Prontuário: HSL-0448120", "CRM-SP 148.372", "Personal-Nr.: 100482", "persal no. 21874455", "NCRDC
                        // 2281", "Slip No. VS24-1187542", "affidavit No. ARA-2024-5510873", "Participant No.: 2025-014-00387",
                        // "voter ID OH0021884513")
                        + "|(?:complaint|slip|affidavit|participant|persal|sertifika|socio|huurcontract)[ \\t]+(?:no\\.?|nr\\.?|#|number)"
                        + "|lab[ \\t]*#|prison[ \\t]+id(?:[ \\t]+crn)?|naati|vcnz|ktn|account[ \\t]+id|recording[ \\t]+ref(?:erence)?\\.?"
                        // a microchip's and a file's number with five digits, maybe after "No", "n°" ("Microchip No:
                        // 985112006123456", "Dossier n° 2024/1234"; "Microchip PIC16F877A", "Dossier COVID-19" are none)
                        + "|microchip(?=" + NO + "[ \\t]*+[:#]?[ \\t]*+\\d{9,15}(?!\\w))|dossier(?=" + NO + FIVE_DIGITS + ")|huurovereenkomst|prêt[ \\t]+n°|prêt[ \\t]+nº|pret[ \\t]+n°|prontuário|prontuario|personal-nr\\.?|ncrdc"
                        // Turkey's identity number, Scotland's CHI, a Czech sole trader's company and tax numbers, Brazil's health
                        // card ("T.C. Kimlik No    : 28461930766", "CHI:      0412793822", "IČO: 74382195", "DIČ: CZ7803124417",
                        // "CNS: 794 5807 3021 5731")
                        + "|kimlik[ \\t]+(?:no\\.?|numarası)|chi(?=[ \\t]*:)|ičo|IČO|dič|DIČ|cns(?=[ \\t]*:)"
                        + "|voter[ \\t]+id|voter[ \\t]+(?:registration[ \\t]+)?(?:no\\.?|number)"
                        // an eighth held-out set's: a school's incident report, a police event, a support ticket, a repair job,
                        // a rental agreement, an employee's, an officer's and a driver's numbers, an insurance policy, an
                        // ambulance incident, a meter point and a meter, a SIM card, a student's enrolment, a Spanish
                        // employer's code, a Portuguese dentist's register, a Polish complaint and contract, a Romanian pass, a
                        // Croatian inspector's number (four digits or more), a German savings contract, a visa sticker, a business permit ("Report
                        // no.: INC-2025-0318-4471", "Event no.: P061548327", "Ticket CX-559031", "Job reference SMI-55820193",
                        // "RA No.: RA-7741-02938", "emp. MCO-0447", "badge T-40871", "QID N41277", "pol. PMA-4418-902-77",
                        // "incident 250317-0442", "MPRN 10008127734", "Meter serial: 19K0482731", "SIM ICCID 8948…",
                        // "Matrícula: 219034417", "Cód. empleado LHP-0388", "sprawa RK/2025/03/41207", "Umowa:
                        // UM/2023/11/552190", "nr. legitimație UTC-2019-44817", a Romanian employee's ", marca 2291" (not Spanish "el contador marca 125000"),
                        // "(OMD 8817)" in brackets (OMD is also an agency's), "službeni broj 1174",
                        // "Bausparvertrag 0041-773920", "visa sticker no. ESP018447291", "business permit no. KBU/SBP/2024/118273")
                        + "|(?:report|event)[ \\t]+(?:no\\.?|number)|(?:ticket|pol\\.|polizze)(?=[ \\t]{1,3}[A-Z][A-Z0-9]{0,5}-[A-Z0-9.-]*\\d)" + FIVE_DIGITS
                        + "|job[ \\t]+ref(?:erence)?\\.?|(?-i:RA No)\\.?|emp\\.(?=[ \\t]{1,2}[A-Z]{1,4}-?\\d{3,})|badge(?=[ \\t]{1,2}(?:[A-Z]{1,4}(?:-[A-Z]{1,3})?-?\\d{4,}|\\d{5,})(?![\\w-]))"
                        + "|(?-i:QID)(?=[ \\t]+[A-Z]\\d{4,})|incident(?=[ \\t]{1,2}(?:\\d{5,6}-\\d{4}|\\d{2}-\\d{4}-\\d{4})(?![\\w-]))|mprn|mpan(?:[ \\t]+core)?"
                        + "|meter[ \\t]+(?:point[ \\t]+reference(?:[ \\t]+\\(mprn\\))?|serial(?:[ \\t]+(?:no\\.?|number))?)|iccid"
                        + "|(?:matrícula|matricula|MATRÍCULA|MATRICULA)(?=[ \\t]*(?:n[°º]\\.?[ \\t]*)?:?[ \\t]*\\d{6,}(?![\\w-]))|(?:cód\\.|cod\\.|código|codigo)[ \\t]+(?:de[ \\t]+)?empleado|(?<=\\()(?-i:OMD)"
                        + "|(?:sprawa|sprawy|umowa|umowy)(?=[ \\t]*:?[ \\t]*[A-Z]{1,4}/)" + FIVE_DIGITS
                        + "|legitimație|legitimaţie|legitimatie|(?<=,[ \\t])marca(?=[ \\t]+\\d{3,6}(?![\\w-]|[.,]\\d))|službeni[ \\t]+broj"
                        + "|(?:bauspar|spar|kredit|darlehens)vertrag(?:snummer|snr\\.?)?" + FIVE_DIGITS
                        + "|visa[ \\t]+(?:sticker[ \\t]+)?(?:no\\.?|number)|permit[ \\t]+(?:no\\.?|number)"
                        // a ninth held-out set's: a blood donor's, a university register's (not a company register's), a salary's, a
                        // client's (Latvian), a filing's (Hungarian), an immigration file's and unified number, a pension
                        // account's (Estonian), an e-KYC consent's, a contract's and a power of attorney's (Latvian), a Slovak
                        // court's file mark, a crew member's staff number in brackets; a CRM export's keys ("Donor no.:
                        // D0739118", "Register No. 410712104033", "salary number 33018", "Klienta nr.:
                        // 004821977", "Érkeztetési szám: 2504224417730912", "File no.: 201/2019/7/118204", "Unified number
                        // (UID):20481736", "Pensionikonto nr:  EVK-4821-0037-7195", "consent ID CNS-88412", "līgums Nr.
                        // 6001482297", "pilnvara Nr. PLV-2291-0417", "Sp. zn. súdu: 24D/118/2025", "(staff 40712)",
                        // '"id_client": "C-104822"', '"carte_fidelite": "BOR-00482291"')
                        + "|donor[ \\t]+(?:no\\.?|number|id)|(?<!(?:commerce|commercial|trade|company|companies|business)[ \\t])register[ \\t]+no\\.?|salary[ \\t]+number"
                        + "|klienta[ \\t]+nr\\.?|(?:érkeztetési|Érkeztetési|ÉRKEZTETÉSI)[ \\t]+(?:szám|SZÁM)|iktatószám|file[ \\t]+no\\.?|unified[ \\t]+number(?:[ \\t]*\\(uid\\))?"
                        + "|pensionikonto[ \\t]+nr\\.?|consent[ \\t]+id|līgums[ \\t]+nr\\.?|pilnvara[ \\t]+nr\\.?|sp\\.[ \\t]?zn\\.(?:[ \\t]+\\p{L}+)?"
                        + "|staff(?=[ \\t]+(?:\\d{5,}|[A-Z]{1,3}-?\\d{3,})\\))"
                        + "|(?:id_client|client_id|customer_id|carte_fidelite|loyalty_card|member_id|patient_id|employee_id|account_id"
                        + "|numero_client|no_client)\"[ \\t]*:[ \\t]*\""
                        // a case's or a claim's code of capitals and five digits or more, three of them after its last dash or
                        // slash, without "number" ("case PA-2024-118347", "Claim CLM/2024/118452"; not "case COVID-19", "business
                        // case FY2024-25", "we claim ISO27001"); not a reference's alone, an organisation's own as often
                        // ("Ref.: BRECHA-2025-003", a breach's)
                        + "|(?:case|claim)(?=[ \\t]{0,3}[:#]?[ \\t]{0,3}[A-Z][A-Z0-9/-]{0,20}[/-]\\d{3,}(?![\\w/-]))" + FIVE_DIGITS,
                // (an expression of its own: one alternation follows at most 256 strings, past which the scanner tries it at
                // every word)
                // a tenth held-out set's: a police occurrence, an officer's badge number after the officer's rank and
                // name, a grievance's reference, a concession card, a licence's ("Lic.") number, a membership's without
                // "number", a US alien number and an immigration receipt's, health professionals' registers of New
                // Zealand, Australia and Poland, a third party's reference, the NHS e-Referral booking number, a
                // French student's, benefit claimant's and residence permit's numbers, an Italian officer's
                // register and driving licence, a Polish access code and case history, Czech identity card and
                // vehicle papers, a Greek identity card and social insurance register ("Occurrence #: 2024-0318-4471",
                // "PC Jasleen Sandhu #3127", "Grievance ref. GRV-24-003", "Pensioner Concession Card 204 517 892X",
                // "FSRA Lic. M19001234", "HCF membership 60418827", "A# A215-447-902", "Receipt No. IOE0918273645",
                // "MCNZ 28417", "PCNZ reg. 71842", "NPWZ 3418273", "TP ref ADM-TP-9928114", "UBRN 0000 4417 2956",
                // "numéro étudiant p2106554", "numéro allocataire : 4827316", "titre de séjour « étudiant » n°
                // 6912345678", "matr. 4412", "patente cat. B n. BO5271934N", "kod dostępu: 4821", "Nr historii
                // choroby: HCh/2024/04417", "Číslo OP: 204517836", "číslo ORV: UBD417293", "Α.Δ.Τ.: ΑΚ 482913")
                "occurrence[ \\t]+" + NUMBER + "|occurrence(?=[ \\t]{1,2}\\d{4}-\\d{3,4}-\\d{3,4}(?![\\w-]))"
                        + "|(?:grievance|disciplinary|complaint)[ \\t]+ref(?:erence)?\\.?"
                        + "|(?:concession|health[ \\t]+care|seniors?)[ \\t]+card(?:[ \\t]+" + NUMBER + ")?"
                        + "|lic\\.(?=[ \\t]{1,2}[A-Z]{0,3}\\d{5,}(?![\\w-]))|member(?:ship)?(?=[ \\t]{1,2}\\d{6,}(?![\\w-]))"
                        + "|a-number|a-no\\.?|alien[ \\t]+(?:registration[ \\t]+)?(?:number|no\\.?|#)|uscis[ \\t]+(?:number|no\\.?|#)"
                        + "|receipt[ \\t]+(?:no\\.?|number|#)(?=[ \\t]*:?[ \\t]*(?:IOE|EAC|WAC|LIN|SRC|MSC|NBC|YSC)\\d{10}(?!\\d))"
                        // (and Poland's laboratory diagnostician's "PWDL 08842", Italy's regional doctor's code, a Polish patient's
                        // card: a twenty-fifth held-out set's lab report and prescription)
                        + "|(?:mcnz|pcnz|ncnz|npwz|pwdl|ahpra)(?:[ \\t]+reg(?:istration)?\\.?)?|codice[ \\t]+regionale[ \\t]+medico"
                        + "|karty[ \\t]+pacjenta|tp ref(?:erence)?\\.?|third[ \\t]+party[ \\t]+ref(?:erence)?\\.?|ubrn"
                        + "|(?:numéro|numero)[ \\t]+(?:d'|de[ \\t]+)?(?:étudiant|étudiante|allocataire(?:[ \\t]+(?:de[ \\t]+la|du)[ \\t]+(?:mère|père))?)|référence[ \\t]+client"
                        + "|(?:titre|carte)[ \\t]+de[ \\t]+séjour[^\\n]{0,30}?[ \\t]n[°º]\\.?|matr\\.|patente(?:[ \\t]+di[ \\t]+guida)?(?:[ \\t]+cat\\.?[ \\t]+[A-Z0-9]{1,3})?[ \\t]+n\\."
                        + "|kod[ \\t]+dostępu|historii[ \\t]+choroby|(?:číslo|Číslo|ČÍSLO)[ \\t]+(?:op|orv|tp|pasu)|č\\. op|č\\.op"
                        + "|α\\.δ\\.τ\\.|Α\\.Δ\\.Τ\\.|ΑΔΤ|αρ\\.[ \\t]+ταυτότητας|Αρ\\.[ \\t]+ταυτότητας|Α\\.Μ\\.[ \\t]+e-ΕΦΚΑ|ΑΜ ΕΦΚΑ"
                // an eleventh held-out set's: Hungarian identity card, driving licence, registration, chassis, engine,
                // logbook, vehicle licence and insurance policy numbers, a Polish identity card's abbreviation, the
                // Philippines' PhilHealth and Pag-IBIG numbers, Nigeria's BVN and an ID card's number, India's director
                // number, a Belgian health insurer's affiliation, staff numbers, a trial subject's, an Australian
                // hospital's unit record, a Norwegian patient's, a savings holder's ("személyi igazolvány száma:
                // 482913KE", "szig. szám 719204LA", "forgalmi rendszám: AEKB-417", "alvázszám:", "kötvényszám 91 8274
                // 4103", "dow. os. CBK 418273", "PhilHealth: 12-051837294-1", "Pag-IBIG MID: 1211-4478-3302", "BVN:
                // 22184930571", "ID card no. LSG/MOH/11872", "DIN: 02918347", "n° d'affiliation 161-0473829-55",
                // "staff #6621" (not "staff 1500", a firm's headcount), "Subject ID 017-0042", "UR no. U0821337",
                // "Pasientnr.: 40817", "holder no. 41-0092-7735")
                        + "|személyi[ \\t]+igazolvány[ \\t]+száma|szig\\.[ \\t]+szám|vezetői[ \\t]+engedély[ \\t]+száma|forgalmi[ \\t]+rendszám"
                        + "|alvázszám|motorszám|törzskönyv[ \\t]+száma|forgalmi[ \\t]+engedély[ \\t]+száma|kötvényszám|dow\\.[ \\t]?os\\."
                        + "|philhealth(?:[ \\t]+(?:no\\.?|number|id))?|pag-ibig(?:[ \\t]+(?:mid|no\\.?|number))?|bvn|id card no\\.?|id card number"
                        + "|din(?<=(?-i:DIN))(?=[ \\t]*:)|d'affiliation|staff[ \\t]*#(?=[ \\t]*\\d{3,6}(?![\\w-]))"
                        + "|subject[ \\t]+(?:id|no\\.?|number)|ur no\\.?|ur number|pasientnr\\.?|pasientnummer|patientnr\\.?|patientnummer"
                        + "|holder[ \\t]+(?:no\\.?|number)",
                // a client's code, a policy's number, an account's or a frequent flyer's number of letters and digits
                // ("Client Code: LLI-C-0392", "Policy number: IL-PA-4471829-03", "account BW-IE-5520417", "Qantas Frequent
                // Flyer 1902 447 381"): an account number of digits alone is the bank account recognizer's
                // a twelfth held-out set's: Luxembourg's national number, a Swiss identity card, Jamaica's tax registration
                // number, British Columbia's personal health number, a province's health card ("Matricule national :
                // 1983061104227", "ID-Karte: S1047732", "TRN: 108-447-219", "PHN 9698 412 377", "ON health card 5829 130 474")
                // a fourteenth held-out set's: a South African police case and a security officer's registration, New
                // Zealand's tax number, a loan's, a commercial driver's licence, a medical council's registration, Ghana's
                // card, an online request's, a Brazilian police report's protocol, an Austrian file's, a Swedish
                // authority's file and a service card, a Finnish claim and policy, a Hungarian student's code, a
                // Croatian insured person's number, a Slovak file, a Chilean application's folio, a police event's
                // ("CAS 117/06/2025", "PSIRA 3318204", "IRD number 105-937-261", "Loan No.: DL/2025/0871", "CDL
                // 22-418-0917", "MDC reg. MDC/RN/7731", "Ghana Card PIN: GHA-718203946-5", "Online request no.:
                // PCP/TV/2025/0438172", "Protocolo de envio: PR-63918742", "Akt-Zl. P-1-0417-25/HÖ", "Dnr FT 2025/0318",
                // "Färdtjänstkort nr 14 55 0318", "Vahinkonumero: PVK 25-004173", "polisi TV-55019273", "Neptun-kód:
                // QX4T7B", "MBO: 192604417", "Číslo spisu: ZpS-41/2025", "Folio postulación: FSEV-05-2025-013874",
                // "Police event E 289104377")
                "cas(?<=(?-i:CAS))(?=[ \\t]+(?:\\d{3,4}|3[2-9]|[4-9]\\d)/\\d{2}/\\d{4}(?![\\w/-]))|psira(?:[ \\t]+(?:no\\.?|number|reg(?:istration)?\\.?))?"
                        + "|ird[ \\t]+(?:number|no\\.?)|loan[ \\t]+(?:no\\.?|number|#|id)|cdl(?<=(?-i:CDL))(?:[ \\t]+(?:no\\.?|#))?"
                        + "|(?:mdc|gmc|nmc|hpcsa|kmpdc)[ \\t]+reg(?:istration)?\\.?(?:[ \\t]+(?:no\\.?|number))?"
                        + "|ghana[ \\t]+card(?:[ \\t]+(?:pin|no\\.?|number))?|online[ \\t]+request[ \\t]+(?:no\\.?|number)"
                        + "|protocolo(?:[ \\t]+de[ \\t]+(?:envio|envío|atendimento|registro)|(?=[ \\t]*:))" + FIVE_DIGITS
                        + "|akt-?zl\\.?|aktenzahl|geschäftszahl|dnr(?<=(?-i:Dnr))|diarienr\\.?"
                        + "|(?:färdtjänstkort|medlemskort|kundkort|bibliotekskort|lånekort|lanekort|helsekort|kort)(?:[ \\t]+nr\\.?|nummer)|vahinkonumero|vahinkonro|polisi(?:numero|[ \\t]+nro)?" + FIVE_DIGITS
                        + "|neptun-kód|neptun(?=[ \\t]+[A-Z0-9]{6}\\))|mbo(?<=(?-i:MBO))(?=[ \\t]*(?:\\([^()\\n]{1,60}\\))?[ \\t]*:?[ \\t]*\\d{9}(?!\\d))|(?:číslo|Číslo|ČÍSLO)[ \\t]+spisu|spisová[ \\t]+značka"
                        + "|folio[ \\t]+(?:de[ \\t]+)?(?:postulación|postulacion|rsh)" + FIVE_DIGITS
                        + "|police[ \\t]+event",
                "client[ \\t]+code|matricule(?:[ \\t]+national)?(?=[ \\t]*:?[ \\t]*\\d{6,})|id-karte|identitätskarte|trn(?<=(?-i:TRN))"
                        + "|phn(?<=(?-i:PHN))|health[ \\t]+card(?:[ \\t]+" + NUMBER + ")?|rewards?[ \\t]*(?:#|" + NUMBER + ")|member(?=[ \\t]{1,3}[A-Z0-9/-]{0,18}[A-Z][A-Z0-9/-]{0,18}-\\d)"
                        + "|policy[ \\t]+" + NUMBER + FIVE_DIGITS + "|frequent[ \\t]+flyer(?=[ \\t]+\\d)"
                        // (five digits from the value's start: after the shape they asked for digits beyond it, so "Tenant
                        // account: PF-22817" was none)
                        + "|account(?:[ \\t]+(?:number|no\\.?))?(?=[ \\t]{0,3}[:#]?[ \\t]{0,3}(?:[A-Z0-9/-]{0,18}[A-Z][A-Z0-9/-]{0,18}\\d"
                        + "|[A-Z0-9/-]{0,18}\\d[A-Z0-9/-]{0,18}[A-Z]))" + FIVE_DIGITS,
                // a fifteenth held-out set's: Colombia's citizen card and a doctor's register there, a petition's filing, an
                // Italian claim's file, a Dutch tax assessment and objection, a Czech letter's reference, a Ukrainian and a
                // Russian application's registration number, an Estonian doctor's code, a utility's consumer number
                // ("C.C. 43.871.592", "registro médico RM 05-2741", "Radicado:
                // PQRS-20250403-77215", "Pratica n. FSC-R-2025-028314", "Aanslagbiljet 7719.2025.004.3318", "Kenmerk bezwaar:
                // BZ-2025-061183", "Číslo jednací: JMK 042871/2025", "Реєстраційний номер заяви: 10001457792",
                // "registreerimiskood D06214", "Consumer No. (allotted): 611248073"), and a case's number that begins with
                // digits ("case 22CR-003317"); not "reference" alone ("reference JDK-8295678", "Part reference SKU-44821"),
                // nor "radicado" without its colon or number ("fue radicado 12/03/2024")
                "c\\.c\\.(?=[ \\t]*\\d{1,3}(?:\\.\\d{3}){2,3}(?![\\d.]))|registro[ \\t]+médico|registro[ \\t]+medico|radicado(?=[ \\t]*(?::|n[°º.o]|número))"
                        + "|pratica[ \\t]+n\\.?|aanslagbiljet(?:nummer)?|kenmerk[ \\t]+bezwaar|číslo[ \\t]+jednací|Číslo[ \\t]+jednací"
                        + "|ČÍSLO[ \\t]+JEDNACÍ|реєстраційний[ \\t]+номер(?:[ \\t]+заяви)?|Реєстраційний[ \\t]+номер(?:[ \\t]+заяви)?"
                        + "|регистрационный[ \\t]+номер|Регистрационный[ \\t]+номер|registreerimiskood"
                        + "|consumer[ \\t]+(?:no\\.?|number)(?:[ \\t]*\\([\\p{L} ]{1,20}\\))?"
                        + "|case(?=[ \\t]{1,3}\\d{1,4}[A-Z]{1,4}[/-]\\d{4,}(?![\\w/-]))",
                // a sixteenth held-out set's: a Swedish authority's case, a Finnish library card, a Polish court's and
                // prosecutor's file signature, Quebec's health insurance card, Canada's immigration client and file, a
                // policy's or a folio's number without "number" ("ärende DR-2025-004471", "Kirjastokortti: 2000104882317",
                // "Kortti 2000104659120", "sygn. akt III K 214/24", "sygn. PR 1 Ds. 87.2025", "RAMQ (demandeur): ALHA 8403
                // 1219", "IUC: 11-2233-4455", "Dossier IRCC: B000482917", "apólice AP-77.104.552", "póliza DAN-MX-0083317",
                // "folio OW-2291"; not "folio 12" of a register, "ärende 3")
                "ärende(?=[ \\t]{1,2}[A-Z]{1,4}-\\d)|Ärende(?=[ \\t]{1,2}[A-Z]{1,4}-\\d)|kirjastokortti|kortti(?=[ \\t]{1,2}\\d{8,}(?!\\d))"
                        // (Quebec's card and Canada's client number by their shapes, "RAMQ 2024 1234 rapport", Italy's IUC tax
                        // "IUC: 2015 1234" are none; a policy's or a folio's code with four digits, no year alone: "Polizza
                        // RC-2024", "folio A-12" are none, a review's)
                        + "|sygn\\.(?:[ \\t]+akt)?|ramq(?=[^\\n]{0,30}?[A-Z]{4}[ ]?\\d{4}[ ]?\\d{4}(?!\\d))"
                        + "|(?:iuc(?<=(?-i:IUC))|uci(?<=(?-i:UCI)))(?=[ \\t]*:?[ \\t]*\\d{2}-?\\d{4}-?\\d{4}(?![\\d-]))|dossier[ \\t]+ircc"
                        + "|(?:apólice|póliza|polizza|folio)(?=[ \\t]{1,2}[A-Z]{1,4}-(?!(?:19|20)\\d\\d(?![\\d.-]))(?:[A-Z0-9.-]*?\\d){4})",
                // an eighteenth held-out set's: a certificate's number with five digits (its "ref." too), an application's
                // and a request's code of capitals, a dash and digits, a support case's long number, Australia's Centrelink
                // customer reference, the US Defense ID (EDIPI), a bond holder's and a shareholder's reference, New Zealand's
                // IRD number after its letters, a German file's "Az.", a French doctor's "n° ordinal", a Spanish
                // psychologist's "col.", a Norwegian policy, a Finnish health professional's register, a Hungarian identity
                // card's abbreviation ("Certificate ref. MC-2025-00391", "DBS certificates 001798442613", "LIHEAP application
                // LH-WA-5520917", "Port request PR-25-447190", "support case 7021882461", "Centrelink CRN 308 441 827K", "DoD
                // ID (EDIPI) 1418827736", "holder's number 530482771", "shareholder reference C0004418827", "IRD 91-044-323",
                // "Az. MED-2025-017", "n° ordinal 24718", "(col. AN-09417)", "polise 7705-114827", "Terhikki-rek.
                // 100044718227", "személyi ig. sz. 418227KE"); not "certificate 2019", "application v2", "request 12 items",
                // "in case 5"
                // (a review's: not "ISO 9001 certificate 12345 of conformity", "certificates 120000 times", "Pull request
                // GH-4521", "Change request CR-2024-0012", "Application ABC-1234", "In case 1000000 users", "Use case
                // 1234567", "Course CRN 22314", "The ordinal 12404 could not be located")
                "certificate[ \\t]+ref\\.?" + FIVE_DIGITS + "|certificates?(?=[ \\t]{1,2}(?:\\d{9,}|[A-Z0-9]{2,8}-[A-Z0-9-]*\\d{3,})(?![\\w-]))"
                        + "|(?<!(?:pull|merge|feature|change|service|purchase|support|access|leave|budget|travel|pto)[ \\t])"
                        + "(?:application|request)(?=[ \\t]{1,2}[A-Z]{1,5}(?:-[A-Z0-9]{1,5})*-\\d{4,}(?![\\w]))(?=[ \\t]{1,2}(?:[A-Z-]*\\d){6})"
                        + "|(?<!" + NOT_A_CASE + "[ \\t])case"
                        + "(?=[ \\t]{1,2}\\d{7,12}(?![\\d.,/-])(?![ \\t]+(?:bytes?|users?|operations?|items?|rows?|records?|times|eur|usd|gbp|dollars"
                        + "|euros|people|units?)\\b))"
                        + "|crn(?<=(?-i:CRN))(?=[ \\t]*:?[ \\t]*\\d{3}[ ]?\\d{3}[ ]?\\d{3}[A-Z](?!\\w))|centrelink(?:[ \\t]+crn)?|edipi"
                        + "|dod[ \\t]+id(?:[ \\t]*\\(edipi\\))?"
                        // (two expressions: one alternation's strings are at most 256)
                        + "|(?:holder(?:'s|’s)[ \\t]+(?:no\\.?|number)|shareholder[ \\t]+(?:reference|ref\\.?|number|no\\.?))(?=[ \\t]*:?[ \\t]*[A-Z]?\\d{6,})",
                "ird(?<=(?-i:IRD))(?=[ \\t]*:?[ \\t]*\\d{2,3}-\\d{3}-\\d{3}(?!\\d))|az\\.(?<=(?-i:Az\\.))|aktenzeichen"
                        + "|(?<=n[°º][ \\t]?)ordinal(?=[ \\t]{1,3}\\d{4,7}(?!\\d))|(?<=\\()(?-i:col)\\.(?=[ \\t]*[A-Z]{1,3}-?\\d{3,}(?![\\w-]))"
                        + "|polise(?:nummer|nr\\.?)?(?![ \\t]*+[\\d ]+(?:kr|nok)\\b)" + FIVE_DIGITS
                        + "|terhikki(?:-rek\\.?|-rekisteri(?:numero)?)?|személyi ig\\. ?sz\\."
                        // a nineteenth held-out set's: a national identity card's number without "No" ("National ID 10482736"), an
                        // officer's badge in brackets ("(badge 1147)"), a case's number of digits and dashes, maybe after an agency's
                        // capitals ("case LPD 25-014472", "case 24-E-00381"), a hotel booking's confirmation ("conf. CMH-88391"), a
                        // court's file and a suit ("Court file 24-1045-01", "suit G-1187/2024"), a Croatian identity card ("broj
                        // osobne iskaznice 118274365"), the medical councils' registers of Malaysia, Kenya and Belgium in Dutch ("MMC
                        // 48213", "KMPDC A8841", "RIZIV 1-41827-36-580"), an Argentine health insurer's member ("afiliado n.º 61
                        // 842773 1 01"), an export's person's "id"
                        // (not a count: "National ID 14000000 cards issued", the review's)
                        + "|national[ \\t]+id(?:entity)?(?:[ \\t]+card)?(?=[ \\t]*:?[ \\t]*\\d{6,}(?![\\d,.])(?![ \\t]+\\p{Ll}+s\\b))"
                        + "(?![ \\t]*:?[ \\t]*\\d+0000(?!\\d))"
                        + "|badge(?<=\\(badge)(?=[ \\t]+#?\\d{3,6}\\))"
                        + "|case(?<!" + NOT_A_CASE + "[ \\t]case)"
                        + "(?=[ \\t]{1,2}(?:[A-Z]{2,5}[ \\t])?\\d{2}-(?:[A-Z]{1,2}-\\d{4,}|\\d{5,})(?![\\w-]))"
                        + "|(?<!(?:to|at|in|for)[ \\t])(?:conf\\.|confirmation)(?=[ \\t]{1,2}[A-Z]{2,5}-\\d{5,}(?![\\w-]))"
                        + "|court[ \\t]+file(?:[ \\t]+(?:no\\.?|number))?|suit(?=[ \\t]{1,2}[A-Z]{1,3}-\\d{2,6}/(?:19|20)\\d{2}(?![\\w/-]))"
                        + "|osobne[ \\t]+iskaznice"
                        + "|(?:mmc|kmpdc|mdcn)(?<=(?-i:MMC|KMPDC|MDCN))(?=[ \\t]*(?:no\\.?|reg\\.?)?[ \\t]*:?[ \\t]*[A-Z]?\\d{4,6}(?![\\w-]))"
                        + "|riziv(?:-nummer|-nr\\.?)?"
                        + "|afiliad[oa](?=[ \\t]{0,3}(?:n[°º.]|nº|n\\.º|no\\.|nr\\.?|número|numero)[ \\t]{0,3}[:.]?[ \\t]{0,3}[A-Z0-9])"
                        // an export's "id" in an object that names a person ('"client": {"id": "C-3318", "first_name": "Gethin"', a
                        // dog-walking app's; not a product's or an order's object, whose "name" is a thing's as often)
                        + "|id(?<=\"id)\"[ \\t]*:[ \\t]*\"(?=[A-Za-z0-9-]{2,20}\"[^{}]{0,200}?\"(?:first_?name|last_?name|full_?name|surname"
                        + "|given_?name|family_?name|firstName|lastName|fullName)\"[ \\t]*:[ \\t]*\"\\p{Lu})"
                        // a twentieth held-out set's: Scotland's CHI without a colon, the national identity numbers of Sri Lanka,
                        // Bangladesh and Indonesia and Indonesia's family card, Barbados' registration number, Nova Scotia's health
                        // card, a Chicago officer's star after the name's comma, a work permit's reference (not a planning or a
                        // building permit's), an insurance policy in Afrikaans, Dutch or Serbian and a claim in Afrikaans ("CHI
                        // 1403522146", "NIC 199422604117", "NID 19679117204588113", "NIK : 3205025708960003", "No. KK :
                        // 3205021204110007", "NRN 850725-0418", "MSI card 0087 415 229", "star #6627", "work permit ref.
                        // TEP/2025/04417", "polis SB-0041872", "polisa AO-77104182", "eisnommer is EIS-25-03318")
                        + "|chi(?<=(?-i:CHI))(?=[ \\t]+\\d{10}(?!\\d))"
                        + "|(?:nic|nid|nik)(?<=(?-i:NIC|NID|NIK))(?=[ \\t]*:?[ \\t]*(?:\\d{9}[VvXx]|\\d{10,17})(?![\\w-]))"
                        + "|no\\.[ \\t]kk(?=[ \\t]*:?[ \\t]*\\d{16}(?!\\d))|nrn(?<=(?-i:NRN))(?=[ \\t]*:?[ \\t]*\\d{6}-\\d{4}(?!\\d))"
                        + "|msi[ \\t]+(?:card|number|no\\.?)|(?<=,[ \\t])star[ \\t]+#(?=\\d{3,6}(?!\\d))|(?:work|residence|study)[ \\t]+permit[ \\t]+ref(?:erence)?\\.?"
                        + "|(?:polis|polisa)(?=[ \\t]{1,2}[A-Z]{1,4}-\\d{5,}(?![\\w-]))|eisnommer(?:[ \\t]+is)?"
                        // a Catalan file, a Vietnamese officer's number after the name's comma (not a flight's, a ship's, a decree's
                        // "số hiệu", a review's), an Indonesian health card and a civil servant's number
                        // ("Núm. d'expedient: AM-25-004417", "số hiệu 204-418", "No. Kartu 0002147731905", "NIP. 19720314 199803 1
                        // 005": its first two groups; "số hiệu" as written, whose letters beyond ASCII hid the others' strings
                        // when matched without case)
                        + "|d'expedient|(?<=,[ \\t])(?-i:số hiệu)|no\\.[ \\t]+kartu|nip(?<=(?-i:NIP))\\.(?=[ \\t]*\\d{8}[ \\t]\\d{6})"
                        // a twenty-first held-out set's: a French employee's "matricule" with letters, Portugal's social security
                        // number, a Valencian health card, German and French doctors' numbers, an Irish doctor's council number, a
                        // German residence permit, a university's and a loan officer's "ID", a health plan's member code, a case's
                        // number that begins with its year ("matricule LR-00917", "NISS: 12048817732", "SIP: 10472218", "LANR
                        // 731846201", "RPPS 10101877342", "MCRN 019842", "Aufenthaltstitel Y4K7R2T9M", "university ID S2219047",
                        // "NMLS ID 1209934", "member HP4480217301", "case 2016-003318-DM", "case 2019DR30412")
                        + "|matricule(?=[ \\t]*:?[ \\t]*[A-Z]{1,4}-?\\d{4,}(?![\\w-]))|niss(?<=(?-i:NISS))"
                        + "|sip(?<=(?-i:SIP))(?=[ \\t]*:[ \\t]*\\d{8}(?!\\d))|(?:lanr|rpps|mcrn)(?<=(?-i:LANR|RPPS|MCRN))"
                        + "|aufenthaltstitel(?:[ \\t]+nr\\.?)?|(?:university|nmls)[ \\t]+id(?=[ \\t]+[A-Z]{0,3}\\d{6,}(?![\\w-]))"
                        // (not a state's VAT number after "EU member", nor a board's member: the review's)
                        + "|(?<!board[ \\t])member(?=[ \\t]{1,3}[A-Z]{1,4}\\d{7,}(?![\\w-]))(?![ \\t]{1,3}(?-i:[A-Z]{2})\\d{8,12}(?![\\w-])[ \\t]+(?-i:VAT))"
                        + "|case(?<!" + NOT_A_CASE + "[ \\t]case)"
                        + "(?=[ \\t]{1,2}(?:19|20)\\d{2}-?(?:[A-Z]{1,3}-?\\d{4,}|\\d{4,}-[A-Z]{1,3})(?![\\w-]))",
                // a twenty-sixth held-out set's: a Polish prison's register, a visitor's identity card, an officer's service
                // number and an advocate's card, a German office's file, an Italian claim, policy and police report, Kenya's
                // tax PIN ("nr ewid. PK-04817/23", "dowód os. CBT848217", "nr służb. 48213", "legitymacja KRA/Adw/4821",
                // "Vorgangsnummer: EHE-2024-004817", "Sinistro n. 2024/BO/031877", "Polizza Casa Sicura n. FE/CASA/2291847",
                // "verbale n. BONV-2024-00731", "PIN A008412937K"; a firm's begins with P); not "nr ewid." of a thing; read
                // from the word after "nr", whose two letters the scanner cannot look for
                "ewid\\.(?<=nr[ \\t]{1,3}ewid\\.)(?=[ \\t]*(?-i:[A-Z]{1,4})-\\d)|dowód[ \\t]+os\\.|służb\\.(?<=nr[ \\t]{1,3}służb\\.)"
                        + "|legitymacja(?:[ \\t]+służbowa)?(?:[ \\t]+nr\\.?)?"
                        // (a code of letters after a register's, a file's, a report's or a policy's label: not a vehicle's "nr
                        // ewid. 0042/2024", an order's "Vorgangsnummer: 4500012345", a meeting's "Verbale n. 12/2024", a
                        // company's "Polizza Responsabilità Civile n. 2024/00123", the review's)
                        + "|(?:vorgangsnummer|vorgangs-nr\\.?|verbale[ \\t]+n\\.|polizza(?:[ \\t]+\\p{Lu}\\p{Ll}+){0,3}[ \\t]+n\\.)"
                        + "(?=[ \\t]*:?[ \\t]*(?-i:[A-Z]{2,6})[-/])|sinistro[ \\t]+n\\."
                        + "|pin(?<=(?-i:PIN))(?=[ \\t]*:?[ \\t]*A\\d{9}[A-Z](?!\\w))"
                        // a French family court's general roll and national file numbers ("N° RG 23/04817", "N° Portalis
                        // DBVX-W-B7H-ORT3"), a Portuguese pension plan's member ("N.º de participante VP-771203"), a workers'
                        // compensation claim ("WSIB claim: 31729504")
                        + "|(?:n° rg|nº rg)(?<=(?-i:RG))|portalis(?<=(?:n°|nº|no)[ \\t]{1,2}portalis)"
                        + "|participante(?<=(?:n\\.º|nº|n°)[ \\t]{1,2}de[ \\t]{1,2}participante)"
                        + "|(?:wsib|wcb|acc)(?<=(?-i:WSIB|WCB|ACC))[ \\t]+claim(?:[ \\t]+(?:no\\.?|number|#))?"
                        // a British officer's collar number after the officer's rank and name ("PC Harjit Sandhu collar 2214")
                        + "|collar(?<=(?-i:PC|DC|PS|DS|Sgt|Sergeant|Constable|Officer)[^\\n;]{1,40}collar)(?:[ \\t]+(?:no\\.?|number))?"
                        + "(?=[ \\t]*:?[ \\t]*\\d{3,5}(?![\\d/.-]))"),
                // a French tax number's groups ("18 64 027 391 058"), an Australian customer reference's ("204 718 395K"), a
                // Spanish social security number's ("46 10482317 52"), a French reference's last pair ("4004 1827 39"),
                // groups of digits ("71 604 385", a health fund's member; "61 842773 1 01", an Argentine one's), a
                // code of capitals and digits, or a programme's letters before groups of digits ("MM 5528 1904 73", "VG 20
                // 447118", "TP 418 207 339"), a Portuguese citizen card's groups ("13927548 7 ZX1"), a Brazilian RG ("3.418.226-7")
                // (first: a Polish court's file signature, "III K 214/24", "PR 1 Ds. 87.2025"; Quebec's health card, "ALHA 8403
                // 1219"; a policy's number in dotted groups after its letters, "AP-77.104.552", which the shorter shapes below
                // would cut)
                "[IVX]{1,4} [A-Z][a-z]{0,2}\\.? \\d{1,6}/\\d{2,4}(?![\\d/])|[A-Z]{1,3} \\d{1,2} [A-Z][a-z]{0,2}\\. \\d{1,6}\\.\\d{4}(?!\\d)"
                        + "|[A-Z]{4} \\d{4} \\d{4}(?!\\d| \\d)|[A-Z]{1,4}-\\d{1,3}(?:\\.\\d{3}){1,3}(?![\\d.])|"
                        + "\\d{2} \\d{2} \\d{3} \\d{3} \\d{3}|\\d{3} \\d{3} \\d{3}[A-Z]|[A-ZΑ-Ω]{2,3} \\d{6}(?!/)|[A-Z]{2} nr\\. \\d{6}|\\d{2} \\d{6} \\d \\d{2}(?!\\d)|" + SPACED_DIGITS + "|\\d{2,8}(?: \\d{3,8}){1,4}(?: \\d{2}(?![\\d.,]|[ \\t]+\\p{L}))?|[A-Z]{2,3}(?: \\d{2,8}){2,3}|\\d{8}[ ]\\d[ ][A-Z0-9]{3}"
                        // a file's letters before its number, a space between ("PVK 25-004173", "FT 2025/0318", "E 289104377")
                        + "|(?<![A-Za-z])(?!(?:ISO|EN|DIN|IEC|ANSI|BS|ASTM|IEEE|NFPA|UL|CSA|SAE|EPA|NATA|RFC|ECE|JIS)\\b)[A-Z]{1,4} \\d[\\d/-]{3,18}\\d(?![\\d/-])"
                        // a Czech or Slovak file's mark in mixed case ("ZpS-41/2025")
                        + "|[A-Z][A-Za-z]{1,4}-\\d{1,6}/\\d{2,4}(?![\\d/])"
                        + "|\\d{1,2}\\.\\d{3}\\.\\d{3}-[\\dXx]"
                        // groups of digits parted by dots, of three and four (a Colombian citizen card's "43.871.592", a
                        // Dutch assessment's "7719.2025.004.3318"; not a date's "12.03.2025")
                        + "|\\d{1,4}(?:\\.\\d{3,4}){2,3}(?![\\d.])"
                        // (capitals beyond ASCII too: "P-1-0417-25/HÖ", an Austrian file's)
                        + "|[A-Z0-9][A-Z0-9/\\p{Lu}-]{2,18}[A-Z0-9\\p{Lu}]", 0.65,
                Set.of("employee", "staff", "student", "member", "customer", "prescription", "pharmacy", "registration"));
    }

    /**
     * A year alone, or a year and the next ("SRA 2019 Standards", "Membership number 2024 increased", "annual report no.
     * 2023/24"); a date ("Регистрационный номер 2019-06-12", "Radicado: 12/03/2024"), a quarter or a half of a year ("Account:
     * Q3-2024 forecast"), an address of the internet ("ID: 192.168.100.200") and a round amount in dotted thousands
     * ("Customer number 1.250.000 reached"), which the values' dotted groups would read (a review's).
     */
    private static final Pattern NOT_AN_IDENTIFIER = Pattern.compile("(?:19|20)\\d\\d(?:/\\d\\d)?|(?:19|20)\\d\\d[-/.]\\d{1,2}[-/.]\\d{1,2}"
            + "|\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)?\\d\\d|(?:Q[1-4]|H[12]|FY)[ /-]?(?:19|20)?\\d\\d|\\d{1,3}(?:\\.\\d{1,3}){3}|\\d{1,3}(?:\\.\\d{3})*\\.000");
    /** The shapes of identifiers with a type and a check of their own, left to their recognizers: an SSN, a NINO. */
    private static final Pattern TYPED = Pattern.compile("\\d{3}-\\d{2}-\\d{4}|[A-CEGHJ-PR-TW-Z]{2}\\d{6}[A-D]");

    /**
     * Not a year, nor a number another recognizer types (an SSN, a NINO, a card number as the card recognizer reads one,
     * in an issuer's range and passing Luhn: "Employee ID: 078-05-1120" is an SSN, "Customer number 4111 1111 1111 1111"
     * a card; "numéro fiscal 3074519826434" passes Luhn, but no issuer's 13 digits begin with 3).
     */
    @Override
    protected Validation validate(String value) {
        String digits = Checksums.digits(value);
        if (NOT_AN_IDENTIFIER.matcher(value).matches() || TYPED.matcher(value).matches()
                || digits.length() >= 13 && digits.length() <= 19 && digits.length() == value.replace(" ", "").length()
                && CreditCardRecognizer.issuerRange(digits) && Checksums.luhn(digits)) {
            return Validation.REJECTED;
        }
        return super.validate(value);
    }
}
