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
            java.nio.file.Path dir = java.nio.file.Path.of(anyInPackage.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .resolve(anyInPackage.getPackageName().replace('.', '/'));
            List<PatternRecognizer> out = new ArrayList<>();
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (!name.endsWith(".class") || name.contains("$")) {
                        continue;
                    }
                    Class<?> c = Class.forName(anyInPackage.getPackageName() + "." + name.substring(0, name.length() - 6));
                    if (PatternRecognizer.class.isAssignableFrom(c) && !java.lang.reflect.Modifier.isAbstract(c.getModifiers())) {
                        java.lang.reflect.Constructor<?> k = c.getDeclaredConstructor();
                        k.setAccessible(true);
                        out.add((PatternRecognizer) k.newInstance());
                    }
                }
            }
            return out;
        } catch (ReflectiveOperationException | java.net.URISyntaxException | java.io.IOException e) {
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
}
