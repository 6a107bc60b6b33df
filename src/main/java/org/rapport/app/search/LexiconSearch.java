package org.rapport.app.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.search.Query;
import org.rapport.model.BadInputException;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.SavedSearch;
import org.rapport.search.index.SessionNames;
import org.rapport.search.index.TranscriptIndex;
import org.rapport.search.query.SearchResults;
import org.rapport.search.query.SearchSort;
import org.rapport.search.query.TranscriptQueryParser;

/**
 * Runs a codebook's saved searches (its marker lexicon, e.g. the 3RS markers) and lists the candidate moments each
 * flags, per code and session: flags for a human coder, never codings. No codings are read, so every viewer sees
 * the same flags.
 */
public final class LexiconSearch {
    private final SearchIndexKeeper index;
    private final SessionNameCache names;
    private final CodebookSource codebooks;

    LexiconSearch(SearchIndexKeeper index, SessionNameCache names, CodebookSource codebooks) {
        this.index = index;
        this.names = names;
        this.codebooks = codebooks;
    }

    /** Runs every saved search of a codebook (or of one of its codes) and lists what they flag. */
    public LexiconResults run(String codebookId, String codeId, int momentsPerSearch) {
        return run(codebooks.currentCodebook(codebookId), codeId, momentsPerSearch);
    }

    /** Runs the saved searches of the given codebook (or of one code of it, when codeId is not null). */
    public LexiconResults run(Codebook codebook, String codeId, int momentsPerSearch) {
        List<Code> codes = codesWithSearches(codebook, codeId);
        // parse everything first: a bad saved search is reported before any work is done
        TranscriptQueryParser parser = index.parser();
        Map<SavedSearch, Query> queries = new HashMap<>();
        for (Code code : codes) {
            for (int n = 0; n < code.searches().size(); n++) {
                SavedSearch s = code.searches().get(n);
                try {
                    queries.put(s, parser.parse(s.query()));
                } catch (BadInputException e) {
                    throw new BadInputException("codebook " + codebook.id() + ", code " + code.id() + ", search "
                            + (n + 1), null, e.getMessage());
                }
            }
        }
        TranscriptIndex i = index.current();
        SessionNames sessionNames = names.current();
        List<LexiconResults.CodeFlags> out = new ArrayList<>();
        for (Code code : codes) {
            List<LexiconResults.SearchFlags> flags = new ArrayList<>();
            for (SavedSearch s : code.searches()) {
                SearchResults r = i.search(queries.get(s), SearchSort.TIME, momentsPerSearch, sessionNames, null);
                flags.add(new LexiconResults.SearchFlags(s.query(), s.description(), r.total(), r.perSession(),
                        r.hits()));
            }
            out.add(new LexiconResults.CodeFlags(code.id(), code.label(), code.group(), flags));
        }
        return new LexiconResults(codebook.id(), codebook.version(), out);
    }

    /** The one code asked for, or every code with saved searches; bad input when there are none. */
    private static List<Code> codesWithSearches(Codebook codebook, String codeId) {
        if (codeId != null) {
            Code code = codebook.code(codeId).orElseThrow(() -> new BadInputException("codebook " + codebook.id()
                    + " has no code '" + codeId + "'; codes: " + String.join(", ",
                    codebook.codes().stream().map(Code::id).toList())));
            if (code.searches().isEmpty()) {
                throw new BadInputException("code " + codeId + " of codebook " + codebook.id() + " has no saved searches");
            }
            return List.of(code);
        }
        List<Code> codes = codebook.codes().stream().filter(c -> !c.searches().isEmpty()).toList();
        if (codes.isEmpty()) {
            throw new BadInputException("codebook " + codebook.id() + " declares no saved searches (searches: under"
                    + " a code)");
        }
        return codes;
    }
}
