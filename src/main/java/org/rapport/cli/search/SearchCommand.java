package org.rapport.cli.search;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.rapport.app.Project;
import org.rapport.app.search.LexiconResults;
import org.rapport.app.search.NearCode;
import org.rapport.app.search.SearchRequest;
import org.rapport.app.search.SearchService;
import org.rapport.cli.ProjectOption;
import org.rapport.cli.RapportCommand;
import org.rapport.model.BadInputException;
import org.rapport.model.rater.Rater;
import org.rapport.model.time.TimeCodes;
import org.rapport.report.json.Json;
import org.rapport.search.query.SearchHit;
import org.rapport.search.query.SearchResults;
import org.rapport.search.query.SearchSort;
import org.rapport.search.query.SessionHits;
import org.rapport.search.query.UtteranceRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", description = {"Search every transcript of a project (Lucene query syntax, see docs/search.md),",
        "or list the candidate moments a codebook's marker lexicon flags (--lexicon).",
        "Examples:  rapport search --project P '\"don''t know\" AND role:client'",
        "           rapport search --project P 'role:client AND words:[1 TO 3] AND prev:question'",
        "           rapport search --project P --lexicon 3rs"})
public final class SearchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin ProjectOption project;
    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "the query; terms are ANDed unless OR is written")
    String query;
    @Option(names = "--json", description = "print one JSON object") boolean json;
    @Option(names = "--limit", paramLabel = "N", description = "hits to print (all are counted; default ${DEFAULT-VALUE})",
            defaultValue = "50") int limit;
    @Option(names = "--sort", paramLabel = "time|relevance", defaultValue = "time",
            description = "by session and time (default) or by relevance") String sort;
    @Option(names = "--lexicon", paramLabel = "CODEBOOK", description = "run the saved searches of a codebook") String lexicon;
    @Option(names = "--code", paramLabel = "CODE", description = "with --lexicon: only this code's searches") String code;
    @Option(names = "--near-code", paramLabel = "CODE", description = "only utterances near a coding with this code")
    String nearCode;
    @Option(names = "--codebook", paramLabel = "ID", description = "with --near-code: the codebook of the code") String codebook;
    @Option(names = "--within-s", paramLabel = "SECONDS", defaultValue = "30",
            description = "with --near-code: how near, in seconds (default ${DEFAULT-VALUE})") double withinS;
    @Option(names = "--by-rater", paramLabel = "NAME", description = "with --near-code: only this rater's codings")
    String byRater;
    @Option(names = "--min-raters", paramLabel = "K", defaultValue = "1",
            description = "with --near-code: coded nearby by at least K raters (default ${DEFAULT-VALUE})") int minRaters;
    @Option(names = "--rater", paramLabel = "NAME",
            description = "search as this rater (an observer sees only their own codings); default: as a supervisor")
    String rater;
    @Option(names = "--csv", paramLabel = "FILE", description = "also write every hit to a CSV file") Path csv;

    @Override
    public Integer call() {
        if (limit < 0) throw new BadInputException("--limit must not be negative");
        if (lexicon != null && query != null) throw new BadInputException("give either a QUERY or --lexicon, not both");
        if (code != null && lexicon == null) throw new BadInputException("--code needs --lexicon");
        if (lexicon == null && query == null && nearCode == null) {
            throw new BadInputException("give a QUERY, --lexicon CODEBOOK or --near-code CODE (see rapport search --help)");
        }
        if (nearCode == null && (byRater != null || minRaters != 1 || codebook != null)) {
            throw new BadInputException("--by-rater, --min-raters and --codebook go with --near-code");
        }
        if (byRater != null && minRaters != 1) throw new BadInputException("give either --by-rater or --min-raters");
        SearchSort order = SearchSort.fromKey(sort);
        PrintWriter out = spec.commandLine().getOut();
        try (Project p = Project.open(project.project)) {
            p.search().setProgress(IndexCommand.progressPrinter(spec.commandLine().getErr()));
            Rater viewer = rater == null ? SearchService.COMMAND_LINE : p.raters().byName(rater);
            if (lexicon != null) {
                LexiconResults r = p.search().runLexicon(lexicon, code, viewer, limit);
                if (json) out.println(Json.write(lexiconJson(r)));
                else printLexicon(out, r);
                return RapportCommand.OK;
            }
            NearCode near = nearCode == null ? null : new NearCode(nearCode, codebook, withinS, byRater, minRaters);
            SearchRequest req = new SearchRequest(query, order, limit, near);
            SearchResults r = p.search().search(req, viewer);
            if (csv != null) {
                long rows = p.search().exportCsv(req, viewer, csv);
                spec.commandLine().getErr().printf("wrote %d hits to %s%n", rows, csv);
            }
            if (json) out.println(Json.write(resultsJson(r)));
            else printHits(out, r);
        }
        return RapportCommand.OK;
    }

    private static Map<String, Object> resultsJson(SearchResults r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", r.total());
        m.put("hits", r.hits().stream().map(SearchCommand::hitJson).toList());
        m.put("per_session", perSessionJson(r.perSession()));
        m.put("took_ms", r.tookMs());
        return m;
    }

    private static List<Map<String, Object>> perSessionJson(List<SessionHits> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SessionHits s : list) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("session", s.session());
            m.put("hits", s.hits());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> hitJson(SearchHit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("session", h.session());
        m.put("utterance", h.utterance());
        m.put("start_ms", h.startMs());
        m.put("end_ms", h.endMs());
        m.put("speaker", h.speaker());
        m.put("role", h.role());
        m.put("text", h.text());
        m.put("highlights", h.highlightedWords());
        m.put("previous", refJson(h.previous()));
        m.put("next", refJson(h.next()));
        return m;
    }

    private static Map<String, Object> refJson(UtteranceRef u) {
        if (u == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("utterance", u.utterance());
        m.put("start_ms", u.startMs());
        m.put("speaker", u.speaker());
        m.put("role", u.role());
        m.put("text", u.text());
        return m;
    }

    private static Map<String, Object> lexiconJson(LexiconResults r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("codebook", r.codebookId());
        m.put("version", r.codebookVersion());
        m.put("note", "candidate moments for a human coder, not codings");
        List<Map<String, Object>> codes = new ArrayList<>();
        for (LexiconResults.CodeFlags c : r.codes()) {
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("code", c.codeId());
            cm.put("label", c.label());
            cm.put("group", c.group());
            cm.put("total", c.total());
            List<Map<String, Object>> searches = new ArrayList<>();
            for (LexiconResults.SearchFlags s : c.searches()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("query", s.query());
                sm.put("description", s.description());
                sm.put("total", s.total());
                sm.put("per_session", perSessionJson(s.perSession()));
                sm.put("moments", s.moments().stream().map(SearchCommand::hitJson).toList());
                searches.add(sm);
            }
            cm.put("searches", searches);
            codes.add(cm);
        }
        m.put("codes", codes);
        return m;
    }

    private static void printHits(PrintWriter out, SearchResults r) {
        for (SearchHit h : r.hits()) {
            out.printf("%s #%d  %s-%s  %s (%s)%n", h.session(), h.utterance(), TimeCodes.hmsTenths(h.startMs()), TimeCodes.hmsTenths(h.endMs()),
                    h.speaker(), h.role());
            if (h.previous() != null) out.printf("    < %s: %s%n", h.previous().speaker(), h.previous().text());
            out.printf("    > %s%n", h.marked("[", "]"));
            if (h.next() != null) out.printf("    < %s: %s%n", h.next().speaker(), h.next().text());
        }
        out.printf("%d hit(s) in %d session(s)%s, %d ms%n", r.total(), r.perSession().size(),
                r.hits().size() < r.total() ? " (showing " + r.hits().size() + "; --limit N for more)" : "", r.tookMs());
        for (SessionHits s : r.perSession()) out.printf("  %-24s %d%n", s.session(), s.hits());
    }

    private static void printLexicon(PrintWriter out, LexiconResults r) {
        out.printf("%s %s: candidate moments per code and session (flags for a human coder, not codings)%n",
                r.codebookId(), r.codebookVersion());
        for (LexiconResults.CodeFlags c : r.codes()) {
            out.printf("%n%s  %s: %d flag(s)%n", c.codeId(), c.label(), c.total());
            for (LexiconResults.SearchFlags s : c.searches()) {
                out.printf("  %s: %d%n", s.description() == null ? s.query() : s.description(), s.total());
                for (SessionHits sh : s.perSession()) {
                    List<String> times = s.moments().stream().filter(h -> h.sessionId() == sh.sessionId())
                            .map(h -> TimeCodes.hmsTenths(h.startMs())).toList();
                    out.printf("    %-24s %4d  %s%s%n", sh.session(), sh.hits(), String.join(" ", times),
                            times.size() < sh.hits() ? " ..." : "");
                }
            }
        }
    }

}
