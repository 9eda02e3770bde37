package io.blackbar.rules.pii.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.blackbar.engine.api.Category;
import io.blackbar.engine.api.spi.NamedPattern;
import io.blackbar.engine.api.spi.PatternRecognizer;
import io.blackbar.engine.api.spi.Recognizer;
import io.blackbar.engine.api.spi.RecognizerProperties;
import io.blackbar.engine.api.spi.Validation;

/** IPv4 addresses (four octets 0-255, not part of a longer dotted run such as a version or OID). */
@Component(service = Recognizer.class)
@RecognizerProperties(entity = "IP_ADDRESS", frameworks = {"pii", "hipaa", "gdpr"})
public class IpAddressRecognizer extends PatternRecognizer {

    public IpAddressRecognizer() {
        super("IP_ADDRESS", Category.ONLINE, List.of(NamedPattern.of("ipv4",
                // not a version's four numbers ("Version 4.12.0.3", "v1.2.3.4", "build 10.0.19045.1"): looked back at after the
                // match, which the scanner sees past
                // nor a browser's version after its product's name in a user agent ("Chrome/131.0.0.0"); a host's name and
                // a slash before an address is Java's way of writing one ("localhost/127.0.0.1")
                "(?<![\\d.]|(?:Chrome|Chromium|Safari|Firefox|Version|Edg|Edge|OPR|Opera|AppleWebKit|Gecko|Mobile|Trident|CriOS"
                + "|FxiOS|SamsungBrowser|YaBrowser|Vivaldi|Brave)/)(?:\\d{1,3}\\.){3}\\d{1,3}(?![\\d]|\\.\\d)"
                + "(?<!\\b(?i:version|ver|v|release|build|firmware|rev|update)[ \\t.:]{0,2}\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})", 0.6),
                NamedPattern.of("ipv6", "(?<![\\w:])(?:[0-9A-Fa-f]{1,4}:{1,2}){2,7}[0-9A-Fa-f]{1,4}(?![\\w:])|(?<![\\w:])::(?:[0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4}(?![\\w:])", 0.6)),
                Set.of("ip", "ip address", "host", "client", "server", "address"));
    }

    @Override
    protected Validation validate(String value) {
        if (value.indexOf(':') >= 0) {
            return validIpv6(value) ? Validation.CONFIRMED : Validation.REJECTED;
        }
        for (String octet : value.split("\\.")) {
            if (Integer.parseInt(octet) > 255 || octet.length() > 1 && octet.charAt(0) == '0') {
                return Validation.REJECTED;
            }
        }
        return Validation.UNKNOWN;
    }

    /** Eight groups, or fewer with exactly one "::"; at least one group not purely decimal (so not a time). */
    static boolean validIpv6(String v) {
        int doubles = v.split("::", -1).length - 1;
        String[] groups = v.replace("::", ":").replaceAll("^:|:$", "").split(":");
        boolean hexLetter = v.chars().anyMatch(c -> Character.isLetter(c));
        return doubles <= 1 && (doubles == 1 ? groups.length < 8 : groups.length == 8) && (hexLetter || groups.length >= 5);
    }
}
