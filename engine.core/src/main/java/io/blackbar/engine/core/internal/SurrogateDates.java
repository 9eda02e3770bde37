package io.blackbar.engine.core.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Surrogate dates: another real date in the value's own format. The day and the month are drawn anew (keyed, so the same
 * date gets the same surrogate), the year is kept (a year alone is moved by one to three): "March 3, 2019" becomes "July
 * 21, 2019", "2019-03-09" "2019-11-17", "3 de marzo de 2019" "21 de julio de 2019", "Wednesday, 16 August 2023" a date
 * with its own weekday. A day and a month that could be either ("03/04/2019") both stay 12 or below, so the surrogate is
 * a date whichever way it is read; a card's expiry ("12/27") keeps its year. Words that are no month's or weekday's
 * ("de", "of", "le") stay as written, so do times' separators; a time gets another valid time.
 */
final class SurrogateDates {

    /** Month names, January first: per language, full and abbreviated (lower case, without a full stop). */
    private static final String[][] MONTHS = {
        {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
        {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
        {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
        {"janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"},
        {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
        {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
        {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
        {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
        {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
        // the languages the date recognizer reads beyond those: Swedish, Danish and Norwegian, Polish (a date's genitive
        // and the nominative), Czech, Croatian, Finnish, Romanian, Hungarian, Greek
        {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"},
        {"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"},
        {"januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"},
        {"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"},
        {"styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"},
        {"ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"},
        {"siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"},
        {"tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta",
            "lokakuuta", "marraskuuta", "joulukuuta"},
        {"ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"},
        {"január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"},
        {"ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου", "αυγούστου", "σεπτεμβρίου", "οκτωβρίου",
            "νοεμβρίου", "δεκεμβρίου"}};

    /** Weekday names, Monday first, per language of {@link #MONTHS} where it has one (English full and short first). */
    private static final String[][] WEEKDAYS = {
        {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
        {"mon", "tue", "wed", "thu", "fri", "sat", "sun"},
        {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"},
        {"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"},
        {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"},
        {"lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"},
        {"segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"},
        {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"}};

    private static final Pattern TOKEN = Pattern.compile("\\p{L}+(?:-\\p{L}+)?|\\d+|[^\\p{L}\\d]+");
    private static final Pattern TIME = Pattern.compile("(?<!\\d)(\\d{1,2})([:h])(\\d{2})(?::(\\d{2}))?(?!\\d)");
    private static final Pattern YMD = Pattern.compile("(?<!\\d)(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
    private static final Pattern DMY = Pattern.compile("(?<!\\d)(\\d{1,2})([-./ ])(\\d{1,2})\\2(\\d{4}|\\d{2})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:1[89]|20)\\d\\d(?!\\d)");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<!\\d)(\\d{1,2})([-/.])(\\d{4}|\\d{2})(?!\\d)");
    /** "am", "p.m." after a time's digits ("4:50pm", "9 a.m."). */
    private static final Pattern TWELVE_HOURS = Pattern.compile("(?i)(?<=[\\d ])[ap]\\.?m\\b\\.?");
    /** An hour alone on a twelve-hour clock ("11am", "4 p.m."). */
    private static final Pattern HOUR = Pattern.compile("(?i)(?<![\\d:])(\\d{1,2})(?=[ \\t]?[ap]\\.?m\\b)");
    /** A day of the month as an ordinal ("the 23rd"). */
    private static final Pattern ORDINAL = Pattern.compile("(?i)(?<!\\d)(\\d{1,2})(st|nd|rd|th)\\b");

    private SurrogateDates() {
    }

    /**
     * @param value the date as read
     * @param draw keyed numbers: {@code draw.applyAsInt(n)} is in [0, n)
     * @return another date in the value's format, or null when no date's structure is found in it
     */
    static String of(String value, IntUnaryOperator draw) {
        String[] out = {value};
        boolean changed = byName(value, draw, out) || numeric(value, draw, out) || ordinal(value, draw, out);
        String times = times(out[0], draw);
        changed |= !times.equals(out[0]);
        if (!changed) {
            // a year alone is moved; anything else unread is left to the caller's digits for digits (never a real
            // day or month kept with only its year moved)
            String year = yearAlone(out[0], draw);
            return year.equals(value) ? null : year;
        }
        return times;
    }

    /** A day of the month as an ordinal without its month ("Friday the 23rd"): another day, its weekday another. */
    private static boolean ordinal(String value, IntUnaryOperator draw, String[] out) {
        Matcher m = ORDINAL.matcher(value);
        if (!m.find()) {
            return false;
        }
        // another day (the same one left the value unchanged, and the job failed its check), another weekday
        int day = other(Math.max(1, Math.min(28, Integer.parseInt(m.group(1)))), 28, draw);
        String now = value.substring(0, m.start()) + day + styled(ordinal(day), m.group(2)) + value.substring(m.end());
        List<String> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(now);
        while (t.find()) {
            int[] weekday = weekday(t.group());
            tokens.add(weekday == null ? t.group() : styled(WEEKDAYS[weekday[0]][other(weekday[1] + 1, 7, draw) - 1], t.group()));
        }
        out[0] = String.join("", tokens);
        return true;
    }

    /** A card's expiry ("12/27", "12/2027"): another month, the year kept; null when it is not one. */
    static String expiry(String value, IntUnaryOperator draw) {
        Matcher m = MONTH_YEAR.matcher(value);
        if (!m.find()) {
            return null;
        }
        int month = Integer.parseInt(m.group(1));
        String now = pad(other(month, 12, draw), m.group(1).length());
        return value.substring(0, m.start(1)) + now + value.substring(m.end(1));
    }

    /** A date with a month's name: its day, month (and weekday) drawn anew. */
    private static boolean byName(String value, IntUnaryOperator draw, String[] out) {
        List<String> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(value);
        while (t.find()) {
            tokens.add(t.group());
        }
        int[] found = month(tokens);
        if (found == null) {
            return false;
        }
        int monthAt = found[0];
        int table = found[1];
        int month = found[2];
        int dayAt = -1;
        int yearAt = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String s = tokens.get(i);
            boolean inTime = i > 0 && tokens.get(i - 1).endsWith(":") || i + 1 < tokens.size() && tokens.get(i + 1).startsWith(":");
            if (!Character.isDigit(s.charAt(0)) || inTime) {
                continue;
            }
            if (s.length() == 4 && yearAt < 0) {
                yearAt = i;
            } else if (s.length() <= 2 && (dayAt < 0 || Math.abs(i - monthAt) < Math.abs(dayAt - monthAt))) {
                dayAt = i; // the nearest to the month ("3 de marzo", "the 3rd of March, 2019")
            }
        }
        int newMonth = other(month, 12, draw);
        int newDay = 1 + draw.applyAsInt(28);
        tokens.set(monthAt, styled(MONTHS[table][newMonth - 1], tokens.get(monthAt)));
        if (dayAt >= 0) {
            tokens.set(dayAt, pad(newDay, tokens.get(dayAt).length()));
            // an English ordinal's letters follow the new day ("3rd" is "21st")
            if (dayAt + 1 < tokens.size() && tokens.get(dayAt + 1).toLowerCase(Locale.ROOT).matches("st|nd|rd|th")) {
                tokens.set(dayAt + 1, styled(ordinal(newDay), tokens.get(dayAt + 1)));
            }
        }
        int year = yearAt >= 0 ? Integer.parseInt(tokens.get(yearAt)) : -1;
        for (int i = 0; i < tokens.size(); i++) {
            int[] weekday = weekday(tokens.get(i));
            if (weekday != null) {
                int now = year > 0 && dayAt >= 0 ? dayOfWeek(year, newMonth, newDay, draw) : draw.applyAsInt(7);
                tokens.set(i, styled(WEEKDAYS[weekday[0]][now], tokens.get(i)));
            }
        }
        out[0] = String.join("", tokens);
        return true;
    }

    /**
     * @return {token index, table, month from 1} of the first month's name, or null: as written first ("október" is
     *     Hungarian's, not "oktober"), then without accents ("ΙΑΝΟΥΑΡΙΟΥ" in capitals)
     */
    private static int[] month(List<String> tokens) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < tokens.size(); i++) {
                String word = pass == 0 ? tokens.get(i).toLowerCase(Locale.ROOT) : plain(tokens.get(i));
                for (int k = 0; k < MONTHS.length; k++) {
                    for (int m = 0; m < 12; m++) {
                        if ((pass == 0 ? MONTHS[k][m] : plain(MONTHS[k][m])).equals(word)) {
                            return new int[] {i, k, m + 1};
                        }
                    }
                }
            }
        }
        return null;
    }

    /** A date of digits alone: year-month-day, or day and month (in either order) and a year. */
    private static boolean numeric(String value, IntUnaryOperator draw, String[] out) {
        Matcher m = YMD.matcher(value);
        if (m.find()) {
            int month = Integer.parseInt(m.group(3));
            int day = Integer.parseInt(m.group(4));
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                out[0] = value.substring(0, m.start(3)) + pad(other(month, 12, draw), m.group(3).length()) + m.group(2)
                        + pad(1 + draw.applyAsInt(28), m.group(4).length()) + value.substring(m.end(4));
                return true;
            }
        }
        m = DMY.matcher(value);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            if (a < 1 || b < 1 || a > 31 || b > 31 || a > 12 && b > 12) {
                return false;
            }
            int newA;
            int newB;
            if (a > 12) {
                newA = 1 + draw.applyAsInt(28);
                newB = other(b, 12, draw);
            } else if (b > 12) {
                newA = other(a, 12, draw);
                newB = 1 + draw.applyAsInt(28);
            } else {
                // read either way: both stay a month's number
                newA = other(a, 12, draw);
                newB = 1 + draw.applyAsInt(12);
            }
            out[0] = value.substring(0, m.start(1)) + pad(newA, m.group(1).length()) + m.group(2) + pad(newB, m.group(3).length())
                    + value.substring(m.end(3));
            return true;
        }
        return false;
    }

    /** Each time of the value, another valid one (on a twelve-hour clock when it says a.m. or p.m.). */
    private static String times(String value, IntUnaryOperator draw) {
        boolean twelve = TWELVE_HOURS.matcher(value).find();
        Matcher m = TIME.matcher(value);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find()) {
            int hour = twelve ? 1 + draw.applyAsInt(12) : draw.applyAsInt(24);
            int minute = (Integer.parseInt(m.group(3)) + 1 + draw.applyAsInt(59)) % 60; // another minute: another time
            b.append(value, last, m.start()).append(pad(hour, m.group(1).length())).append(m.group(2)).append(pad(minute, 2));
            if (m.group(4) != null) {
                b.append(':').append(pad(draw.applyAsInt(60), 2));
            }
            last = m.end();
        }
        String timed = b.append(value.substring(last)).toString();
        if (!timed.equals(value)) {
            return timed;
        }
        // an hour alone on a twelve-hour clock ("11am")
        Matcher h = HOUR.matcher(value);
        return h.find() ? value.substring(0, h.start(1)) + other(Math.max(1, Math.min(12, Integer.parseInt(h.group(1)))), 12, draw)
                + value.substring(h.end(1)) : value;
    }

    /** A year alone ("2019", "in 2019"): moved by one to three years. */
    private static String yearAlone(String value, IntUnaryOperator draw) {
        Matcher m = YEAR.matcher(value);
        if (!m.find() || value.replaceAll("\\D+", " ").strip().contains(" ")) {
            return value; // no year, or other numbers beside it: not a year alone
        }
        int year = Integer.parseInt(m.group()) + (draw.applyAsInt(2) == 0 ? -1 : 1) * (1 + draw.applyAsInt(3));
        return value.substring(0, m.start()) + year + value.substring(m.end());
    }

    /** @return a number in [1, n] other than {@code not} */
    private static int other(int not, int n, IntUnaryOperator draw) {
        int k = 1 + draw.applyAsInt(n - 1);
        return k >= not ? k + 1 : k;
    }

    private static int dayOfWeek(int year, int month, int day, IntUnaryOperator draw) {
        try {
            return LocalDate.of(year, month, day).getDayOfWeek().getValue() - 1;
        } catch (DateTimeException e) {
            return draw.applyAsInt(7);
        }
    }

    /** @return {table, index} of a weekday's name, or null */
    private static int[] weekday(String token) {
        String lower = plain(token);
        for (int k = 0; k < WEEKDAYS.length; k++) {
            for (int d = 0; d < 7; d++) {
                if (plain(WEEKDAYS[k][d]).equals(lower)) {
                    return new int[] {k, d};
                }
            }
        }
        return null;
    }

    private static String ordinal(int day) {
        return day % 10 == 1 && day != 11 ? "st" : day % 10 == 2 && day != 12 ? "nd" : day % 10 == 3 && day != 13 ? "rd" : "th";
    }

    /** A number with at least the width it replaces ("03" stays two digits). */
    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        return s.length() < width ? "0".repeat(width - s.length()) + s : s;
    }

    /**
     * A word in small letters without its accents: months are found so however written ("ΙΑΝΟΥΑΡΙΟΥ" in capitals drops the
     * accents of "ιανουαρίου"; "MARZO", "marzo" alike).
     */
    private static String plain(String word) {
        String d = java.text.Normalizer.normalize(word.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c == 'ς' ? 'σ' : c);
            }
        }
        return b.toString();
    }

    /** A word in the case of the one it replaces: capitals (Greek's without accents, as capitals are written), a capital first, or small letters. */
    private static String styled(String word, String like) {
        if (like.length() > 1 && like.equals(like.toUpperCase(Locale.ROOT))) {
            boolean greek = word.chars().anyMatch(c -> c >= 0x370 && c <= 0x3FF);
            return greek ? plain(word).toUpperCase(Locale.ROOT) : word.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(like.charAt(0))) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
        return word;
    }
}
