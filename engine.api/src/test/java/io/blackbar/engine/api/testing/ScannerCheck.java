package io.blackbar.engine.api.testing;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;

import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.PatternScanner;

/**
 * For recognizer tests: every pattern of a {@link PatternRecognizer}, run through {@link PatternScanner},
 * must find exactly what {@code Matcher.find()} finds (the scanner only skips positions where no match
 * can begin). The texts: the caller's examples, the same examples shuffled into one another, and random
 * characters drawn from them.
 */
public final class ScannerCheck {

    private ScannerCheck() {
    }

    /**
     * @param recognizer the recognizer whose patterns are checked
     * @param examples texts that contain what it finds and what it must not
     * @return a description of the first difference, or null when there is none
     */
    public static String differences(PatternRecognizer recognizer, List<String> examples) {
        List<String> texts = texts(examples);
        for (NamedPattern p : patterns(recognizer)) {
            PatternScanner scanner = PatternScanner.of(p.pattern());
            for (String text : texts) {
                List<String> expected = new ArrayList<>();
                Matcher m = p.pattern().matcher(text);
                while (m.find()) {
                    expected.add(m.start() + "-" + m.end());
                }
                List<String> actual = new ArrayList<>();
                scanner.forEachMatch(text, x -> actual.add(x.start() + "-" + x.end()));
                if (!expected.equals(actual)) {
                    return recognizer.getClass().getSimpleName() + " pattern '" + p.name() + "': find() gave "
                            + expected + ", the scanner " + actual;
                }
            }
        }
        return null;
    }

    /**
     * @param recognizer a pattern recognizer
     * @return its patterns (the protected {@code patterns()}, read for tests)
     */
    @SuppressWarnings("unchecked")
    public static List<NamedPattern> patterns(PatternRecognizer recognizer) {
        try {
            Method m = PatternRecognizer.class.getDeclaredMethod("patterns");
            m.setAccessible(true);
            return (List<NamedPattern>) m.invoke(recognizer);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(List<String> examples) {
        List<String> texts = new ArrayList<>(examples);
        Random random = new Random(7);
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            List<String> shuffled = new ArrayList<>(examples);
            java.util.Collections.shuffle(shuffled, random);
            shuffled.forEach(e -> joined.append(e).append(random.nextBoolean() ? " " : "\n"));
        }
        texts.add(joined.toString());
        texts.addAll(randomTexts(joined + "0123456789 ,.-:/()+#@\n\u00e9\u00df\u212a\u0130", 20, 400, 7));
        return texts;
    }

    /**
     * @param alphabet the characters to draw from (repeats weigh more)
     * @param count how many texts
     * @param length the length of each
     * @param seed the random seed
     * @return texts of characters drawn at random from the alphabet
     */
    public static List<String> randomTexts(String alphabet, int count, int length, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < length; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(b.toString());
        }
        return texts;
    }

    /**
     * @param anyInPackage a class of the package whose recognizers are wanted
     * @return a new instance of every concrete {@link PatternRecognizer} of that package with a no-argument
     *     constructor, read from the compiled classes next to the given one
     */
    public static List<PatternRecognizer> recognizersBeside(Class<?> anyInPackage) {
        try {
            List<PatternRecognizer> out = new ArrayList<>();
            for (Class<?> c : classesBeside(anyInPackage)) {
                if (!c.getName().contains("$") && PatternRecognizer.class.isAssignableFrom(c)
                        && !java.lang.reflect.Modifier.isAbstract(c.getModifiers())) {
                    java.lang.reflect.Constructor<?> k = c.getDeclaredConstructor();
                    k.setAccessible(true);
                    out.add((PatternRecognizer) k.newInstance());
                }
            }
            return out;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param anyInPackage a class of a package
     * @return every class of that package (nested ones too) read from the compiled classes next to the given one, by name
     */
    private static List<Class<?>> classesBeside(Class<?> anyInPackage) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of(anyInPackage.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve(anyInPackage.getPackageName().replace('.', '/'));
            List<Class<?>> out = new ArrayList<>();
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".class")) {
                        out.add(Class.forName(anyInPackage.getPackageName() + "." + name.substring(0, name.length() - 6)));
                    }
                }
            }
            return out;
        } catch (ClassNotFoundException | java.net.URISyntaxException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param tableTests test classes with {@code @CsvSource} tables
     * @return every cell of every row of their tables (the texts among them)
     */
    public static List<String> tableTexts(Class<?>... tableTests) {
        List<String> out = new ArrayList<>();
        for (Method m : java.util.Arrays.stream(tableTests).flatMap(c -> java.util.Arrays.stream(c.getDeclaredMethods())).toList()) {
            org.junit.jupiter.params.provider.CsvSource table = m.getAnnotation(org.junit.jupiter.params.provider.CsvSource.class);
            if (table == null) {
                continue;
            }
            String delimiter = table.delimiterString().isEmpty() ? String.valueOf(table.delimiter()) : table.delimiterString();
            List<String> rows = new ArrayList<>(List.of(table.value()));
            rows.addAll(table.textBlock().lines().toList());
            for (String row : rows) {
                for (String cell : row.split(java.util.regex.Pattern.quote(delimiter), -1)) {
                    out.add(cell.strip());
                }
            }
        }
        return out;
    }

    /**
     * @param anyInPackage a class of the package whose recognizers are checked
     * @param tableTests the package's table tests, whose texts are the examples
     * @return the first difference of any of those recognizers, or null when there is none
     * @throws IllegalStateException when the package has no pattern recognizer (nothing would be checked)
     */
    public static String differencesBeside(Class<?> anyInPackage, Class<?>... tableTests) {
        List<PatternRecognizer> recognizers = recognizersBeside(anyInPackage);
        if (recognizers.isEmpty()) {
            throw new IllegalStateException("no pattern recognizer beside " + anyInPackage);
        }
        List<String> examples = tableTexts(tableTests);
        for (PatternRecognizer r : recognizers) {
            String difference = differences(r, examples);
            if (difference != null) {
                return difference;
            }
        }
        return null;
    }

    /**
     * Java's lookbehinds take their longest reach from the expression's analysis, which an unbounded quantifier inside one
     * ({@code +}, {@code *}, {@code {n,}}) overflows without an error: the lookbehind then silently fails for some
     * texts that fit it ("(?<=call(?:[ ]+him)?(?:[ ]+on)?[ ])0\\d+" finds nothing in "call him on 0412345678" on
     * OpenJDK 17, a session's probe). This finds such quantifiers; write a bound instead ({@code [ \\t]{1,3}}).
     *
     * @param regex an expression's source
     * @return the offsets of the unbounded quantifiers inside lookbehinds, as "offset: context", empty when none
     */
    public static List<String> unboundedInLookbehind(String regex) {
        List<String> out = new ArrayList<>();
        java.util.ArrayDeque<Boolean> groups = new java.util.ArrayDeque<>(); // per open group: whether it is a lookbehind
        int behind = 0; // how many open groups are lookbehinds
        boolean afterAtom = false; // whether a quantifier here would apply to an atom (not to a quantifier)
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                if (i + 1 < regex.length() && regex.charAt(i + 1) == 'Q') {
                    int e = regex.indexOf("\\E", i + 2);
                    i = e < 0 ? regex.length() : e + 1;
                } else {
                    i++;
                    if (i < regex.length() && "pPk".indexOf(regex.charAt(i)) >= 0 && i + 1 < regex.length()
                            && (regex.charAt(i + 1) == '{' || regex.charAt(i + 1) == '<')) {
                        i = regex.indexOf(regex.charAt(i + 1) == '{' ? '}' : '>', i);
                    }
                }
                afterAtom = true;
            } else if (c == '[') {
                i = classEnd(regex, i);
                afterAtom = true;
            } else if (c == '(') {
                boolean lookbehind = regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i);
                groups.push(lookbehind);
                behind += lookbehind ? 1 : 0;
                afterAtom = false;
            } else if (c == ')') {
                if (!groups.isEmpty() && groups.pop()) {
                    behind--;
                }
                afterAtom = true;
            } else if (c == '*' || c == '+' || c == '{') {
                int end = c == '{' ? regex.indexOf('}', i) : i;
                boolean unbounded = c != '{' || regex.substring(i, end).endsWith(",");
                if (behind > 0 && afterAtom && unbounded) {
                    out.add(i + ": " + regex.substring(Math.max(0, i - 30), Math.min(regex.length(), i + 10)));
                }
                i = end;
                afterAtom = false;
            } else if (c == '?') {
                afterAtom = false;
            } else if (c == '|') {
                afterAtom = false;
            } else {
                afterAtom = true;
            }
        }
        return out;
    }

    /** @return the offset of the {@code ]} that closes the class opened at {@code open} */
    private static int classEnd(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++; // a leading ] is a character
        }
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
            } else if (c == ']') {
                return i;
            }
        }
        return regex.length();
    }

    /**
     * @param anyInPackage a class of the package whose expressions are checked
     * @return every pattern of its recognizers, and every static {@link java.util.regex.Pattern} field of its classes
     *     (nested ones too), with an unbounded quantifier inside a lookbehind ({@link #unboundedInLookbehind}), as
     *     "Class 'pattern or field' offset: context"
     */
    public static List<String> unboundedLookbehindsBeside(Class<?> anyInPackage) {
        List<String> out = new ArrayList<>();
        for (PatternRecognizer r : recognizersBeside(anyInPackage)) {
            for (NamedPattern p : patterns(r)) {
                for (String at : unboundedInLookbehind(p.pattern().pattern())) {
                    out.add(r.getClass().getSimpleName() + " '" + p.name() + "' " + at);
                }
            }
        }
        try {
            for (Class<?> c : classesBeside(anyInPackage)) {
                for (java.lang.reflect.Field field : c.getDeclaredFields()) {
                    if (field.getType() != java.util.regex.Pattern.class || !java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    field.setAccessible(true);
                    java.util.regex.Pattern pattern = (java.util.regex.Pattern) field.get(null);
                    for (String at : pattern == null ? List.<String>of() : unboundedInLookbehind(pattern.pattern())) {
                        out.add(c.getSimpleName() + " '" + field.getName() + "' " + at);
                    }
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
