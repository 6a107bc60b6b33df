package org.rapport.search.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The fields of an utterance document, as users name them in queries. */
public final class SearchFields {
    /** Exact wording: lower-cased, apostrophes kept, no stemming ("don't" never matches "do"). */
    public static final String TEXT = "text";
    /** The same words stemmed by the project language's analyzer, for looser queries. */
    public static final String STEMMED = "stemmed";
    public static final String SESSION = "session";
    public static final String CLIENT = "client";
    public static final String THERAPIST = "therapist";
    public static final String NUMBER = "number";
    public static final String DATE = "date";
    public static final String SPEAKER = "speaker";
    public static final String ROLE = "role";
    public static final String UTTERANCE = "utterance";
    public static final String START_MS = "start_ms";
    public static final String END_MS = "end_ms";
    public static final String WORDS = "words";
    public static final String PREV = "prev";
    public static final String PREV_ROLE = "prev_role";

    /** Internal fields, not for queries. */
    public static final String SESSION_ID = "session_id";
    public static final String UID = "uid";
    /** What a hit shows, as doc values: read in blocks of a few documents, cheaper than stored fields. */
    public static final String SPEAKER_SHOWN = "speaker_shown";
    public static final String ROLE_SHOWN = "role_shown";
    public static final String TEXT_SHOWN = "text_shown";

    /** prev: values. */
    public static final String PREV_QUESTION = "question";
    public static final String PREV_STATEMENT = "statement";
    public static final String PREV_SAME = "same";
    public static final String PREV_NONE = "none";
    public static final Set<String> PREV_VALUES = Set.of(PREV_QUESTION, PREV_STATEMENT, PREV_SAME, PREV_NONE);

    /** Fields matched as whole lower-cased values. */
    public static final Set<String> KEYWORDS = Set.of(SESSION, CLIENT, THERAPIST, SPEAKER, ROLE, PREV, PREV_ROLE);
    /** Whole-number fields (IntPoint). */
    public static final Set<String> INTS = Set.of(NUMBER, UTTERANCE, WORDS);
    /** Numeric fields that also have doc values, so a range can be checked per candidate of a selective query. */
    public static final Set<String> WITH_DOC_VALUES = Set.of(WORDS, UTTERANCE, START_MS, END_MS, NUMBER, DATE);
    /** Millisecond fields (LongPoint). */
    public static final Set<String> LONGS = Set.of(START_MS, END_MS);

    /** Every field a query may name, with what it holds (shown when a query names an unknown field). */
    public static final Map<String, String> QUERYABLE;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(TEXT, "exact wording (the default field)");
        m.put(STEMMED, "stemmed wording");
        m.put(ROLE, "role of the speaker: client, therapist, co-therapist, group-member, other");
        m.put(SPEAKER, "speaker label");
        m.put(SESSION, "session name");
        m.put(CLIENT, "client id of the session");
        m.put(THERAPIST, "therapist of the session");
        m.put(NUMBER, "session number");
        m.put(DATE, "session date, YYYY-MM-DD");
        m.put(WORDS, "number of words in the utterance");
        m.put(PREV, "the previous utterance: question, statement, same (same speaker) or none");
        m.put(PREV_ROLE, "role of the previous utterance's speaker");
        m.put(UTTERANCE, "utterance index in the session, from 0");
        m.put(START_MS, "start time in ms");
        m.put(END_MS, "end time in ms");
        QUERYABLE = java.util.Collections.unmodifiableMap(m);
    }

    private SearchFields() {
    }
}
