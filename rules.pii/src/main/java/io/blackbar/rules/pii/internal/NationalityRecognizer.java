package io.blackbar.rules.pii.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;

/**
 * A person's nationality, where a text says it of a person: after a form's label ("Nationality: German",
 * "Citizenship: Brazilian") or stated of someone ("I am Cambodian", "we are proud Saudis", "she's
 * Irish"). National (and often ethnic) origin is personal data, and under GDPR Art. 9 ethnic origin is a
 * special category. The same words of a thing ("Spanish food", "a German bank", "the French government")
 * are not a person's and are not found.
 */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "NATIONALITY", frameworks = {"pii", "gdpr"})
public class NationalityRecognizer extends PatternRecognizer {

    /** The demonyms of the countries, as adjectives and as nouns, in lower case. */
    static final List<String> DEMONYMS = List.of(("afghan albanian algerian american andorran angolan argentine argentinian"
            + " armenian australian austrian azerbaijani bahamian bahraini bangladeshi barbadian belarusian belgian"
            + " belizean belizian beninese bhutanese bolivian bosnian botswanan brazilian british bruneian bulgarian"
            + " burkinabe burmese burundian cambodian cameroonian canadian cape-verdean chadian chilean chinese colombian"
            + " comorian congolese croatian cuban cypriot czech dane danish djiboutian dominican dutch ecuadorian"
            + " ecuadorean egyptian emirati english englishman englishwoman eritrean estonian ethiopian fijian filipino"
            + " filipina finn finnish french frenchman frenchwoman gabonese gambian georgian german ghanaian greek"
            + " greenlander greenlandic grenadian guatemalan guinean guyanese haitian honduran hungarian icelander"
            + " icelandic indian indonesian iranian iraqi irish irishman irishwoman israeli italian ivorian jamaican"
            + " japanese jordanian kazakh kazakhstani kenyan korean kosovar kuwaiti kyrgyz laotian latvian lebanese"
            + " liberian libyan liechtensteiner lithuanian luxembourger luxembourgish macedonian malagasy malawian"
            + " malaysian maldivian malian maltese mauritanian mauritian mexican moldovan monegasque mongolian"
            + " montenegrin moroccan mozambican namibian nepalese nepali nicaraguan nigerian nigerien norwegian omani"
            + " pakistani palestinian panamanian paraguayan peruvian polish portuguese qatari romanian russian"
            + " rwandan salvadoran salvadorian samoan saudi scot scots scottish scotsman scotswoman senegalese serb"
            + " serbian singaporean slovak slovakian slovene slovenian somali spaniard spanish sudanese surinamese"
            + " swede swedish swiss syrian taiwanese tajik tanzanian thai togolese tongan trinidadian tunisian turk"
            + " turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh welshman welshwoman"
            + " yemeni zambian zimbabwean").split(" "));

    /** Demonyms of two words ("New Zealander", "South African"). */
    static final List<String> MULTI_WORD = List.of("new zealander", "south african", "south korean", "north korean",
            "sri lankan", "costa rican", "puerto rican", "sierra leonean", "saudi arabian", "hong konger");

    /** Every demonym, longest first, a space as any run of blanks, with its plurals ("saudis", "swisses" aside). */
    private static final String DEMONYM = Stream.concat(MULTI_WORD.stream(), DEMONYMS.stream())
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(d -> d.replace(" ", "[ \\t]+").replace("-", "[ -]"))
            .collect(Collectors.joining("|", "(?:", ")(?:e?s)?"));

    public NationalityRecognizer() {
        super("NATIONALITY", Category.PERSONAL, List.of(
                NamedPattern.ofIgnoreCase("nationality label", "\\b(?:nationality|citizenship|ethnicity|national origin)"
                        + "[ \\t]*[:=-]?[ \\t]*(?<value>" + DEMONYM + ")(?![\\p{L}])", 0.75),
                NamedPattern.ofIgnoreCase("stated of a person", "\\b(?:i[ \\t]+am|i'm|i’m|we[ \\t]+are|we're|we’re|he[ \\t]+is"
                        + "|she[ \\t]+is|he's|she's|he’s|she’s|they[ \\t]+are|they're|they’re|you[ \\t]+are|you're|you’re)"
                        + "(?:[ \\t]+(?:a|an|also|proud|both|half|originally|fully|ethnically))*[ \\t]+"
                        + "(?<value>" + DEMONYM + ")(?![\\p{L}-])(?![ \\t]+(?:food|cuisine|restaurant|place|film|movie|music"
                        + "|company|bank|speaker|teacher|class|course|version|translation|edition|style|wine|beer))",
                        0.6)),
                Set.of("nationality", "citizenship", "citizen", "passport", "origin"));
    }
}
