package org.rapport.app.deidentify;

import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifiers found by their form rather than by a list: e-mail addresses, URLs, phone numbers, dates (all but
 * the year) and long digit runs. E-mail addresses and URLs are taken first (a name inside one goes with it), then
 * the listed identifiers, then the rest in this order; a span taken once is not looked at again.
 */
final class MaskRules {
    /** A rule: its name in the review list, what it matches, and what it writes instead. */
    record Rule(String name, Pattern pattern, Function<MatchResult, String> replacement) {
    }

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String DAY = "(?:[0-3]?\\d)(?:st|nd|rd|th)?";
    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";

    static final List<Rule> BEFORE_NAMES = List.of(
            new Rule("email", Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+"),
                    m -> "[EMAIL]"),
            new Rule("url", Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]*[^\\s<>\".,;:!?)\\]'}]"),
                    m -> "[URL]"));

    static final List<Rule> AFTER_NAMES = List.of(
            // dates with a year keep it (HIPAA Safe Harbor allows the year): ISO, d/m/y or m/d/y, 12 March 2024,
            // March 12, 2024
            new Rule("date", Pattern.compile(NOT_WORD_BEFORE + "(?:(?<y1>\\d{4})-[01]?\\d-[0-3]?\\d"
                    + "|[0-3]?\\d[/.][0-3]?\\d[/.](?<y2>\\d{4}|\\d{2})"
                    + "|" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+(?<y3>\\d{4})"
                    + "|" + MONTH + "\\s+" + DAY + ",?\\s+(?<y4>\\d{4}))" + NOT_WORD_AFTER,
                    Pattern.CASE_INSENSITIVE), MaskRules::dateWithYear),
            // phone numbers: 7 or more digits in groups, with an optional +country code and (area code)
            new Rule("phone", Pattern.compile(NOT_WORD_BEFORE + "(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{1,5}\\)[ .-]?)?"
                    + "\\d{2,5}(?:[ .-]\\d{2,5}){1,4}" + NOT_WORD_AFTER), MaskRules::phoneOrNot),
            // dates without a year: 12 March, March 12th
            new Rule("date", Pattern.compile(NOT_WORD_BEFORE + "(?:" + DAY + "\\s+(?:of\\s+)?" + MONTH + "|" + MONTH
                    + "\\s+" + DAY + ")" + NOT_WORD_AFTER, Pattern.CASE_INSENSITIVE), m -> "[DATE]"),
            new Rule("digits", Pattern.compile(NOT_WORD_BEFORE + "\\d{5,}" + NOT_WORD_AFTER), m -> "[NUMBER]"));

    private MaskRules() {
    }

    private static String dateWithYear(MatchResult m) {
        Matcher g = (Matcher) m;
        for (String group : List.of("y1", "y2", "y3", "y4")) {
            if (g.group(group) != null) return "[DATE " + g.group(group) + "]";
        }
        return "[DATE]";
    }

    /** A digit group is a phone number when it has at least 7 digits; else it is left (null). */
    private static String phoneOrNot(MatchResult m) {
        int digits = 0;
        for (char c : m.group().toCharArray()) if (Character.isDigit(c)) digits++;
        return digits >= 7 ? "[PHONE]" : null;
    }
}
