package org.rapport.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.search.analysis.ExactAnalyzer;
import org.rapport.search.analysis.SearchFields;

/** Turns a session's transcript into one Lucene document per utterance. */
public final class UtteranceDocuments {
    private static final FieldType EXACT = textType();
    private static final FieldType STEMMED = textType();

    private UtteranceDocuments() {
    }

    /** Analysed, with offsets for highlighting; not stored: what a hit shows is read from doc values. */
    private static FieldType textType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(false);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    static List<Document> of(Session s, Transcript t) {
        List<Document> docs = new ArrayList<>(t.utterances().size());
        Utterance previous = null;
        for (Utterance u : t.utterances()) {
            docs.add(of(s, t, u, previous));
            previous = u;
        }
        return docs;
    }

    private static Document of(Session s, Transcript t, Utterance u, Utterance previous) {
        Document d = new Document();
        d.add(new StringField(SearchFields.UID, uid(s.id(), u.index()), Field.Store.NO));
        d.add(new LongPoint(SearchFields.SESSION_ID, s.id()));
        d.add(new NumericDocValuesField(SearchFields.SESSION_ID, s.id()));
        keyword(d, SearchFields.SESSION, s.name());
        if (s.clientId() != null) keyword(d, SearchFields.CLIENT, s.clientId());
        if (s.therapist() != null) keyword(d, SearchFields.THERAPIST, s.therapist());
        if (s.number() != null) {
            d.add(new IntPoint(SearchFields.NUMBER, s.number()));
            d.add(new NumericDocValuesField(SearchFields.NUMBER, s.number()));
        }
        if (s.date() != null) {
            d.add(new LongPoint(SearchFields.DATE, s.date().toEpochDay()));
            d.add(new NumericDocValuesField(SearchFields.DATE, s.date().toEpochDay()));
        }
        String role = t.roleOf(u.speaker()).key();
        keyword(d, SearchFields.SPEAKER, u.speaker());
        keyword(d, SearchFields.ROLE, role);
        d.add(new SortedDocValuesField(SearchFields.SPEAKER_SHOWN, new BytesRef(u.speaker())));
        d.add(new SortedDocValuesField(SearchFields.ROLE_SHOWN, new BytesRef(role)));
        d.add(new BinaryDocValuesField(SearchFields.TEXT_SHOWN, new BytesRef(u.text())));
        d.add(new IntPoint(SearchFields.UTTERANCE, u.index()));
        d.add(new NumericDocValuesField(SearchFields.UTTERANCE, u.index()));
        d.add(new LongPoint(SearchFields.START_MS, u.startMs()));
        d.add(new NumericDocValuesField(SearchFields.START_MS, u.startMs()));
        d.add(new LongPoint(SearchFields.END_MS, u.endMs()));
        d.add(new NumericDocValuesField(SearchFields.END_MS, u.endMs()));
        int words = ExactAnalyzer.countWords(u.text());
        d.add(new IntPoint(SearchFields.WORDS, words));
        d.add(new NumericDocValuesField(SearchFields.WORDS, words));
        d.add(new Field(SearchFields.TEXT, u.text(), EXACT));
        d.add(new Field(SearchFields.STEMMED, u.text(), STEMMED));
        d.add(new StringField(SearchFields.PREV, prev(u, previous), Field.Store.NO));
        d.add(new StringField(SearchFields.PREV_ROLE, previous == null ? SearchFields.PREV_NONE
                : t.roleOf(previous.speaker()).key(), Field.Store.NO));
        return d;
    }

    private static void keyword(Document d, String field, String value) {
        d.add(new StringField(field, value.toLowerCase(Locale.ROOT), Field.Store.NO));
    }

    static String uid(long sessionId, int utterance) {
        return sessionId + ":" + utterance;
    }

    /**
     * What came just before: "none" for a session's first utterance, "same" when the same speaker goes on,
     * "question" when another speaker's utterance ends with '?' (closing quotes and brackets after it ignored),
     * otherwise "statement".
     */
    static String prev(Utterance u, Utterance previous) {
        if (previous == null) return SearchFields.PREV_NONE;
        if (previous.speaker().equals(u.speaker())) return SearchFields.PREV_SAME;
        return endsWithQuestionMark(previous.text()) ? SearchFields.PREV_QUESTION : SearchFields.PREV_STATEMENT;
    }

    public static boolean endsWithQuestionMark(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || "\"'\u201D\u2019)]\u00BB".indexOf(c) >= 0) continue;
            return c == '?';
        }
        return false;
    }
}
