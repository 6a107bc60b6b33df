package org.rapport.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The "NAME: text" speaker prefix of SRT, plain text and tag-less WebVTT cues. */
class SpeakerPrefixTest {

    @Test
    void shortLabelBeforeColonIsTheSpeaker() {
        assertEquals(new CueText.Spoken("Dr Smith", "How are you?"), CueText.speakerFromPrefix("Dr Smith: How are you?"));
    }

    @Test
    void labelWithDigitsAndHyphenIsTheSpeaker() {
        assertEquals(new CueText.Spoken("Client-2", "yes"), CueText.speakerFromPrefix("Client-2: yes"));
    }

    @Test
    void sentenceWithPunctuationBeforeColonIsNotASpeaker() {
        assertEquals(new CueText.Spoken("Unknown", "Well, the thing is: no."),
                CueText.speakerFromPrefix("Well, the thing is: no."));
    }

    @Test
    void labelLongerThan30CharactersIsNotASpeaker() {
        String text = "Averyveryverylongwordthatgoesonandon: hi";
        assertEquals(new CueText.Spoken("Unknown", text), CueText.speakerFromPrefix(text));
    }

    @Test
    void clockTimeIsNotASpeaker() {
        assertEquals(new CueText.Spoken("Unknown", "10:30 is fine"), CueText.speakerFromPrefix("10:30 is fine"));
    }

    @Test
    void labelWithNothingAfterItSpeaksEmptyText() {
        assertEquals(new CueText.Spoken("T", ""), CueText.speakerFromPrefix("T:"));
    }

    @Test
    void titleWithAFullStopStartsASpeakersName() {
        assertEquals(new CueText.Spoken("Dr. Rivera", "How was the week?"),
                CueText.speakerFromPrefix("Dr. Rivera: How was the week?"));
    }

    @Test
    void initialWithAFullStopIsPartOfAName() {
        assertEquals(new CueText.Spoken("J. Okafor", "yes"), CueText.speakerFromPrefix("J. Okafor: yes"));
    }

    @Test
    void sentenceBeforeAColonIsNotASpeaker() {
        assertEquals(new CueText.Spoken("Unknown", "And then she said: no way."),
                CueText.speakerFromPrefix("And then she said: no way."));
    }

    @Test
    void sentenceEndingInAColonIsNotASpeaker() {
        assertEquals(new CueText.Spoken("Unknown", "What I told her was:"),
                CueText.speakerFromPrefix("What I told her was:"));
        assertEquals(new CueText.Spoken("Unknown", "Listen:"), CueText.speakerFromPrefix("Listen:"));
    }

    @Test
    void roleLabelInLowerCaseIsTheSpeaker() {
        assertEquals(new CueText.Spoken("client", "I guess"), CueText.speakerFromPrefix("client: I guess"));
    }

    @Test
    void lowerCaseWordBeforeAColonIsNotASpeaker() {
        assertEquals(new CueText.Spoken("Unknown", "so: what now"), CueText.speakerFromPrefix("so: what now"));
    }

    @Test
    void colonWithoutSpaceAfterItIsNotAPrefix() {
        assertEquals(new CueText.Spoken("Unknown", "see https://example.org"),
                CueText.speakerFromPrefix("see https://example.org"));
    }
}
