package io.blackbar.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Derives {@code rules.pii}'s {@code names/login-words.txt.gz}: the English words that read as a login's initial or two
 * and a surname of the name lists ("branch" is "b" and Ranch, "scanner" "s" and Canner, "driver" "d" and River), some
 * one in eight of the dictionary's words of five letters or more. A rule that takes a login by that shape alone ("export
 * by branch", "(user: scanner)", a review's) leaves these out. The words are those of Debian's {@code wamerican} (SCOWL)
 * in small letters only, checked against the shipped surname lists as {@code UsernameRecognizer.initialsAndSurname}
 * checks a login (one or two letters, then a surname of four letters or more). {@code bench/run login-words} writes it.
 */
public final class LoginWords {

    private LoginWords() {
    }

    /**
     * @param args {@code american-english names-folder}
     */
    public static void main(String[] args) throws IOException {
        Path dict = Path.of(args[0]);
        Path names = Path.of(args[1]);
        Set<String> surnames = new HashSet<>(lines(names.resolve("surnames.txt.gz")));
        surnames.addAll(lines(names.resolve("world-surnames.txt.gz")));
        Set<String> out = new TreeSet<>();
        for (String word : lines(dict)) {
            if (word.length() >= 5 && word.chars().allMatch(c -> c >= 'a' && c <= 'z')
                    && (surnames.contains(word.substring(1)) || word.length() >= 6 && surnames.contains(word.substring(2)))) {
                out.add(word);
            }
        }
        Path file = names.resolve("login-words.txt.gz");
        try (OutputStream raw = Files.newOutputStream(file); Writer w = new OutputStreamWriter(new GZIPOutputStream(raw),
                StandardCharsets.UTF_8)) {
            w.write("# English words that read as an initial or two and a surname of the name lists: derived by\n"
                    + "# io.blackbar.bench.LoginWords (`bench/run login-words`) from Debian's wamerican word list (SCOWL,\n"
                    + "# Copyright 2000-2011 by Kevin Atkinson; its terms in login-words.LICENSE beside this file; see NOTICE).\n");
            for (String word : out) {
                w.write(word);
                w.write('\n');
            }
        }
        System.out.println(out.size() + " words written to " + file);
    }

    private static Set<String> lines(Path file) throws IOException {
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(file.toString().endsWith(".gz")
                ? new GZIPInputStream(Files.newInputStream(file)) : Files.newInputStream(file), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    out.add(line.trim());
                }
            }
        }
        return out;
    }
}
