package io.blackbar.rules.pcidss.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/**
 * The cardholder's name: cardholder data under PCI DSS whether or not the name is in a name list.
 * Where a payment form labels it ("Cardholder: JANE A DOE", "Name on card: Jane Doe"); and next to a
 * card number that passes Luhn, before it ("JANE A DOE 4111 1111 1111 1111", a card's layout, or on
 * the line above) or after it and maybe its expiry date ("4111111111111111, 08/27, Jane Doe"): two to
 * four capitalised words or initials, none of them a word of a card or a payment form ("Visa Gold",
 * "Transaction History"), which those often stand next to instead.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "CARDHOLDER_NAME", frameworks = "pci-dss")
public class CardholderNameRecognizer extends CardDataRecognizer {

    /** Words of cards and payment forms, which a capitalised run next to a card number often is instead of a name. */
    static final List<String> NOT_NAMES = List.of("visa", "mastercard", "master", "card", "cards", "amex", "american",
            "express", "discover", "diners", "club", "jcb", "unionpay", "maestro", "electron", "credit", "debit", "prepaid",
            "number", "no", "nr", "num", "exp", "expiry", "expires", "expiration", "valid", "thru", "through", "until",
            "good", "cvv", "cvc", "cvv2", "cid", "pin", "pan", "account", "acct", "payment", "pay", "paid", "total",
            "amount", "order", "invoice", "receipt", "ref", "reference", "date", "time", "name", "holder", "cardholder",
            "bank", "customer", "client", "billing", "shipping", "charge", "charged", "transaction", "transactions",
            "history", "summary", "details", "detail", "method", "type", "statement", "information", "info", "status",
            "balance", "limit", "due", "merchant", "terminal", "approved", "declined", "authorized", "authorised", "auth",
            "code", "id", "ending", "last", "digits", "new", "old", "primary", "secondary", "business", "personal",
            "corporate", "gold", "platinum", "classic", "standard", "rewards", "signature", "world", "elite", "premier",
            "black", "infinite", "the", "your", "my", "our", "on", "for", "and", "or", "of", "to", "from", "with", "by",
            "at", "in", "is", "was", "use", "used", "test", "sample", "example", "note", "see", "dear");

    /** A capitalised word that is not one of {@link #NOT_NAMES}. */
    private static final String WORD = "(?!(?i:" + String.join("|", NOT_NAMES) + ")(?![\\p{L}'-]))\\p{Lu}[\\p{L}'-]+";
    /** Two to four words, the first and last whole, an initial between; nothing of a word after it. */
    private static final String NAME = "(?<value>" + WORD + "(?:[ \\t]+(?:" + WORD + "|\\p{Lu}\\.?)){0,2}[ \\t]+" + WORD
            + ")(?![\\p{L}\\d'-])";
    /** An expiry date that may stand between a card number and the name after it. */
    private static final String EXPIRY = "(?:(?i:exp(?:iry|ires)?\\.?|valid[ \\t]+thru)[ \\t]*:?[ \\t]*)?"
            + "(?:0[1-9]|1[0-2])[ \\t]?/[ \\t]?(?:\\d{2}|20\\d{2})";

    public CardholderNameRecognizer() {
        super("CARDHOLDER_NAME", Category.PERSONAL, List.of(NamedPattern.of("labelled cardholder",
                "(?i:\\b(?:card[ \\t]?holder(?:'s)?(?:[ \\t]+name)?|name[ \\t]+on[ \\t]+(?:the[ \\t]+)?card)[ \\t]*[:#-]?[ \\t]*)"
                        + "(?<value>\\p{Lu}[\\p{L}'.-]*(?:[ \\t]\\p{Lu}[\\p{L}'.-]*){0,3})", 0.8),
                NamedPattern.of("name before card number", "(?<![\\p{L}\\d'-])" + NAME + BESIDE + PAN, 0.7),
                NamedPattern.of("name after card number",
                        PAN + BESIDE + "(?:" + EXPIRY + BESIDE + ")?" + NAME, 0.7)),
                Set.of("card", "visa", "mastercard", "amex", "payment"));
    }
}
