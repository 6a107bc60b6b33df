package org.rapport.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.transcript.coding.CodingEaf;
import org.rapport.transcript.coding.CodingRow;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Codings exported as EAF: the structure ELAN 3.0 files have, one tier per rater and code group. */
class CodingEafTest {
    @TempDir
    Path dir;

    static final Map<String, String> GROUPS = Map.of("W1", "withdrawal", "W2", "withdrawal", "C1", "confrontation");
    static final List<CodingRow> ROWS = List.of(
            new CodingRow("s01", "Ana", "3rs", "W1", 1_000, 4_000, null, null),
            new CodingRow("s01", "Ana", "3rs", "C1", 5_000, 6_000, null, "raised voice"),
            new CodingRow("s01", "Ana", "3rs", "W2", 7_000, 9_000, null, null),
            new CodingRow("s01", "Ben", "3rs", "W1", 1_500, 3_000, null, null));

    private Document write(List<CodingRow> rows, Path media) throws Exception {
        Path out = dir.resolve("s01-codings.eaf");
        CodingEaf.write(rows, GROUPS, media, out);
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.toFile());
    }

    @Test
    void rootAndHeaderAreThoseOfEaf30() throws Exception {
        Element root = write(ROWS, null).getDocumentElement();
        assertEquals("ANNOTATION_DOCUMENT", root.getTagName());
        assertEquals("3.0", root.getAttribute("FORMAT"));
        assertEquals("3.0", root.getAttribute("VERSION"));
        assertTrue(root.hasAttribute("AUTHOR"));
        assertTrue(root.getAttribute("DATE").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d"));
        Element header = (Element) root.getElementsByTagName("HEADER").item(0);
        assertEquals("milliseconds", header.getAttribute("TIME_UNITS"));
    }

    @Test
    void childrenComeInTheOrderTheSchemaRequires() throws Exception {
        List<String> order = new ArrayList<>();
        for (Node n = write(ROWS, null).getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (order.isEmpty() || !order.get(order.size() - 1).equals(e.getTagName()))) {
                order.add(e.getTagName());
            }
        }
        assertEquals(List.of("HEADER", "TIME_ORDER", "TIER", "LINGUISTIC_TYPE", "CONSTRAINT"), order);
    }

    @Test
    void oneTierPerRaterAndCodeGroupWithTheLinguisticTypeDeclared() throws Exception {
        Document doc = write(ROWS, null);
        NodeList tiers = doc.getElementsByTagName("TIER");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < tiers.getLength(); i++) {
            Element tier = (Element) tiers.item(i);
            ids.add(tier.getAttribute("TIER_ID"));
            assertEquals(EafDocument.LINGUISTIC_TYPE, tier.getAttribute("LINGUISTIC_TYPE_REF"));
        }
        assertEquals(Set.of("Ana \u2013 withdrawal", "Ana \u2013 confrontation", "Ben \u2013 withdrawal"), ids);
        Element type = (Element) doc.getElementsByTagName("LINGUISTIC_TYPE").item(0);
        assertEquals(EafDocument.LINGUISTIC_TYPE, type.getAttribute("LINGUISTIC_TYPE_ID"));
        assertEquals("true", type.getAttribute("TIME_ALIGNABLE"));
        assertEquals(4, doc.getElementsByTagName("CONSTRAINT").getLength());
    }

    @Test
    void annotationsCarryCodeAndNoteAndResolveToTheirTimes() throws Exception {
        Path out = dir.resolve("s01-codings.eaf");
        CodingEaf.write(ROWS, GROUPS, null, out);
        // our own reader sees every tier as a speaker: the rater's tiers carry their codes at their times
        var utterances = Transcripts.read(out, TranscriptFormat.EAF).utterances();
        assertEquals(List.of("W1@1000-4000", "W1@1500-3000", "C1 | raised voice@5000-6000", "W2@7000-9000"),
                utterances.stream().map(u -> u.text() + "@" + u.startMs() + "-" + u.endMs()).toList());
    }

    @Test
    void pointCodingLastsOneMillisecondInElan() throws Exception {
        Path out = dir.resolve("p.eaf");
        CodingEaf.write(List.of(new CodingRow("s01", "Ana", null, "W1", 2_000, 2_000, null, null)), GROUPS, null, out);
        var u = Transcripts.read(out, TranscriptFormat.EAF).utterances().get(0);
        assertEquals(List.of(2_000L, 2_001L), List.of(u.startMs(), u.endMs()));
    }

    @Test
    void overlappingCodingsOfOneTierGoToASecondTier() throws Exception {
        List<CodingRow> rows = List.of(new CodingRow("s01", "Ana", null, "W1", 1_000, 5_000, null, null),
                new CodingRow("s01", "Ana", null, "W2", 2_000, 3_000, null, null));
        NodeList tiers = write(rows, null).getElementsByTagName("TIER");
        assertEquals(2, tiers.getLength());
        assertEquals("Ana \u2013 withdrawal (2)", ((Element) tiers.item(1)).getAttribute("TIER_ID"));
    }

    @Test
    void mediaDescriptorLinksTheRecording() throws Exception {
        Path media = dir.resolve("s01.mp4");
        Files.write(media, new byte[] {0});
        Element descriptor = (Element) write(ROWS, media).getElementsByTagName("MEDIA_DESCRIPTOR").item(0);
        assertNotNull(descriptor);
        assertEquals(media.toUri().toString(), descriptor.getAttribute("MEDIA_URL"));
        assertEquals("video/mp4", descriptor.getAttribute("MIME_TYPE"));
        assertEquals("./s01.mp4", descriptor.getAttribute("RELATIVE_MEDIA_URL"));
    }

    @Test
    void rowsFromTwoSessionsAreRefused() {
        List<CodingRow> rows = List.of(ROWS.get(0), new CodingRow("s02", "Ana", null, "W1", 0, 1, null, null));
        assertThrows(IllegalArgumentException.class, () -> CodingEaf.write(rows, GROUPS, null, dir.resolve("x.eaf")));
    }

    @Test
    void everyTimeSlotReferenceIsDefined() throws Exception {
        Document doc = write(ROWS, null);
        Set<String> slots = new HashSet<>();
        NodeList ts = doc.getElementsByTagName("TIME_SLOT");
        for (int i = 0; i < ts.getLength(); i++) slots.add(((Element) ts.item(i)).getAttribute("TIME_SLOT_ID"));
        NodeList anns = doc.getElementsByTagName("ALIGNABLE_ANNOTATION");
        assertEquals(4, anns.getLength());
        for (int i = 0; i < anns.getLength(); i++) {
            Element a = (Element) anns.item(i);
            assertTrue(slots.contains(a.getAttribute("TIME_SLOT_REF1")) && slots.contains(a.getAttribute("TIME_SLOT_REF2")));
        }
    }

    @Test
    void eafFileIsUtf8WithXmlDeclaration() throws IOException {
        Path out = dir.resolve("x.eaf");
        CodingEaf.write(ROWS, GROUPS, null, out);
        assertTrue(Files.readString(out).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    }
}
