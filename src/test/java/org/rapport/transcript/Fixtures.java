package org.rapport.transcript;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.junit.jupiter.api.function.Executable;
import org.rapport.model.BadInputException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fixture files under src/test/resources/transcripts/ and checks shared by the tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource("/transcripts/" + name);
        if (url == null) throw new IllegalArgumentException("no fixture " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the code, expecting bad input reported at the file and line, with a problem containing the words. */
    static BadInputException assertBadInput(String file, Integer line, String problemPart, Executable code) {
        BadInputException e = assertThrows(BadInputException.class, code);
        assertEquals(file, e.source(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.problem().contains(problemPart), "problem was: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(file + (line == null ? ": " : ":" + line + ": ")), e.getMessage());
        return e;
    }
}
