package io.blackbar.engine.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.blackbar.engine.api.spi.RecognizerResult;

/** The rules.json form of the contract: accepted as written there, refused with a reason otherwise. */
class RuleFileTest {

    @TempDir
    Path dir;

    static final String CONTRACT_EXAMPLE = """
            {
              "entity": "ACME_EMPLOYEE_ID",
              "category": "identifier",
              "frameworks": ["pii", "gdpr"],
              "patterns": [ { "name": "employee id", "regex": "\\\\bE-\\\\d{6}\\\\b", "score": 0.6 } ],
              "context": ["employee", "badge", "staff"],
              "denyList": [],
              "allowList": []
            }""";

    private Path write(String json) throws Exception {
        Path f = dir.resolve("x.rules.json");
        Files.writeString(f, json);
        return f;
    }

    @Test
    void readsTheContractExample() throws Exception {
        RuleFile r = RuleFile.read(write(CONTRACT_EXAMPLE));
        assertEquals("ACME_EMPLOYEE_ID", r.entity());
        assertEquals(List.of("pii", "gdpr"), r.frameworkNames());
        List<RecognizerResult> found = new RuleFileRecognizer(r).analyze("badge E-123456 and E-12345");
        assertEquals(1, found.size());
        assertEquals(6, found.get(0).start());
    }

    @Test
    void denyAndAllowLists() throws Exception {
        RuleFile r = RuleFile.read(write("""
                {"entity": "CODENAME", "category": "special", "frameworks": ["gdpr"],
                 "patterns": [{"regex": "\\\\bProject [A-Z]\\\\w+", "score": 0.7}],
                 "denyList": ["Blue Falcon"], "allowList": ["Project Alpha"]}"""));
        List<RecognizerResult> found = new RuleFileRecognizer(r).analyze("Project Alpha, Project Zeus and blue falcon.");
        assertEquals(List.of(15, 32), found.stream().map(RecognizerResult::start).sorted().toList());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"entity": "X1", "category": "identifier", "frameworks": ["pii"], "patterns": [{"regex": "(unclosed"}]} | does not compile
            {"entity": "lower", "category": "identifier", "frameworks": ["pii"], "patterns": [{"regex": "a"}]} | 'entity'
            {"entity": "X1", "category": "secret", "frameworks": ["pii"], "patterns": [{"regex": "a"}]} | 'category'
            {"entity": "X1", "category": "identifier", "frameworks": [], "patterns": [{"regex": "a"}]} | 'frameworks'
            {"entity": "X1", "category": "identifier", "frameworks": ["pii"]} | 'patterns' or a 'denyList'
            {"entity": "X1", "category": "identifier", "frameworks": ["pii"], "patterns": [{"regex": "a", "score": 2}]} | outside (0, 1]
            {"entity": "X1", "categry": "identifier"} | not a rule
            {"entity": "X1", | not valid JSON
            """)
    void refusesWithAReason(String json, String reason) throws Exception {
        RuleFile.Invalid e = assertThrows(RuleFile.Invalid.class, () -> RuleFile.read(write(json)));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }
}
