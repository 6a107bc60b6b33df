package org.rapport.search.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.rapport.search.analysis.SearchFields;
import org.rapport.search.query.UtteranceRef;

/**
 * What hits show of utterances, read from doc values (nothing is stored): the rows of the hits and of the
 * documents beside them, and each hit's neighbours in its session.
 */
final class UtteranceRows {
    /** What a hit shows of an utterance. */
    record Row(long sessionId, int utterance, long startMs, long endMs, String speaker, String role, String text) {
        UtteranceRef ref() {
            return new UtteranceRef(utterance, startMs, endMs, speaker, role, text);
        }
    }

    private final IndexSearcher searcher;
    private final Map<Integer, Row> rows;

    private UtteranceRows(IndexSearcher searcher, Map<Integer, Row> rows) {
        this.searcher = searcher;
        this.rows = rows;
    }

    /**
     * The rows of the hits and of the documents beside them, read segment by segment in document order. A session's
     * utterances are added together and in order, so the neighbours of a hit are almost always the documents next
     * to it.
     */
    static UtteranceRows around(IndexSearcher searcher, List<HitRef> hits) throws IOException {
        int maxDoc = searcher.getIndexReader().maxDoc();
        TreeSet<Integer> docs = new TreeSet<>();
        for (HitRef r : hits) {
            for (int d = r.doc() - 1; d <= r.doc() + 1; d++) if (d >= 0 && d < maxDoc) docs.add(d);
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, Row> out = new HashMap<>();
        LeafReaderContext leaf = null;
        RowReader reader = null;
        for (int doc : docs) {
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                reader = new RowReader(leaf.reader());
            }
            Row row = reader.read(doc - leaf.docBase);
            if (row != null) out.put(doc, row);
        }
        return new UtteranceRows(searcher, out);
    }

    /** The row of a document read by {@link #around}. */
    Row row(int doc) {
        return rows.get(doc);
    }

    /** The utterance before or after a hit: the adjacent document when it is that one, else looked up by uid. */
    UtteranceRef neighbour(int adjacentDoc, long sessionId, int utterance) throws IOException {
        if (utterance < 0) return null;
        Row adjacent = rows.get(adjacentDoc);
        if (adjacent != null && adjacent.sessionId() == sessionId && adjacent.utterance() == utterance) {
            return adjacent.ref();
        }
        TopDocs td = searcher.search(new TermQuery(new Term(SearchFields.UID,
                UtteranceDocuments.uid(sessionId, utterance))), 1);
        if (td.scoreDocs.length == 0) return null;
        int doc = td.scoreDocs[0].doc;
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Row row = new RowReader(leaf.reader()).read(doc - leaf.docBase);
        return row == null ? null : row.ref();
    }

    /** Reads rows of one segment from doc values; documents must be asked for in increasing order. */
    private static final class RowReader {
        private final Bits live;
        private final NumericDocValues sessions;
        private final NumericDocValues utterances;
        private final NumericDocValues starts;
        private final NumericDocValues ends;
        private final SortedDocValues speakers;
        private final SortedDocValues roles;
        private final BinaryDocValues texts;

        RowReader(LeafReader reader) throws IOException {
            live = reader.getLiveDocs();
            sessions = DocValues.getNumeric(reader, SearchFields.SESSION_ID);
            utterances = DocValues.getNumeric(reader, SearchFields.UTTERANCE);
            starts = DocValues.getNumeric(reader, SearchFields.START_MS);
            ends = DocValues.getNumeric(reader, SearchFields.END_MS);
            speakers = DocValues.getSorted(reader, SearchFields.SPEAKER_SHOWN);
            roles = DocValues.getSorted(reader, SearchFields.ROLE_SHOWN);
            texts = DocValues.getBinary(reader, SearchFields.TEXT_SHOWN);
        }

        Row read(int doc) throws IOException {
            if (live != null && !live.get(doc)) return null;
            if (!sessions.advanceExact(doc) || !utterances.advanceExact(doc) || !starts.advanceExact(doc)
                    || !ends.advanceExact(doc) || !speakers.advanceExact(doc) || !roles.advanceExact(doc)
                    || !texts.advanceExact(doc)) {
                return null;
            }
            return new Row(sessions.longValue(), (int) utterances.longValue(), starts.longValue(), ends.longValue(),
                    speakers.lookupOrd(speakers.ordValue()).utf8ToString(),
                    roles.lookupOrd(roles.ordValue()).utf8ToString(), texts.binaryValue().utf8ToString());
        }
    }
}
