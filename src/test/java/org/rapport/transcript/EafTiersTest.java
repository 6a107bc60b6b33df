package org.rapport.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.transcript.Fixtures.assertBadInput;
import static org.rapport.transcript.Fixtures.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.session.Participant;
import org.rapport.model.session.Role;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** ELAN files as labs have them: speech tiers by participant, ref/tx designs, code and comment tiers left out. */
class EafTiersTest {
    @TempDir
    Path dir;

    private static TranscriptRead read(String fixture, ReadOptions options) throws IOException {
        return Transcripts.read(path(fixture), TranscriptFormat.EAF, options);
    }

    private static ReadOptions choose(List<String> tiers, Map<String, Role> speakerTiers) {
        return new ReadOptions(null, null, false, false, true, tiers, speakerTiers);
    }

    private static String note(TranscriptRead read, String start) {
        return read.notes().stream().filter(n -> n.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no note '" + start + "' in " + read.notes()));
    }

    @Test
    void speechTiersOfEachParticipantAreTheUtterancesInTimeOrder() throws IOException {
        Transcript t = read("eaf-tiers.eaf", ReadOptions.DEFAULTS).transcript();
        assertEquals(List.of(new Utterance(0, 1_000, 3_000, "Dr. Rivera", "How has the week been?"),
                new Utterance(1, 3_500, 6_000, "C-102", "Fine. It was fine."),
                new Utterance(2, 5_000, 5_200, "Dr. Rivera", "mm-hm"),
                new Utterance(3, 6_000, 9_000, "Dr. Rivera", "Just fine?")), t.utterances());
    }

    @Test
    void participantsKeepTheTierTheirSpeechCameFrom() throws IOException {
        assertEquals(List.of(new Participant("Dr. Rivera", Role.OTHER, "Therapist speech"),
                        new Participant("C-102", Role.OTHER, "Client speech")),
                read("eaf-tiers.eaf", ReadOptions.DEFAULTS).transcript().participants());
    }

    @Test
    void theNotesNameTheSpeechTiersAndEveryTierLeftOutWithTheReason() throws IOException {
        TranscriptRead read = read("eaf-tiers.eaf", ReadOptions.DEFAULTS);
        assertEquals("speech tiers (speaker, utterances): Therapist speech (Dr. Rivera, 2), Therapist overlap"
                + " (Dr. Rivera, 1), Client speech (C-102, 1)", note(read, "speech tiers"));
        assertTrue(note(read, "left out tiers that depend").endsWith(": Client English (on Client speech)"), read.notes().toString());
        assertTrue(note(read, "left out tiers that take their values from a controlled vocabulary")
                .endsWith(": withdrawal ('withdrawal-markers')"), read.notes().toString());
        assertTrue(note(read, "left out tiers that have names").endsWith(": Gestures, Notes"), read.notes().toString());
        assertTrue(note(read, "left out tiers that have no text").endsWith(": closing"), read.notes().toString());
        assertTrue(note(read, "left out tiers that hold numbers").endsWith(": arousal"), read.notes().toString());
        assertTrue(note(read, "left out tiers that hold what look like codes")
                .endsWith(": alliance (4 annotations, 2 values)"), read.notes().toString());
        assertTrue(note(read, "left out tiers that are of another type")
                .endsWith(": Client asides (C-102 speaks on Client speech)"), read.notes().toString());
        assertEquals(8, read.notes().size(), read.notes().toString());
    }

    @Test
    void refTxDesignTakesTheWordsFromTheChildTierNotTheReferenceIds() throws IOException {
        TranscriptRead read = read("eaf-ref-tx.eaf", ReadOptions.DEFAULTS);
        assertEquals(List.of(new Utterance(0, 0, 2_500, "CL", "I don't know."),
                new Utterance(1, 3_000, 6_000, "CL", "Maybe it was the week.")), read.transcript().utterances());
        assertEquals("speech tiers (speaker, utterances): ref@CL with its words from tx@CL (CL, 2)",
                note(read, "speech tiers"));
        assertTrue(note(read, "left out tiers that depend").endsWith(": ft@CL (on ref@CL)"), read.notes().toString());
        assertEquals(List.of(new Participant("CL", Role.CLIENT, "tx@CL")), read.transcript().participants());
    }

    @Test
    void wordsOnAChildTierIncludedInTheReferenceKeepTheirOwnTimes() throws IOException {
        assertEquals(List.of(new Utterance(0, 1_200, 2_400, "Therapist", "What was that like"),
                        new Utterance(1, 2_600, 3_900, "Therapist", "for you?")),
                read("eaf-included-in.eaf", ReadOptions.DEFAULTS).transcript().utterances());
    }

    @Test
    void tiersNamedByTheUserAreTheSpeechAndNothingElse() throws IOException {
        TranscriptRead read = read("eaf-tiers.eaf", choose(List.of("Client speech", "Client asides"), Map.of()));
        assertEquals(List.of("Fine. It was fine.", "looks away while answering"),
                read.transcript().utterances().stream().map(Utterance::text).sorted().toList());
        assertTrue(note(read, "left out tiers that were not chosen").contains("Therapist speech"), read.notes().toString());
    }

    @Test
    void speakerTierGivesTheRoleOfItsSpeaker() throws IOException {
        Transcript t = read("eaf-tiers.eaf", choose(List.of(), Map.of("Therapist speech", Role.THERAPIST,
                "Client speech", Role.CLIENT))).transcript();
        assertEquals(List.of(new Participant("Dr. Rivera", Role.THERAPIST, "Therapist speech"),
                new Participant("C-102", Role.CLIENT, "Client speech")), t.participants());
        assertEquals(3, t.utterances().size());
    }

    @Test
    void aTierNamedByTheUserThatIsNotInTheFileIsAProblemListingTheTiers() {
        assertBadInput("eaf-tiers.eaf", null, "no tier 'Patient' in the file (tiers: Therapist speech,",
                () -> read("eaf-tiers.eaf", choose(List.of("Patient"), Map.of())));
    }

    @Test
    void aChosenDependentTierTakesTheTimesOfItsParent() throws IOException {
        assertEquals(List.of(new Utterance(0, 3_500, 6_000, "Client English", "Fine. It was fine.")),
                read("eaf-tiers.eaf", choose(List.of("Client English"), Map.of())).transcript().utterances());
    }

    private Document export(Transcript t, Path media) throws Exception {
        Path out = dir.resolve("out.eaf");
        Transcripts.write(t, TranscriptFormat.EAF, out, media);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
    }

    @Test
    void exportedEafKeepsTheTierNamesItWasReadFrom() throws Exception {
        Document doc = export(read("eaf-tiers.eaf", ReadOptions.DEFAULTS).transcript(), null);
        NodeList tiers = doc.getElementsByTagName("TIER");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < tiers.getLength(); i++) {
            Element tier = (Element) tiers.item(i);
            names.add(tier.getAttribute("TIER_ID") + "/" + tier.getAttribute("PARTICIPANT"));
        }
        // the therapist's talk-over needs a second tier in ELAN, which takes the first one's name
        assertEquals(List.of("Therapist speech/Dr. Rivera", "Client speech/C-102"), names);
    }

    @Test
    void exportedEafLinksTheMediaAndHasItsTimeSlotsInTimeOrder() throws Exception {
        Path media = dir.resolve("c102-s01.mp4");
        Files.write(media, new byte[] {0});
        Document doc = export(read("eaf-tiers.eaf", ReadOptions.DEFAULTS).transcript(), media);
        Element descriptor = (Element) doc.getElementsByTagName("MEDIA_DESCRIPTOR").item(0);
        assertEquals(media.toUri().toString(), descriptor.getAttribute("MEDIA_URL"));
        assertEquals("video/mp4", descriptor.getAttribute("MIME_TYPE"));
        NodeList slots = doc.getElementsByTagName("TIME_SLOT");
        long previous = -1;
        for (int i = 0; i < slots.getLength(); i++) {
            long v = Long.parseLong(((Element) slots.item(i)).getAttribute("TIME_VALUE"));
            assertTrue(v >= previous, "time slots out of order at " + i);
            previous = v;
        }
        assertEquals(8, slots.getLength());
    }

    @Test
    void exportedEafReadsBackToTheSameUtterancesAndParticipants() throws Exception {
        Transcript t = read("eaf-tiers.eaf", ReadOptions.DEFAULTS).transcript();
        Path out = dir.resolve("back.eaf");
        Transcripts.write(t, TranscriptFormat.EAF, out, null);
        Transcript back = Transcripts.read(out, TranscriptFormat.EAF);
        assertEquals(t.utterances(), back.utterances());
        assertEquals(t.participants(), back.participants());
    }

    @Test
    void aFileWithoutSpeechNamesEachTierAndWhatItHolds() {
        String xml = "<ANNOTATION_DOCUMENT><TIME_ORDER><TIME_SLOT TIME_SLOT_ID=\"a\" TIME_VALUE=\"0\"/>"
                + "<TIME_SLOT TIME_SLOT_ID=\"b\" TIME_VALUE=\"900\"/></TIME_ORDER>"
                + "<TIER TIER_ID=\"CHI\" PARTICIPANT=\"CHI\"><ANNOTATION><ALIGNABLE_ANNOTATION TIME_SLOT_REF1=\"a\""
                + " TIME_SLOT_REF2=\"b\"><ANNOTATION_VALUE></ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER>"
                + "<TIER TIER_ID=\"Notes\"><ANNOTATION><ALIGNABLE_ANNOTATION TIME_SLOT_REF1=\"a\" TIME_SLOT_REF2=\"b\">"
                + "<ANNOTATION_VALUE>camera moved</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER>"
                + "</ANNOTATION_DOCUMENT>";
        assertBadInput("n.eaf", null, "no tier holds speech with text: CHI (no text), Notes (name); name the speech"
                + " tiers with --tiers", () -> Transcripts.read("n.eaf", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                TranscriptFormat.EAF));
    }
}
