package org.rapport.cli.search;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.rapport.app.Project;
import org.rapport.app.deidentify.Deidentifier;
import org.rapport.app.deidentify.DeidentifyRequest;
import org.rapport.app.search.DeidentifiedHits;
import org.rapport.app.search.LexiconResults;
import org.rapport.app.search.NearCode;
import org.rapport.app.search.SearchRequest;
import org.rapport.cli.DeidentifyOptions;
import org.rapport.cli.KeyConverter;
import org.rapport.cli.OutputPath;
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
import org.rapport.transcript.Output;
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
            description = "by session and time (default) or by relevance", converter = SortConverter.class,
            completionCandidates = SortConverter.class)
    SearchSort sort;
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
    @Option(names = "--csv", paramLabel = "FILE", converter = OutputPath.Converter.class,
            description = "also write every hit to a CSV file (- for standard output, instead of the listing)")
    OutputPath csv;
    @Mixin DeidentifyOptions deidentify;

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
        boolean csvOnly = csv != null && csv.isStandardOutput();
        if (csvOnly && (json || lexicon != null)) {
            throw new BadInputException("--csv - puts the hits on standard output: leave out --json and --lexicon");
        }
        DeidentifyRequest deid = deidentify.request(spec);
        if (deid != null && lexicon != null) {
            throw new BadInputException("--deidentify goes with the hits of a search, not with --lexicon");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (lexicon == null && nearCode == null && rater == null && csv == null && deid == null) {
            // the common case, which may answer from the index alone (docs/decisions/0022-search-from-the-shell.md)
            SearchResults r = Project.searchFromShell(project.project, project.credentials(),
                    new SearchRequest(query, sort, limit, null), IndexCommand.progressPrinter(spec.commandLine().getErr()));
            if (json) out.println(Json.write(SearchJson.Results.of(r)));
            else printHits(out, r);
            return RapportCommand.OK;
        }
        try (Project p = project.openForReading()) {
            p.search().setProgress(IndexCommand.progressPrinter(spec.commandLine().getErr()));
            Rater viewer = rater == null ? p.searchViewer() : p.raters().byName(rater);
            if (rater != null && !viewer.equals(p.identity().rater())) p.identity().checkMaySeeOthers("search as another rater");
            if (lexicon != null) {
                LexiconResults r = p.search().runLexicon(lexicon, code, viewer, limit);
                if (json) out.println(Json.write(SearchJson.Lexicon.of(r)));
                else printLexicon(out, r);
                return RapportCommand.OK;
            }
            NearCode near = nearCode == null ? null : new NearCode(nearCode, codebook, withinS, byRater, minRaters);
            SearchRequest req = new SearchRequest(query, sort, limit, near);
            Output csvOut = csv == null ? null : csv.open(spec);
            Deidentifier d = deid == null ? null : p.deidentify().start(deid, csvOut != null ? csvOut
                    : Output.stream("standard output", RapportCommand.standardOutput(spec)));
            SearchResults r = p.search().search(req, viewer);
            if (d != null) r = DeidentifiedHits.of(r, d);
            if (csv != null) {
                long rows = d == null ? p.search().exportCsv(req, viewer, csvOut)
                        : p.search().exportCsv(req, viewer, csvOut, d);
                spec.commandLine().getErr().printf("wrote %d hits to %s%n", rows, csv);
            }
            if (!csvOnly) {
                if (json) out.println(Json.write(SearchJson.Results.of(r)));
                else printHits(out, r);
            }
            if (d != null) {
                for (String line : p.deidentify().finish(d, deid)) spec.commandLine().getErr().println("  " + line);
            }
        }
        return RapportCommand.OK;
    }

    /** --sort time|relevance, by the order's key. */
    static final class SortConverter extends KeyConverter<SearchSort> {
        SortConverter() {
            super(SearchSort::fromKey, Stream.of(SearchSort.values()).map(SearchSort::key).toList());
        }
    }

    /**
     * The hits as one block of text, printed at once: built by hand rather than line by line with printf, which on
     * a project of 2,000 sessions took longer than the search itself.
     */
    private static void printHits(PrintWriter out, SearchResults r) {
        String nl = System.lineSeparator();
        StringBuilder b = new StringBuilder(4096);
        for (SearchHit h : r.hits()) {
            b.append(h.session()).append(" #").append(h.utterance()).append("  ").append(TimeCodes.hmsTenths(h.startMs()))
                    .append('-').append(TimeCodes.hmsTenths(h.endMs())).append("  ").append(h.speaker()).append(" (")
                    .append(h.role()).append(')').append(nl);
            if (h.previous() != null) b.append("    < ").append(h.previous().speaker()).append(": ").append(h.previous().text()).append(nl);
            b.append("    > ").append(h.marked("[", "]")).append(nl);
            if (h.next() != null) b.append("    < ").append(h.next().speaker()).append(": ").append(h.next().text()).append(nl);
        }
        b.append(r.total()).append(" hit(s) in ").append(r.perSession().size()).append(" session(s)")
                .append(r.hits().size() < r.total() ? " (showing " + r.hits().size() + "; --limit N for more)" : "")
                .append(", ").append(r.tookMs()).append(" ms").append(nl);
        for (SessionHits s : r.perSession()) {
            int start = b.length();
            b.append("  ").append(s.session());
            while (b.length() - start < 26) b.append(' ');
            b.append(' ').append(s.hits()).append(nl);
        }
        out.print(b);
        out.flush();
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
