package org.rapport.app.deidentify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapport.model.session.Session;

class DeidentifierTest {
    private static final List<Session> SESSIONS = List.of(
            new Session(1, "s01", "Maria Lopez", "Dr. Rivera", 1, LocalDate.of(2024, 3, 1), null, null, null),
            new Session(2, "s02", "C-102", "Dr. Rivera", 2, null, null, null, null),
            new Session(3, "maria-s3", "Maria Lopez", "J. Okafor", 3, null, null, null, null));
    private static final IdentifierList LIST = new IdentifierList(List.of(
            new IdentifierList.Identifier(IdentifierList.Kind.NAME, List.of("Ana Petrov", "Ana")),
            new IdentifierList.Identifier(IdentifierList.Kind.PLACE, List.of("Leeds"))));

    private static String clean(String text) {
        return new Deidentifier(SESSIONS, LIST, false).text(text, "s01", "text");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "mail me at ana.p+x@mail.example.co.uk today | mail me at [EMAIL] today",
            "see https://example.org/a?b=1). | see [URL]).",
            "or www.example.org, then | or [URL], then",
            "on 2024-03-12 | on [DATE 2024]",
            "on 12/03/2024 and 12.3.24 | on [DATE 2024] and [DATE 24]",
            "on 12 March 2024, or March 12th, 2024 | on [DATE 2024], or [DATE 2024]",
            "born 3rd of May; back Sept. 4 | born [DATE]; back [DATE]",
            "call 0113 496 0000 or +44 (0)113 496-0000 | call [PHONE] or [PHONE]",
            "SSN 123-45-6789 | SSN [PHONE]",
            "MRN 4857773456, ZIP 90210 | MRN [NUMBER], ZIP [NUMBER]",
            "in 2019 we had 3 sessions at 10:30, 1 2 3 | in 2019 we had 3 sessions at 10:30, 1 2 3",
            "Maria, maria-lopez and MARIA LOPEZ | Client-1, Client-1 and Client-1",
            "Ms Lopez met Dr. Rivera, Dr Rivera, Rivera | Client-1 met Therapist-1, Therapist-1, Therapist-1",
            "C-102 and J. Okafor and Okafor | Client-2 and Therapist-2 and Therapist-2",
            "Ana Petrov in Leeds; Anabel and Leedsford stay | Name-1 in Place-1; Anabel and Leedsford stay"})
    void rulesAndTermsReplaceWhatTheyShouldAndNothingElse(String text, String expected) {
        assertEquals(expected, clean(text));
    }

    @Test
    void namesCanBeMaskedAndSessionNamesStayUnique() {
        Deidentifier d = new Deidentifier(SESSIONS, LIST, true);
        assertEquals("[NAME] told [NAME] about [PLACE]", d.text("Maria told Dr. Rivera about Leeds", "s01", "text"));
        Deidentifier p = new Deidentifier(List.of(SESSIONS.get(0),
                new Session(7, "lopez-1", "X", null, null, null, null, null, null),
                new Session(8, "maria-1", "Maria Lopez", null, null, null, null, null, null)), LIST, false);
        assertEquals("Client-1-1", p.sessionName(new Session(7, "lopez-1", null, null, null, null, null, null, null)));
        assertEquals("Client-1-1-8", p.sessionName(new Session(8, "maria-1", null, null, null, null, null, null, null)));
    }

    @Test
    void theKeyListsEveryPseudonymAndTheReviewCountsEachReplacement() {
        Deidentifier d = new Deidentifier(SESSIONS, LIST, false);
        d.text("Maria and Maria and 0113 496 0000", "s01", "text");
        assertEquals(List.of(new KeyEntry("Client-1", "client", "Maria Lopez"),
                new KeyEntry("Therapist-1", "therapist", "Dr. Rivera"), new KeyEntry("Client-2", "client", "C-102"),
                new KeyEntry("Therapist-2", "therapist", "J. Okafor"), new KeyEntry("Name-1", "name", "Ana Petrov, Ana"),
                new KeyEntry("Place-1", "place", "Leeds")), d.key());
        assertEquals(List.of(new Replacement("s01", "text", "client", "Maria", "Client-1", 2),
                new Replacement("s01", "text", "phone", "0113 496 0000", "[PHONE]", 1)), d.replacements());
    }

    @Test
    void offsetsMoveWithTheReplacements() {
        Redacted r = new Deidentifier(SESSIONS, LIST, false).redact("I told Maria Lopez about it", "s01", "text");
        assertEquals("I told Client-1 about it", r.text());
        assertEquals(2, r.map(2, false));                    // "told": before the name, unchanged
        assertEquals(7, r.map(7, false));                    // the name's start
        assertEquals(15, r.map(18, true));                   // the name's end
        assertEquals(7, r.map(13, false));                   // "Lopez" alone: inside, the whole pseudonym
        assertEquals(15, r.map(18, true));
        assertEquals(16, r.map(19, false));                  // "about": after, shifted
    }
}
