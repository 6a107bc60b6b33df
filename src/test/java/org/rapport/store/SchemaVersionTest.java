package org.rapport.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class SchemaVersionTest {
    @Test
    void schemaVersionConstantIsTheHighestMigration() throws IOException {
        Pattern p = Pattern.compile("V(\\d+)__.*\\.sql");
        int highest = 0;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration/common"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = p.matcher(f.getFileName().toString());
                if (m.matches()) highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        assertEquals(highest, ProjectStore.SCHEMA_VERSION);
    }
}
