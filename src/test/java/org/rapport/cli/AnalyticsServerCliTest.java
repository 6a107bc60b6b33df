package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.store.postgres.TestPostgres;

/**
 * Self-report raters and analytics on a server project: a client rater gets no login, its ratings are the staff's to
 * see (row-level security), and analytics run for the admin but not for an observer's login.
 */
class AnalyticsServerCliTest {
    @TempDir Path dir;

    @Test
    void aClientRatersSelfReportsAreStaffDataOnAServer() throws Exception {
        TestPostgres pg = TestPostgres.server();
        String db = pg.newDatabase("analytics");
        String admin = "postgresql://" + TestPostgres.ADMIN + ":" + TestPostgres.ADMIN_PASSWORD + "@" + pg.host() + ":"
                + pg.port() + "/" + db + "?sslmode=disable";
        String ana = "postgresql://ana_" + db + ":ana-pw@" + pg.host() + ":" + pg.port() + "/" + db + "?sslmode=disable";
        assertEquals(0, CliRun.of("init", admin).exitCode());
        assertEquals(0, CliRun.withStdin("ana-pw\n", "raters", "--project", admin, "--add", "Ana " + db, "--role",
                "observer", "--password-stdin").exitCode());
        CliRun client = CliRun.of("raters", "--project", admin, "--add", "Client", "--role", "client");
        assertEquals("added client Client\n", client.out(), client.toString());
        CliRun withPassword = CliRun.withStdin("pw\n", "raters", "--project", admin, "--add", "Therapist", "--role",
                "therapist", "--password-stdin");
        assertEquals(2, withPassword.exitCode(), withPassword.toString());
        assertEquals(0, CliRun.of("codebook", "add", "--project", admin, "codebooks/wai-sr.yaml").exitCode());
        Path vtt = Path.of("sample-sessions/s01-withdrawal.vtt").toAbsolutePath();
        assertEquals(0, CliRun.of("import", "session", "--project", admin, "--name", "s01", "--transcript", vtt.toString(),
                "--client", "C-101", "--number", "1").exitCode());
        Path codings = dir.resolve("codings.csv");
        Files.writeString(codings, "session,rater,codebook,code,start_ms,end_ms\ns01,Ana " + db + ",3rs,w-denial,1000,2000\n"
                + "s01,Ana " + db + ",3rs,r-validate,3000,4000\n");
        assertEquals(0, CliRun.of("import", "codings", "--project", admin, codings.toString()).exitCode());
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 12; i++) rows.add(String.format("s01,Client,wai-sr,sr%02d,,4", i));
        Path ratings = dir.resolve("ratings.csv");
        Files.writeString(ratings, "session,rater,codebook,item,segment,value\n" + String.join("\n", rows) + "\n");
        CliRun imported = CliRun.of("import", "ratings", "--project", admin, ratings.toString());
        assertEquals(0, imported.exitCode(), imported.toString());

        CliRun run = CliRun.of("analytics", "--project", admin, "--codebook", "3rs", "--rater", "Ana " + db, "--json");
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode s = new ObjectMapper().readTree(run.out()).get("sessions").get(0);
        assertEquals(1, s.get("episode_count").asInt());
        assertEquals(48.0, s.get("alliance").get("client").get("total").asDouble()); // 12 items × 4
        assertEquals(75.0, s.get("alliance").get("client").get("pomp").asDouble());

        CliRun observer = CliRun.of("analytics", "--project", ana, "--codebook", "3rs", "--rater", "Ana " + db);
        assertEquals(2, observer.exitCode(), observer.toString());
        assertTrue(observer.err().contains("may not compute analytics"), observer.err());
        // the observer's own login, in SQL: row-level security hides the client's ratings
        try (var c = java.sql.DriverManager.getConnection("jdbc:postgresql://" + pg.host() + ":" + pg.port() + "/" + db
                + "?sslmode=disable", "ana_" + db, "ana-pw");
             var rs = c.createStatement().executeQuery("SELECT count(*) FROM rating")) {
            assertTrue(rs.next());
            assertEquals(0, rs.getInt(1), "an observer's login reads no self-report");
        }
    }
}
