package io.blackbar.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** What the embedded framework's system bundle exports of the engine API: what the API's own manifest says. */
class EmbeddedTest {

    @Test
    void exportsTheEngineApiAtItsOwnVersions() throws Exception {
        String exports = Embedded.engineApiExports();
        // each package with a version, read from the manifest (bnd writes it from the package-info @Version)
        assertTrue(Pattern.compile("io\\.blackbar\\.engine\\.api;version=\"\\d+\\.\\d+\\.\\d+\"").matcher(exports).find(), exports);
        assertTrue(Pattern.compile("io\\.blackbar\\.engine\\.api\\.spi;version=\"\\d+\\.\\d+\\.\\d+\"").matcher(exports).find(), exports);
        assertTrue(exports.contains("io.blackbar.engine.api.spi;version=\"1.7.0\""),
                "the SPI is at 1.7.0 since DocumentLimits.tempDir: " + exports);
    }
}
