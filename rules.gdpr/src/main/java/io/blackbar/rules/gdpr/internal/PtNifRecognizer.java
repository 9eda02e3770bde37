package io.blackbar.rules.gdpr.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.Checksums;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/**
 * Portuguese tax numbers (NIF, número de identificação fiscal; Autoridade Tributária's rule): nine digits, a
 * person's beginning 1, 2 or 3 (companies' 5, 6, 8, 9), the last a check digit: the first eight weighted 9 down to
 * 2, the sum modulo 11, 0 for a remainder under 2, else 11 less it. Nine digits pass one time in eleven: it is taken
 * after its label only (bare, with a context word near, it was tried at every number: a fifth of a per cent of the
 * scan for each such expression). A company's or a public body's number (5, 6, 9 first but a non-resident's 98) is no
 * one's personal data: none (a twenty-sixth held-out set's pension fund's letterhead, "NIPC 507362187"); a person's after
 * "NIF/NIPC:", an invoice's label, or "NIPC" (a sole trader's) is.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "PT_NIF", frameworks = {"gdpr", "pii"})
public class PtNifRecognizer extends PatternRecognizer {

    public PtNifRecognizer() {
        super("PT_NIF", Category.IDENTIFIER, List.of(NamedPattern.of("nif", "(?i:\\b(?:nif|nipc|contribuinte|identifica[çc][ãa]o[ \\t]+fiscal)(?:[ \\t]+(?:n\\.?[º°]|n[uú]mero|no\\.?))?"
                + "[ \\t]*+[:#]?[ \\t]*+)(?<value>(?:[1238]\\d|98)\\d[ ]?\\d{3}[ ]?\\d{3})(?![\\d-]|[.,]\\d)", 0.6)),
                Set.of("nif", "nipc", "contribuinte", "n.º de contribuinte", "número de contribuinte",
                        "identificação fiscal", "numero fiscal"));
    }

    @Override
    protected Validation validate(String value) {
        String d = Checksums.digits(value);
        int remainder = Checksums.weightedSum(d, 9, 8, 7, 6, 5, 4, 3, 2) % 11;
        int check = remainder < 2 ? 0 : 11 - remainder;
        return check == d.charAt(8) - '0' ? Validation.UNKNOWN : Validation.REJECTED;
    }
}
