package org.rapport.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.rapport.transcript.Fixtures.path;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.model.session.Participant;
import org.rapport.model.session.Role;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;

/** Reading each format from the fixture files gives the utterances, speakers and roles written in them. */
class ReadFormatsTest {

    @Test
    void webVttReadsVoicesPrefixesIdentifiersSettingsAndSkipsNotesAndStyles() throws IOException {
        Transcript t = Transcripts.read(path("session.vtt"), TranscriptFormat.VTT);
        assertEquals(List.of(
                new Utterance(0, 1_000, 4_500, "Therapist", "How have you been since last week?"),
                new Utterance(1, 4_000, 7_250, "Client", "I don't know. Fine, I guess."),
                new Utterance(2, 62_500, 65_000, "T", "So it's been hard & tiring."),
                new Utterance(3, 65_000, 66_000, "Unknown", "mm-hmm okay")), t.utterances());
    }

    @Test
    void webVttListsParticipantsInOrderOfFirstAppearanceWithInferredRoles() throws IOException {
        Transcript t = Transcripts.read(path("session.vtt"), TranscriptFormat.VTT);
        assertEquals(List.of(new Participant("Therapist", Role.THERAPIST), new Participant("Client", Role.CLIENT),
                new Participant("T", Role.THERAPIST), new Participant("Unknown", Role.OTHER)), t.participants());
    }

    @Test
    void webVttWithBomAndCrlfReadsLikeAnyOther() throws IOException {
        Transcript t = Transcripts.read(path("crlf-bom.vtt"), TranscriptFormat.VTT);
        assertEquals(List.of(new Utterance(0, 500, 2_000, "Therapist", "Hello."),
                new Utterance(1, 2_000, 3_500, "Client", "Hi, hello again.")), t.utterances());
    }

    @Test
    void formatIsTakenFromTheExtensionWhenNotGiven() throws IOException {
        assertEquals(Transcripts.read(path("session.srt"), TranscriptFormat.SRT), Transcripts.read(path("session.srt")));
    }

    @Test
    void webVttCueRightAfterTheHeaderLineIsNotLost() {
        byte[] content = "WEBVTT\n00:00:01.000 --> 00:00:02.000\n<v Client>Hi\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(List.of(new Utterance(0, 1_000, 2_000, "Client", "Hi")),
                Transcripts.read("n.vtt", content, TranscriptFormat.VTT).utterances());
    }

    @Test
    void talkOverBetweenSpeakersIsAccepted() throws IOException {
        Transcript t = Transcripts.read(path("talk-over.vtt"), TranscriptFormat.VTT);
        assertEquals(List.of(new Utterance(0, 1_000, 9_000, "Client", "I talk over"),
                new Utterance(1, 2_000, 4_000, "Therapist", "and me too")), t.utterances());
    }

    @Test
    void srtTakesSpeakerFromPrefixElseUnknown() throws IOException {
        Transcript t = Transcripts.read(path("session.srt"), TranscriptFormat.SRT);
        assertEquals(List.of(
                new Utterance(0, 1_000, 4_500, "Therapist", "How have you been since last week?"),
                new Utterance(1, 4_000, 7_250, "Client", "I don't know. Fine, I guess."),
                new Utterance(2, 62_500, 65_000, "Unknown", "I mean, it's been hard.")), t.utterances());
    }

    @Test
    void csvReadsSecondsAndClockTimesAndQuotedMultiLineText() throws IOException {
        Transcript t = Transcripts.read(path("session.csv"), TranscriptFormat.CSV);
        assertEquals(List.of(
                new Utterance(0, 1_000, 4_500, "Therapist", "How have you been since last week?"),
                new Utterance(1, 4_000, 7_250, "Client", "I don't know. Fine, I guess."),
                new Utterance(2, 62_500, 65_000, "Therapist", "She said \"no\", and left.")), t.utterances());
    }

    @Test
    void tsvFindsColumnsByHeaderInAnyOrder() throws IOException {
        Transcript t = Transcripts.read(path("session.tsv"), TranscriptFormat.TSV);
        assertEquals(List.of(new Utterance(0, 1_000, 4_500, "Therapist", "How have you been?"),
                new Utterance(1, 4_000, 7_250, "Client", "I don't know.")), t.utterances());
    }

    @Test
    void csvWithoutHeaderTakesStartEndSpeakerText() {
        byte[] content = "0.5,1.5,Client,Hello\n2,3,Therapist,Hi\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Transcript t = Transcripts.read("plain.csv", content, TranscriptFormat.CSV);
        assertEquals(List.of(new Utterance(0, 500, 1_500, "Client", "Hello"),
                new Utterance(1, 2_000, 3_000, "Therapist", "Hi")), t.utterances());
    }

    @Test
    void csvWithoutHeaderKeepsUnquotedCommasInTheText() {
        byte[] content = "0.5,1.5,Client,Well, no\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("Well, no", Transcripts.read("p.csv", content, TranscriptFormat.CSV).utterances().get(0).text());
    }

    @Test
    void stampedTextEndsEachUtteranceAtTheNextStamp() throws IOException {
        Transcript t = Transcripts.read(path("session.txt"), TranscriptFormat.TXT);
        assertEquals(List.of(
                new Utterance(0, 1_000, 4_000, "Therapist", "How have you been since last week?"),
                new Utterance(1, 4_000, 62_500, "Client", "I don't know."),
                new Utterance(2, 62_500, 65_000, "T", "So it's been hard.")), t.utterances());
    }

    @Test
    void eafTakesOneSpeakerPerTopLevelTierInTimeOrder() throws IOException {
        Transcript t = Transcripts.read(path("session.eaf"), TranscriptFormat.EAF);
        assertEquals(List.of(
                new Utterance(0, 1_000, 4_500, "Therapist", "How have you been since last week?"),
                new Utterance(1, 4_000, 7_250, "Client", "I don't know & I don't care.")), t.utterances());
    }

    @Test
    void eafInterpolatesTimeSlotsWithoutValue() throws IOException {
        Transcript t = Transcripts.read(path("unaligned.eaf"), TranscriptFormat.EAF);
        assertEquals(List.of(new Utterance(0, 1_000, 2_000, "Client", "I just"),
                new Utterance(1, 2_000, 3_000, "Client", "don't"),
                new Utterance(2, 3_000, 4_000, "Client", "know.")), t.utterances());
    }

    @Test
    void eafInDeclaredLatin1EncodingIsDecodedAsDeclared() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><ANNOTATION_DOCUMENT><TIME_ORDER>"
                + "<TIME_SLOT TIME_SLOT_ID=\"a\" TIME_VALUE=\"0\"/><TIME_SLOT TIME_SLOT_ID=\"b\" TIME_VALUE=\"10\"/>"
                + "</TIME_ORDER><TIER TIER_ID=\"C\"><ANNOTATION><ALIGNABLE_ANNOTATION TIME_SLOT_REF1=\"a\" "
                + "TIME_SLOT_REF2=\"b\"><ANNOTATION_VALUE>Caf\u00e9</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION>"
                + "</ANNOTATION></TIER></ANNOTATION_DOCUMENT>";
        Transcript t = Transcripts.read("latin.eaf", xml.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                TranscriptFormat.EAF);
        assertEquals("Caf\u00e9", t.utterances().get(0).text());
    }
}
