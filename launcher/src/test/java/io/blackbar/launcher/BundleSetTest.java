package io.blackbar.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The shipped set: every jar a bundle, ordered by start level, with the pieces the stack needs. */
class BundleSetTest {

    @Test
    void startLevels() {
        assertEquals(1, BundleSet.startLevel("slf4j.api"));
        assertEquals(1, BundleSet.startLevel("org.apache.aries.spifly.dynamic.bundle"));
        assertEquals(2, BundleSet.startLevel("org.glassfish.jersey.core.jersey-common"));
        assertEquals(3, BundleSet.startLevel("org.apache.felix.scr"));
        assertEquals(4, BundleSet.startLevel("io.blackbar.engine.core"));
    }

    @Test
    void shippedSetIsComplete() {
        Path folder = Path.of("target/classes/bundles");
        assertTrue(Files.isDirectory(folder), "copied by the build before tests run");
        List<BundleSet.Entry> set = BundleSet.fromFolder(folder);
        List<String> names = set.stream().map(BundleSet.Entry::symbolicName).toList();
        for (String required : List.of("org.apache.felix.scr", "org.apache.felix.http.jetty12", "org.glassfish.jersey.inject.jersey-hk2",
                "jakarta.validation.jakarta.validation-api", "org.hsqldb.hsqldb", "io.blackbar.engine.api", "io.blackbar.engine.core",
                "io.blackbar.rest", "io.blackbar.rules.pii", "io.blackbar.format.office", "io.blackbar.format.pdf",
                "io.blackbar.format.image", "org.apache.pdfbox",
                "io.blackbar.lib.poi", "org.apache.commons.commons-compress", "org.apache.commons.commons-codec",
                "org.apache.commons.commons-collections4", "org.apache.logging.log4j.api", "org.apache.logging.log4j.to.slf4j")) {
            assertTrue(names.contains(required), required + " missing from " + names);
        }
        for (int i = 1; i < set.size(); i++) {
            assertTrue(set.get(i - 1).startLevel() <= set.get(i).startLevel(), "ordered by start level");
        }
    }
}
