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
}
