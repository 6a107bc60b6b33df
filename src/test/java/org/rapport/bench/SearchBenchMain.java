package org.rapport.bench;

import java.util.Arrays;
import java.util.List;

import org.rapport.app.Project;
import org.rapport.app.search.SearchRequest;
import org.rapport.app.search.SearchService;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.store.jdbc.JdbcProjectStore;

/**
 * A quick run of the same measurements as {@link SearchBench} / {@link SearchQueryBench} without JMH (one JVM,
 * percentiles computed here), for when a JMH run would take too long:
 * <pre>
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat target/cp.txt) org.rapport.bench.SearchBenchMain
 * </pre>
 */
public final class SearchBenchMain {
    private SearchBenchMain() {
    }

    /** With no arguments everything runs; otherwise only the parts named (index, query, limits, lexicon, update, sql). */
    private static boolean part(String[] args, String name) {
        return args.length == 0 || java.util.Arrays.asList(args).contains(name);
    }

    public static void main(String[] args) {
        try (Project p = SearchBenchProject.open()) {
            SearchService s = p.search();
            s.status();
            // index last: the merges that follow a rebuild would disturb the query timings
            List<String> queries = List.of("\"i don't know\"", "\"don't know\"~3",
                    "role:client AND words:[1 TO 3] AND prev:question",
                    "\"what's the point\" AND role:client AND date:[2024-02-01 TO 2024-06-30]",
                    "stemmed:work* AND role:therapist");
            for (String q : part(args, "query") ? queries : List.<String>of()) {
                for (int i = 0; i < 50; i++) s.search(SearchRequest.of(q), SearchService.COMMAND_LINE);
                double[] ms = new double[300];
                long total = 0;
                for (int i = 0; i < ms.length; i++) {
                    long a = System.nanoTime();
                    total = s.search(SearchRequest.of(q), SearchService.COMMAND_LINE).total();
                    ms[i] = (System.nanoTime() - a) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf("query %-75s hits %7d  p50 %6.2f ms  p99 %6.2f ms%n", q, total, ms[ms.length / 2],
                        ms[(int) (ms.length * 0.99)]);
            }
            for (int limit : part(args, "limits") ? new int[] {0, 10, 20, 50} : new int[0]) {
                String q = "role:client AND words:[1 TO 3] AND prev:question";
                SearchRequest req = new SearchRequest(q, org.rapport.search.query.SearchSort.TIME, limit, null);
                for (int i = 0; i < 50; i++) s.search(req, SearchService.COMMAND_LINE);
                double[] ms = new double[200];
                for (int i = 0; i < ms.length; i++) {
                    long a = System.nanoTime();
                    s.search(req, SearchService.COMMAND_LINE);
                    ms[i] = (System.nanoTime() - a) / 1e6;
                }
                Arrays.sort(ms);
                System.out.printf("limit %2d: p50 %6.2f ms  p99 %6.2f ms%n", limit, ms[ms.length / 2], ms[(int) (ms.length * 0.99)]);
            }
            for (int i = 0; i < (part(args, "lexicon") ? 3 : 0); i++) {
                long a = System.nanoTime();
                var r = s.runLexicon("3rs", null, SearchService.COMMAND_LINE, 50);
                System.out.printf("lexicon 3rs (%d codes): %.0f ms%n", r.codes().size(), (System.nanoTime() - a) / 1e6);
            }
            long id = p.sessions().byName("syn-00007").id();
            Transcript t = p.sessions().transcript(id);
            List<Utterance> edited = new java.util.ArrayList<>(t.utterances());
            Utterance u = edited.get(3);
            edited.set(3, new Utterance(u.index(), u.startMs(), u.endMs(), u.speaker(), u.text() + " Edited."));
            Transcript[] versions = {new Transcript(t.participants(), edited), t};
            double[] up = new double[part(args, "update") ? 20 : 1];
            for (int i = 0; i < up.length; i++) {
                long a = System.nanoTime();
                p.sessions().replaceTranscript(id, versions[i & 1]);
                up[i] = (System.nanoTime() - a) / 1e6;
            }
            Arrays.sort(up);
            System.out.printf("update one session: p50 %.0f ms, max %.0f ms%n", up[up.length / 2], up[up.length - 1]);
            double[] storeOnly = new double[10];
            for (int i = 0; i < storeOnly.length; i++) {
                Transcript v = versions[i & 1];
                long a = System.nanoTime();
                p.store().inTransaction(tx -> {
                    tx.transcripts().replace(id, v);
                    return null;
                });
                storeOnly[i] = (System.nanoTime() - a) / 1e6;
            }
            Arrays.sort(storeOnly);
            System.out.printf("  of which the store transaction alone: p50 %.0f ms%n", storeOnly[storeOnly.length / 2]);
            p.search().status(); // the store moved behind the index's back: bring it back in step
            for (int i = 0; i < (part(args, "sql") ? 2 : 0); i++) {
                long a = System.nanoTime();
                int n = ((JdbcProjectStore) p.store()).withConnection(c -> {
                    try (var ps = c.prepareStatement("SELECT session_id, idx FROM utterance WHERE LOWER(text) LIKE ?")) {
                        ps.setString(1, "%i don't know%");
                        int k = 0;
                        try (var rs = ps.executeQuery()) {
                            while (rs.next()) k++;
                        }
                        return k;
                    }
                });
                System.out.printf("SQL LIKE baseline \"i don't know\": %d rows, %.0f ms%n", n, (System.nanoTime() - a) / 1e6);
            }
            if (part(args, "index")) {
                long t0 = System.nanoTime();
                var status = s.rebuild();
                System.out.printf("index %d utterances: %.1f s%n", status.utterances(), (System.nanoTime() - t0) / 1e9);
            }
        }
    }
}
