package io.blackbar.rules.pii.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The name dictionaries: US Census 2010 first names and surnames (via phileas, Apache-2.0) with the
 * given names and surnames of Presidio research's FakeNameGenerator sample (MIT), lower case; and the
 * capitalised English words that are not names on the dictionary's word alone. Loaded once.
 */
final class NameLists {

    final Set<String> first;
    final Set<String> surnames;
    final Set<String> notNames;

    private NameLists() {
        first = load("names/first-names.txt.gz", true);
        surnames = load("names/surnames.txt.gz", true);
        notNames = load("names/not-names.txt", false);
    }

    private static final class Holder {
        static final NameLists INSTANCE = new NameLists();
    }

    static NameLists get() {
        return Holder.INSTANCE;
    }

    private static Set<String> load(String resource, boolean gzip) {
        Set<String> out = new HashSet<>();
        try (InputStream raw = NameLists.class.getClassLoader().getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IOException("missing " + resource);
            }
            InputStream in = gzip ? new GZIPInputStream(raw) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                for (String w : line.trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        out.add(w);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
