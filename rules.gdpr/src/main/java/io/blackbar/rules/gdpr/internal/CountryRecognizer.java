package io.blackbar.rules.gdpr.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.RecognizerResult;

/**
 * Country names (English short forms, and the names in Spanish, French, German, Italian, Portuguese and
 * Dutch that differ), a location element of personal data under GDPR and of the
 * {@code pii} framework. Not under HIPAA: Safe Harbor keeps states and countries. Names that are
 * also common given names (Chad, Jordan) are left out. One pass over capitalised words with a map
 * lookup, not a regular expression of two hundred alternatives.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "LOCATION", frameworks = {"pii", "gdpr"})
public class CountryRecognizer extends PatternRecognizer {

    static final List<String> COUNTRIES = List.of(("Afghanistan Albania Algeria Andorra Angola Argentina Armenia"
            + " Australia Austria Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan"
            + " Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada Chile China Colombia"
            + " Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Ecuador Egypt Eritrea Estonia Eswatini"
            + " Ethiopia Fiji Finland France Gabon Gambia Germany Ghana Greece Greenland Grenada Guatemala Guyana Haiti"
            + " Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Kazakhstan Kenya"
            + " Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania"
            + " Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova"
            + " Monaco Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Nigeria"
            + " Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania"
            + " Russia Rwanda Samoa Senegal Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname"
            + " Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkmenistan Tuvalu"
            + " Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe").split(" "));

    static final List<String> MULTI_WORD = List.of("Czech Republic", "New Zealand", "United States", "United Kingdom",
            "South Africa", "Saudi Arabia", "South Korea", "North Korea", "Costa Rica", "Sri Lanka", "El Salvador",
            "Dominican Republic", "Ivory Coast", "Sierra Leone", "Papua New Guinea", "United Arab Emirates", "Hong Kong",
            "Puerto Rico", "Great Britain", "Faroe Islands", "Isle of Man", "Bosnia and Herzegovina", "North Macedonia",
            "Equatorial Guinea", "Burkina Faso", "Cape Verde", "East Timor", "San Marino", "Vatican City");

    /**
     * The names of countries in Spanish, French, German, Italian, Portuguese and Dutch that differ from the
     * English ones (the European neighbours, the large countries, and those of the languages' other
     * speakers), as an address or a record in those languages writes them: "28039 Madrid (España)",
     * "Lieu de naissance : Allemagne". Left out, as in English: names that are given names or surnames as
     * often ("Grecia", "Francia", "Holanda", "Kenia", "Libia", "Olanda"), or common words ("Guinea").
     */
    static final List<String> IN_OTHER_LANGUAGES = List.of((
            // Spanish
            "España|Alemania|Italia|Reino Unido|Estados Unidos|Países Bajos|Bélgica|Suiza|Suecia|Noruega"
            + "|Dinamarca|Finlandia|Irlanda|Polonia|Rumanía|Rumania|Hungría|República Checa|Chequia|Eslovaquia|Eslovenia"
            + "|Croacia|Turquía|Rusia|Ucrania|Bielorrusia|Lituania|Letonia|Islandia|Luxemburgo|Chipre|Marruecos"
            + "|Argelia|Túnez|Egipto|Sudáfrica|Camerún|Etiopía|Brasil|México|Méjico|Perú|Panamá|Haití"
            + "|República Dominicana|Canadá|Japón|Filipinas|Tailandia|Pakistán|Afganistán|Irak|Líbano|Siria|Jordania"
            + "|Arabia Saudí|Arabia Saudita|Emiratos Árabes Unidos|Nueva Zelanda|Corea del Sur|Sierra Leona|Guinea Ecuatorial"
            // French
            + "|Allemagne|Espagne|Italie|Royaume-Uni|États-Unis|Angleterre|Écosse|Pays-Bas|Belgique|Suisse|Autriche|Suède"
            + "|Norvège|Danemark|Finlande|Irlande|Pologne|Roumanie|Hongrie|Tchéquie|Slovaquie|Slovénie|Croatie|Bulgarie"
            + "|Grèce|Turquie|Russie|Maroc|Algérie|Tunisie|Égypte|Sénégal|Cameroun|Côte d'Ivoire|Brésil|Mexique|Chine"
            + "|Japon|Inde|Liban|Syrie"
            // German
            + "|Deutschland|Frankreich|Spanien|Italien|Großbritannien|Vereinigtes Königreich|Vereinigte Staaten|Niederlande"
            + "|Belgien|Schweiz|Österreich|Schweden|Norwegen|Dänemark|Finnland|Irland|Polen|Tschechien|Slowakei|Slowenien"
            + "|Ungarn|Rumänien|Bulgarien|Kroatien|Serbien|Griechenland|Türkei|Russland|Marokko|Tunesien|Ägypten|Brasilien"
            + "|Mexiko|Kanada|Indien|Syrien|Libanon|Kasachstan"
            // Italian
            + "|Germania|Spagna|Regno Unito|Stati Uniti|Paesi Bassi|Belgio|Svizzera|Svezia|Norvegia|Danimarca|Ungheria"
            + "|Croazia|Turchia|Marocco|Egitto|Brasile|Messico|Giappone|Cina"
            // Portuguese
            + "|Espanha|França|Alemanha|Itália|Países Baixos|Suíça|Suécia|Grécia|Polónia|Polônia|Roménia|Romênia|Rússia"
            + "|Turquia|Marrocos|Japão|Índia|Moçambique|Cabo Verde|Guiné-Bissau"
            // Dutch
            + "|Nederland|België|Duitsland|Frankrijk|Spanje|Italië|Verenigd Koninkrijk|Verenigde Staten|Engeland|Zwitserland"
            + "|Oostenrijk|Zweden|Noorwegen|Denemarken|Ierland|Griekenland|Turkije|Rusland|Brazilië").split("\\|"));

    /** First word to the names it starts, longest first. */
    private static final Map<String, List<String>> BY_FIRST_WORD = index();

    /**
     * A bit for the {@code String.hashCode()} of each first word: a capitalised word whose bit is clear
     * is not one, and is passed over without making a String of it for the map (most are not).
     */
    private static final long[] FIRST_WORD_HASHES = new long[64];

    static {
        for (String first : BY_FIRST_WORD.keySet()) {
            int bit = hashBit(first.hashCode());
            FIRST_WORD_HASHES[bit >>> 6] |= 1L << bit;
        }
    }

    /** @return the bit of a hash in {@link #FIRST_WORD_HASHES}: its high bits mixed, 12 of them */
    private static int hashBit(int hash) {
        return (hash * 0x9E3779B9) >>> 20;
    }

    /** {@code Character.isUpperCase}, ASCII (most of a text's characters) answered without its tables. */
    private static boolean upper(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** @return false when the word whose {@code String.hashCode()} is {@code hash} is no first word of a name */
    static boolean mayBeFirstWord(int hash) {
        int bit = hashBit(hash);
        return (FIRST_WORD_HASHES[bit >>> 6] & 1L << bit) != 0;
    }

    public CountryRecognizer() {
        super("LOCATION", Category.LOCATION, List.of(),
                Set.of("country", "citizen", "citizenship", "nationality", "born", "lives", "resident", "moved", "address"));
    }

    private static Map<String, List<String>> index() {
        Map<String, List<String>> map = new HashMap<>();
        List<String> all = new ArrayList<>(MULTI_WORD);
        all.addAll(COUNTRIES);
        all.addAll(IN_OTHER_LANGUAGES);
        all.sort((a, b) -> b.length() - a.length());
        for (String name : all) {
            map.computeIfAbsent(firstWord(name), k -> new ArrayList<>()).add(name);
        }
        return map;
    }

    /** @return the letters that begin a name, as {@link #analyze} reads a word ("Pays" of "Pays-Bas") */
    static String firstWord(String name) {
        int end = 0;
        while (end < name.length() && Character.isLetter(name.charAt(end))) {
            end++;
        }
        return name.substring(0, end);
    }

    @Override
    public List<RecognizerResult> analyze(CharSequence text) {
        List<RecognizerResult> out = new ArrayList<>();
        String s = text.toString();
        // the characters are read from an array: a String's character costs a check each, and a text
        // beyond Latin-1 a decoding of two bytes
        char[] chars = s.toCharArray();
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (!upper(c) || (i > 0 && Character.isLetterOrDigit(chars[i - 1]))) {
                i++;
                continue;
            }
            int j = i + 1;
            int hash = c; // String.hashCode() of the word, read with its letters
            while (j < n && Character.isLetter(chars[j])) {
                hash = 31 * hash + chars[j];
                j++;
            }
            List<String> names = j - i >= 3 && mayBeFirstWord(hash) ? BY_FIRST_WORD.get(new String(chars, i, j - i)) : null;
            if (names != null) {
                for (String name : names) {
                    int end = i + name.length();
                    if (s.startsWith(name, i) && (end >= n || !Character.isLetterOrDigit(chars[end]))) {
                        out.add(new RecognizerResult("LOCATION", i, end, 0.6, "country list"));
                        break;
                    }
                }
            }
            i = j;
        }
        return out;
    }
}
