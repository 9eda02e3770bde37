package io.blackbar.engine.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Surrogates keep a value's type and shape (a review's, 2026-12-05: every type but names, SSNs, cards, phones and e-mail
 * got each letter and digit swapped for a random one: "March 3, 2019" became "Bmwfg 0, 4966", 77 of 2,000 surrogates of
 * "03/14/1962" were dates, 31 of 2,000 IBANs passed their check) and one person, one number, one surrogate (a name as a
 * cardholder's and as a person's, a first name alone, a phone number with its country's code or dots, were each another).
 */
class SurrogatesTest {

    private static final int KEYS = 2000;

    /** Each date keeps its format, is a real date, is another date, and is the same for the same key. */
    @Test
    void aDateIsAnotherRealDateInItsFormat() {
        Map<String, String> shapes = Map.of(
                "March 3, 2019", "(January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2}), (2019)",
                "2019-03-09", "(2019)-(\\d\\d)-(\\d\\d)",
                "03/14/1962", "(\\d\\d)/(\\d\\d)/(1962)",
                "14.03.1962", "(\\d\\d)\\.(\\d\\d)\\.(1962)",
                "23-Oct-1972", "(\\d\\d)-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(1972)",
                "3 de marzo de 2019", "(\\d{1,2}) de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de (2019)",
                "16. März 2023", "(\\d{1,2})\\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) (2023)");
        for (Map.Entry<String, String> e : shapes.entrySet()) {
            Pattern shape = Pattern.compile(e.getValue());
            for (int k = 0; k < KEYS; k++) {
                String s = Surrogates.of("DATE", e.getKey(), "key" + k);
                Matcher m = shape.matcher(s);
                assertTrue(m.matches(), e.getKey() + " -> " + s);
                assertNotEquals(e.getKey(), s);
                assertTrue(real(e.getKey(), m), e.getKey() + " -> " + s + " is no date");
                assertEquals(s, Surrogates.of("DATE_OF_BIRTH", e.getKey(), "key" + k), "a birth date is a date");
            }
        }
    }

    /** Read either way ("03/04/2019"), the surrogate is a date either way. */
    @Test
    void aDayAndMonthThatCouldBeEitherStayTwelveOrBelow() {
        for (int k = 0; k < KEYS; k++) {
            String s = Surrogates.of("DATE", "03/04/2019", "key" + k);
            Matcher m = Pattern.compile("(\\d\\d)/(\\d\\d)/2019").matcher(s);
            assertTrue(m.matches() && Integer.parseInt(m.group(1)) <= 12 && Integer.parseInt(m.group(2)) <= 12
                    && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(2)) >= 1, s);
        }
    }

    /** A weekday agrees with its new date; a time is a valid time on the value's clock; words that are no date's stay. */
    @Test
    void aWeekdayFollowsItsDateAndATimeStaysATime() {
        for (int k = 0; k < 200; k++) {
            String s = Surrogates.of("DATE_TIME", "Tuesday, August 15, 2023 4:52 PM", "key" + k);
            Matcher m = Pattern.compile("(\\w+), (\\w+) (\\d{1,2}), 2023 (\\d{1,2}):(\\d\\d) PM").matcher(s);
            assertTrue(m.matches(), s);
            LocalDate d = LocalDate.of(2023, java.time.Month.valueOf(m.group(2).toUpperCase(Locale.ROOT)), Integer.parseInt(m.group(3)));
            assertEquals(d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), m.group(1), s);
            int hour = Integer.parseInt(m.group(4));
            assertTrue(hour >= 1 && hour <= 12 && Integer.parseInt(m.group(5)) < 60, s);
            String ordinal = Surrogates.of("DATE", "the 3rd of March 2019", "key" + k);
            Matcher o = Pattern.compile("the (\\d{1,2})(st|nd|rd|th) of \\w+ 2019").matcher(ordinal);
            assertTrue(o.matches(), ordinal);
            int day = Integer.parseInt(o.group(1));
            assertEquals(day % 10 == 1 && day != 11 ? "st" : day % 10 == 2 && day != 12 ? "nd" : day % 10 == 3 && day != 13 ? "rd" : "th",
                    o.group(2), ordinal);
        }
        assertTrue(Surrogates.of("DATE", "in 2019", "k").matches("in 20(1[6-8]|2[0-2])"), Surrogates.of("DATE", "in 2019", "k"));
    }

    @Test
    void anExpiryIsAnotherMonthOfItsYear() {
        for (int k = 0; k < KEYS; k++) {
            String s = Surrogates.of("CARD_EXPIRY", "12/27", "key" + k);
            assertTrue(s.matches("(0[1-9]|1[01])/27"), s);
            // written with the month's name (a review's: "Dec 2027" became letters)
            String named = Surrogates.of("CARD_EXPIRY", "Dec 2027", "key" + k);
            assertTrue(named.matches("(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov) 2027"), named);
        }
    }

    /** An IBAN after its word keeps the word and its country; an address with its port keeps the port (a review's). */
    @Test
    void anIbansWordAndAnAddresssPortStay() {
        for (int k = 0; k < 200; k++) {
            String s = Surrogates.of("IBAN_CODE", "IBAN DE89 3704 0044 0532 0130 00", "key" + k);
            assertTrue(s.matches("IBAN DE\\d\\d \\d{4} \\d{4} \\d{4} \\d{4} \\d\\d"), s);
            String ip = Surrogates.of("IP_ADDRESS", "10.0.0.1:8080", "key" + k);
            assertTrue(ip.matches("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.\\d{1,3}:8080"), ip);
        }
    }

    /** An IBAN keeps its country and its groups, and its check digits hold. */
    @Test
    void anIbansCheckDigitsHold() {
        for (int k = 0; k < KEYS; k++) {
            String s = Surrogates.of("IBAN_CODE", "DE89 3704 0044 0532 0130 00", "key" + k);
            assertTrue(s.matches("DE\\d\\d \\d{4} \\d{4} \\d{4} \\d{4} \\d\\d"), s);
            String compact = s.replace(" ", "");
            StringBuilder n = new StringBuilder();
            for (char c : (compact.substring(4) + compact.substring(0, 4)).toCharArray()) {
                n.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
            }
            assertEquals(1, new BigInteger(n.toString()).mod(BigInteger.valueOf(97)).intValue(), s);
            String gb = Surrogates.of("IBAN_CODE", "GB29NWBK60161331926819", "key" + k);
            assertTrue(gb.matches("GB\\d\\d[A-Z]{4}\\d{14}"), gb);
        }
    }

    @Test
    void anAddressIsOneOfTheDocumentationRanges() {
        for (int k = 0; k < KEYS; k++) {
            String v4 = Surrogates.of("IP_ADDRESS", "81.2.69.142", "key" + k);
            assertTrue(v4.matches("(192\\.0\\.2|198\\.51\\.100|203\\.0\\.113)\\.(\\d{1,3})") && Integer.parseInt(v4.replaceAll(".*\\.", "")) <= 255, v4);
            assertTrue(Surrogates.of("IP_ADDRESS", "2a00:1450:4001:81c::200e", "key" + k).matches("2001:db8:[0-9a-f]{1,4}:[0-9a-f]{1,4}::[0-9a-f]{1,4}"));
        }
    }

    /** A number written as an SSN is never a real SSN, whatever its type. */
    @Test
    void anSsnsShapeUnderAnotherTypeIsNeverARealSsn() {
        for (int k = 0; k < 200; k++) {
            assertTrue(Surrogates.of("MEDICAL_RECORD_NUMBER", "078-05-1120", "key" + k).matches("9\\d\\d-\\d\\d-\\d{4}"));
        }
    }

    /** One number with its country's code, in dots or brackets, is one surrogate; the country's code stays as written. */
    @Test
    void aPhoneNumberIsOneNumberHoweverWritten() {
        String bracketed = Surrogates.of("PHONE_NUMBER", "(212) 555-7890", "k");
        String digits = bracketed.replaceAll("\\D", "");
        assertEquals(digits.substring(0, 3) + "." + digits.substring(3, 6) + "." + digits.substring(6), Surrogates.of("PHONE_NUMBER", "212.555.7890", "k"));
        assertEquals("+1 " + digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6),
                Surrogates.of("PHONE_NUMBER", "+1 212 555 7890", "k"));
    }

    /**
     * A person is one surrogate as a person and as a cardholder; a first name alone is the whole name's first name, a
     * surname alone its surname, with any key, so in every document of a job (a review's: "Jane called" was "Keane
     * called" beside "Alex Moss"; the first fix avoided the document's other names, and one name's surrogate then
     * depended on the document).
     */
    @Test
    void onePersonOneSurrogate() {
        int consistent = 0;
        for (int k = 0; k < 300; k++) {
            String key = "key" + k;
            String whole = Surrogates.of("PERSON", "Jane Doe", key);
            assertEquals(whole, Surrogates.of("CARDHOLDER_NAME", "Jane Doe", key));
            assertFalse(whole.contains("Jane") || whole.contains("Doe"), "no word of the name: " + whole);
            // alone, a word may draw the other word of its name, which the whole name skips (one draw in 96)
            String jane = Surrogates.of("PERSON", "Jane", key);
            String doe = Surrogates.of("PERSON", "Doe", key);
            if (!jane.equals("Doe") && !doe.equals("Jane")) {
                assertEquals(whole.split(" ")[0], jane, "the first name alone");
                assertEquals(whole.split(" ")[1], doe, "the surname alone");
                consistent++;
            }
            assertEquals(whole.split(" ")[1] + ", " + whole.split(" ")[0], Surrogates.of("PERSON", "Doe, Jane", key));
        }
        assertTrue(consistent >= 285, "alone as in the whole name under " + consistent + " of 300 keys");
    }

    /**
     * Dates of the languages detection reads, a day far from its month, times of every clock, a weekday's ordinal day:
     * another date, never the real day and month with only the year moved (a review's: "5 października 2024" became "5
     * października 2026", "4:50pm" "13:34pm", "11am" "27fl").
     */
    @Test
    void everyDateDetectionReadsIsAnotherDate() {
        Map<String, String> shapes = Map.of(
                "5 października 2024", "(\\d{1,2}) (stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|listopada|grudnia) 2024",
                "2024. október 5.", "2024\\. (január|február|március|április|május|június|július|augusztus|szeptember|november|december) (\\d{1,2})\\.",
                "3 Ιουνίου 2024", "(\\d{1,2}) (Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου|Νοεμβρίου|Δεκεμβρίου) 2024",
                "27. siječnja 2025.", "(\\d{1,2})\\. (veljače|ožujka|travnja|svibnja|lipnja|srpnja|kolovoza|rujna|listopada|studenoga|prosinca) 2025\\.",
                "3 de marzo de 2019", "(\\d{1,2}) de (enero|febrero|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de 2019",
                "the 3rd of March, 2019", "the (\\d{1,2})(st|nd|rd|th) of (?!March)\\w+, 2019");
        for (Map.Entry<String, String> e : shapes.entrySet()) {
            for (int k = 0; k < 300; k++) {
                String s = Surrogates.of("DATE", e.getKey(), "key" + k);
                assertTrue(s.matches(e.getValue()), e.getKey() + " -> " + s);
            }
        }
        // the day is drawn anew, not kept (it was, four words from its month)
        java.util.Set<String> days = new java.util.HashSet<>();
        for (int k = 0; k < 300; k++) {
            days.add(Surrogates.of("DATE", "3 de marzo de 2019", "key" + k).split(" ")[0]);
        }
        assertTrue(days.size() > 20, "days drawn: " + days);
        for (int k = 0; k < 300; k++) {
            String pm = Surrogates.of("DATE", "4:50pm", "key" + k);
            assertTrue(pm.matches("(\\d|1[0-2]):[0-5]\\dpm") && !pm.startsWith("0"), pm);
            assertTrue(Surrogates.of("DATE", "11am", "key" + k).matches("([1-9]|1[02])am"), Surrogates.of("DATE", "11am", "key" + k));
            String h = Surrogates.of("DATE", "17h30", "key" + k);
            assertTrue(h.matches("([01]\\d|2[0-3])h[0-5]\\d"), h);
            // never the same day (the job then failed its check: a second review's), a Greek month in capitals read
            assertFalse(Surrogates.of("DATE", "the 23rd", "key" + k).equals("the 23rd"));
            String greek = Surrogates.of("DATE", "15 ΙΑΝΟΥΑΡΙΟΥ 2020", "key" + k);
            assertTrue(greek.matches("\\d{1,2} (ΦΕΒΡΟΥΑΡΙΟΥ|ΜΑΡΤΙΟΥ|ΑΠΡΙΛΙΟΥ|ΜΑΙΟΥ|ΙΟΥΝΙΟΥ|ΙΟΥΛΙΟΥ|ΑΥΓΟΥΣΤΟΥ|ΣΕΠΤΕΜΒΡΙΟΥ|ΟΚΤΩΒΡΙΟΥ|ΝΟΕΜΒΡΙΟΥ|ΔΕΚΕΜΒΡΙΟΥ) 2020"), greek);
            String friday = Surrogates.of("DATE", "Friday the 23rd", "key" + k);
            Matcher m = Pattern.compile("(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) the (\\d{1,2})(st|nd|rd|th)").matcher(friday);
            assertTrue(m.matches() && Integer.parseInt(m.group(2)) <= 28 && !m.group(1).equals("Friday"), friday);
        }
    }

    /** Whether the groups of a match read as a real date, whichever of day and month comes first where both could. */
    private static boolean real(String original, Matcher m) {
        int[] numbers = new int[3];
        String month = null;
        int n = 0;
        for (int g = 1; g <= m.groupCount(); g++) {
            String s = m.group(g);
            if (s.chars().allMatch(Character::isDigit)) {
                numbers[n++] = Integer.parseInt(s);
            } else {
                month = s;
            }
        }
        try {
            if (month != null) {
                int index = monthIndex(month);
                LocalDate.of(numbers[n - 1], index, numbers[0]);
                return true;
            }
            if (original.matches("\\d{4}-.*")) {
                LocalDate.of(numbers[0], numbers[1], numbers[2]);
            } else if (original.contains(".")) {
                LocalDate.of(numbers[2], numbers[1], numbers[0]);
            } else {
                LocalDate.of(numbers[2], numbers[0], numbers[1]);
            }
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    private static int monthIndex(String name) {
        List<List<String>> tables = List.of(
                List.of("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"),
                List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
                List.of("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
                List.of("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"));
        for (List<String> t : tables) {
            int i = t.indexOf(name.toLowerCase(Locale.ROOT));
            if (i >= 0) {
                return i + 1;
            }
        }
        throw new AssertionError(name);
    }
}
