package org.rapport.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapport.transcript.Fixtures.assertBadInput;
import static org.rapport.transcript.Fixtures.path;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.rapport.model.session.Participant;
import org.rapport.model.session.Role;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;

/** Praat, CHAT, Transcriber, Word, Teams, YouTube, Zoom and Otter transcripts, each from a fixture. */
class MoreFormatsTest {
    private static final List<Utterance> PRAAT = List.of(
            new Utterance(0, 1_500, 4_250, "Therapist", "How are you?"),
            new Utterance(1, 5_000, 7_125, "Client", "I don't know."),
            new Utterance(2, 7_125, 9_000, "Client", "Fine, \"really\", \u00c6sa."));

    private static ReadOptions tiers(String... names) {
        return new ReadOptions(null, null, false, false, true, List.of(names), null);
    }

    @Test
    void textGridInLongFormAndUtf16ReadsIntervalTiersAsSpeakers() throws IOException {
        TranscriptRead read = Transcripts.read(path("praat-long-utf16.TextGrid"), TranscriptFormat.TEXTGRID,
                ReadOptions.DEFAULTS);
        assertEquals(PRAAT, read.transcript().utterances());
        assertTrue(read.notes().get(0).contains("'events' (a point tier"), read.notes().toString());
    }

    @Test
    void textGridInShortFormReadsTheSame() throws IOException {
        assertEquals(PRAAT, Transcripts.read(path("praat-short.TextGrid"), TranscriptFormat.TEXTGRID).utterances());
    }

    @Test
    void textGridFormatComesFromTheExtension() {
        assertEquals(TranscriptFormat.TEXTGRID, TranscriptFormat.fromExtension(Path.of("s01.TextGrid")));
    }

    @Test
    void textGridTiersCanBeChosen() throws IOException {
        TranscriptRead read = Transcripts.read(path("praat-short.TextGrid"), TranscriptFormat.TEXTGRID, tiers("Client"));
        assertEquals(List.of("Client", "Client"), read.transcript().utterances().stream().map(Utterance::speaker).toList());
    }

    @Test
    void truncatedTextGridNamesTheLine() {
        byte[] content = "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n\n0\n9\n<exists>\n1\n\"IntervalTier\"\n"
                .getBytes(StandardCharsets.UTF_8);
        assertBadInput("t.TextGrid", 8, "truncated", () -> Transcripts.read("t.TextGrid", content, TranscriptFormat.TEXTGRID));
    }

    @Test
    void chatReadsMainTiersWithTheirBulletsAndRolesFromParticipants() throws IOException {
        Transcript t = Transcripts.read(path("session.cha"), TranscriptFormat.CHA);
        assertEquals(List.of(new Utterance(0, 1_000, 3_000, "THE", "how has the week been ?"),
                new Utterance(1, 3_500, 6_000, "PAR", "fine ."),
                new Utterance(2, 6_200, 9_000, "PAR", "it was fine , I guess it was okay .")), t.utterances());
        assertEquals(List.of(new Participant("THE", Role.THERAPIST), new Participant("PAR", Role.OTHER)), t.participants());
    }

    @Test
    void chatUtteranceWithoutATimeBulletIsAProblemAtItsLine() {
        String cha = "@Begin\n*THE:\thow are you ? \u00151000_3000\u0015\n*PAR:\tfine .\n@End\n";
        assertBadInput("s.cha", 3, "no \u2022start_end\u2022 time bullet",
                () -> Transcripts.read("s.cha", cha.getBytes(StandardCharsets.UTF_8), TranscriptFormat.CHA));
    }

    @Test
    void chatBulletWrittenAsABulletCharacterIsReadToo() {
        String cha = "@Begin\n*CHI:\tmore juice . \u20221000_2500\u2022\n@End\n";
        assertEquals(List.of(new Utterance(0, 1_000, 2_500, "CHI", "more juice .")),
                Transcripts.read("s.cha", cha.getBytes(StandardCharsets.UTF_8), TranscriptFormat.CHA).utterances());
    }

    @Test
    void transcriberTurnsAreCutAtSyncMarksAndSplitByWho() throws IOException {
        Transcript t = Transcripts.read(path("session.trs"), TranscriptFormat.TRS);
        assertEquals(List.of(new Utterance(0, 0, 2_100, "Dr. Rivera", "How has the week been?"),
                new Utterance(1, 2_100, 4_200, "Dr. Rivera", "Any better?"),
                new Utterance(2, 4_200, 6_500, "Dr. Rivera", "So no change"),
                new Utterance(3, 4_200, 6_500, "Client", "caf\u00e9 again"),
                new Utterance(4, 7_000, 12_500, "Client", "It was fine.")), t.utterances());
    }

    @Test
    void transcriberDoctypeIsNeverRead() {
        String trs = "<?xml version=\"1.0\"?>\n<!DOCTYPE Trans SYSTEM \"file:///nonexistent/secret.dtd\">\n"
                + "<Trans><Speakers/><Episode><Section startTime=\"0\" endTime=\"1\"><Turn speaker=\"s\" startTime=\"0\""
                + " endTime=\"1\"><Sync time=\"0\"/>hi</Turn></Section></Episode></Trans>";
        assertEquals(List.of(new Utterance(0, 0, 1_000, "s", "hi")),
                Transcripts.read("t.trs", trs.getBytes(StandardCharsets.UTF_8), TranscriptFormat.TRS).utterances());
    }

    /** A minimal Word document: the parts Word needs to open it, and paragraphs with runs, a tab and a break. */
    static byte[] docx(String... paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<w:p><w:pPr><w:pStyle w:val=\"Normal\"/></w:pPr>");
            String[] lines = p.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) body.append("<w:r><w:br/></w:r>");
                String[] runs = lines[i].split("\t", -1);
                for (int k = 0; k < runs.length; k++) {
                    if (k > 0) body.append("<w:r><w:tab/></w:r>");
                    body.append("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">").append(runs[k]
                            .replace("&", "&amp;").replace("<", "&lt;")).append("</w:t></w:r>");
                }
            }
            body.append("<w:r><w:delText>deleted words</w:delText></w:r></w:p>");
        }
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + body + "<w:sectPr/></w:body></w:document>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                    + ".wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "word/document.xml", document);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void docxSpeakerLinesWithStampsReadLikeStampedText() throws IOException {
        byte[] doc = docx("Session 4 \u2013 transcript", "[00:00:01] Dr. Rivera: How has\tthe week been?",
                "[00:00:04] Client: Fine.\nIt was fine.", "[00:00:09] Dr. Rivera: Just fine?", "[00:00:11]");
        TranscriptRead read = Transcripts.read("s.docx", doc, TranscriptFormat.DOCX, ReadOptions.DEFAULTS);
        assertEquals(List.of(new Utterance(0, 1_000, 4_000, "Dr. Rivera", "How has the week been?"),
                new Utterance(1, 4_000, 9_000, "Client", "Fine. It was fine."),
                new Utterance(2, 9_000, 11_000, "Dr. Rivera", "Just fine?")), read.transcript().utterances());
        assertTrue(read.notes().contains("left out 1 paragraph before the first [hh:mm:ss] stamp (a heading)"),
                read.notes().toString());
    }

    @Test
    void docxWithOtterTurnsIsRecognised() throws IOException {
        byte[] doc = docx("Dr. Rivera  0:01", "How has the week been?", "Client  0:05", "Fine.");
        assertEquals(List.of(new Utterance(0, 1_000, 5_000, "Dr. Rivera", "How has the week been?"),
                        new Utterance(1, 5_000, 5_000, "Client", "Fine.")),
                Transcripts.read("o.docx", doc, TranscriptFormat.DOCX).utterances());
    }

    @Test
    void aFileThatIsNotAWordDocumentIsRefused() {
        assertBadInput("x.docx", null, "not a Word document", () -> Transcripts.read("x.docx",
                "hello".getBytes(StandardCharsets.UTF_8), TranscriptFormat.DOCX));
    }

    @Test
    void teamsShortTimesAndClosedVoiceTagsAreRead() throws IOException {
        assertEquals(List.of(new Utterance(0, 0, 4_860, "Dr. Rivera", "How has the week been?"),
                        new Utterance(1, 5_120, 7_500, "Client (Guest)", "Fine. It was fine."),
                        new Utterance(2, 62_500, 64_250, "Dr. Rivera", "Just fine?")),
                Transcripts.read(path("teams.vtt"), TranscriptFormat.VTT).utterances());
    }

    @Test
    void youTubeRollingCaptionsKeepEachLineOnce() throws IOException {
        TranscriptRead read = Transcripts.read(path("youtube.vtt"), TranscriptFormat.VTT, ReadOptions.DEFAULTS);
        assertEquals(List.of(new Utterance(0, 30, 2_070, "Unknown", "so how has the week been"),
                new Utterance(1, 2_080, 4_500, "Unknown", "fine it was fine"),
                new Utterance(2, 4_510, 6_000, "Unknown", "just fine")), read.transcript().utterances());
        assertTrue(read.notes().get(0).contains("left out 4 lines"), read.notes().toString());
    }

    @Test
    void zoomTurnsStartAtTheFirstClockTime() throws IOException {
        TranscriptRead read = Transcripts.read(path("zoom.txt"), TranscriptFormat.TXT, ReadOptions.DEFAULTS);
        assertEquals(List.of(new Utterance(0, 0, 4_000, "Dr. Rivera", "How has the week been?"),
                new Utterance(1, 4_000, 9_000, "Client", "Fine. It was fine."),
                new Utterance(2, 9_000, 9_000, "Dr. Rivera", "Just fine?")), read.transcript().utterances());
        assertTrue(read.notes().get(0).contains("14:02:11"), read.notes().toString());
    }

    @Test
    void otterTurnsTakeTheirTimesFromTheStartOfTheRecording() throws IOException {
        assertEquals(List.of(new Utterance(0, 1_000, 5_000, "Dr. Rivera", "How has the week been?"),
                        new Utterance(1, 5_000, 3_723_000, "Client", "Fine. It was fine."),
                        new Utterance(2, 3_723_000, 3_723_000, "Dr. Rivera", "Just fine?")),
                Transcripts.read(path("otter.txt"), TranscriptFormat.TXT).utterances());
    }

    @Test
    void otterFormatCanBeForced() throws IOException {
        assertEquals(3, Transcripts.read(path("otter.txt"), TranscriptFormat.OTTER).utterances().size());
    }

    @Test
    void speakersFoundInPrefixesAreNamedInTheNotes() throws IOException {
        TranscriptRead read = Transcripts.read(path("session.srt"), TranscriptFormat.SRT, ReadOptions.DEFAULTS);
        assertEquals(List.of("speakers taken from 'NAME:' at the start of the text: Therapist (1), Client (1)"
                + " (--no-speaker-prefix keeps such text as it is)"), read.notes());
    }

    @Test
    void speakerPrefixCanBeTurnedOff() throws IOException {
        ReadOptions off = new ReadOptions(null, null, false, false, false, List.of(), null);
        Utterance u = Transcripts.read(path("session.srt"), TranscriptFormat.SRT, off).transcript().utterances().get(0);
        assertEquals(new Utterance(0, 1_000, 4_500, "Unknown", "Therapist: How have you been since last week?"), u);
    }

    @Test
    void docxWithAHeadingAboveZoomTurnsLeavesTheHeadingOut() throws IOException {
        byte[] doc = docx("Meeting transcript", "[Dr. Rivera] 14:02:11", "How has the week been?", "[Client] 14:02:15",
                "Fine.");
        TranscriptRead read = Transcripts.read("z.docx", doc, TranscriptFormat.DOCX, ReadOptions.DEFAULTS);
        assertEquals(List.of("Dr. Rivera", "Client"), read.transcript().utterances().stream().map(Utterance::speaker).toList());
        assertTrue(read.notes().contains("left out 1 paragraph before the first [Speaker] hh:mm:ss line (a heading)"),
                read.notes().toString());
    }

    @Test
    void textBeforeTheFirstZoomTurnOfATextFileIsAProblem() {
        byte[] txt = "Meeting\n[Dr. Rivera] 14:02:11\nHello\n".getBytes(StandardCharsets.UTF_8);
        assertBadInput("z.txt", 1, "text before the first '[Speaker] hh:mm:ss' line",
                () -> Transcripts.read("z.txt", txt, TranscriptFormat.ZOOM));
    }

    @Test
    void textGridSpeakerTierGivesItsSpeakersRole() throws IOException {
        ReadOptions roles = new ReadOptions(null, null, false, false, true, List.of(), java.util.Map.of(
                "Therapist", Role.CO_THERAPIST));
        Transcript t = Transcripts.read(path("praat-short.TextGrid"), TranscriptFormat.TEXTGRID, roles).transcript();
        assertEquals(List.of(new Participant("Therapist", Role.CO_THERAPIST)), t.participants());
    }

    @Test
    void tiersCannotBeChosenInAFormatWithoutTiers() {
        assertBadInput("session.srt", null, "--tiers and --speaker-tier choose tiers of ELAN and Praat files",
                () -> Transcripts.read(path("session.srt"), TranscriptFormat.SRT, tiers("Client")));
    }
}
