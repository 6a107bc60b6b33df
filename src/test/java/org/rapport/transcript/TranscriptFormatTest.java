package org.rapport.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.rapport.model.BadInputException;

class TranscriptFormatTest {

    @Test
    void findsFormatFromExtensionIgnoringCase() {
        assertEquals(TranscriptFormat.VTT, TranscriptFormat.fromExtension(Path.of("/x/Session 1.VTT")));
        assertEquals(TranscriptFormat.EAF, TranscriptFormat.fromExtension(Path.of("s.eaf")));
        assertEquals(TranscriptFormat.TXT, TranscriptFormat.fromExtension(Path.of("s.txt")));
    }

    @Test
    void findsFormatFromKey() {
        for (String key : new String[] {"vtt", "srt", "csv", "tsv", "eaf", "txt"}) {
            assertEquals(key, TranscriptFormat.fromKey(key).key());
        }
    }

    @Test
    void unknownExtensionIsBadInputNamingTheFile() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> TranscriptFormat.fromExtension(Path.of("notes.odt")));
        assertEquals("notes.odt", e.source());
        assertTrue(e.problem().contains("odt"), e.getMessage());
    }

    @Test
    void unknownKeyIsBadInputListingTheKeys() {
        BadInputException e = assertThrows(BadInputException.class, () -> TranscriptFormat.fromKey("doc"));
        assertTrue(e.getMessage().contains("vtt, srt, csv, tsv, eaf, txt"), e.getMessage());
    }

    @Test
    void plainTextIsReadOnly() {
        assertFalse(TranscriptFormat.TXT.isWritable());
        assertTrue(TranscriptFormat.EAF.isWritable());
    }
}
