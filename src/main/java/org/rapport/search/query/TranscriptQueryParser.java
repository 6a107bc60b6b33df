package org.rapport.search.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.rapport.model.BadInputException;
import org.rapport.model.Limits;
import org.rapport.model.session.Role;
import org.rapport.search.analysis.FieldAnalyzers;
import org.rapport.search.analysis.IndexLanguage;
import org.rapport.search.analysis.SearchFields;

/**
 * Lucene's classic query syntax over utterance documents. Field names are checked (an unknown one is named, with
 * the known ones); numeric fields (words, number, utterance, start_ms, end_ms) and date take exact values and
 * ranges as point queries; role and prev values are checked. Terms without a field search the exact wording, and
 * terms are ANDed unless OR is written.
 */
public final class TranscriptQueryParser {
    private final Analyzer analyzer;

    public TranscriptQueryParser(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** A parser with the analyzers an index in that language uses. */
    public static TranscriptQueryParser forLanguage(IndexLanguage language) {
        return new TranscriptQueryParser(FieldAnalyzers.create(language));
    }

    /** Parses a query; a malformed one is bad input naming the position (from 1) and the problem. */
    public Query parse(String query) {
        if (query == null || query.isBlank()) return new MatchAllDocsQuery();
        if (query.length() > Limits.QUERY) {
            throw new BadInputException(String.format(Locale.ROOT, "the query is %,d characters long, more than the"
                    + " limit of %,d", query.length(), Limits.QUERY));
        }
        Parser p = new Parser(analyzer);
        try {
            return p.parse(query);
        } catch (TooComplexToDeterminizeException e) {
            throw new BadInputException("query '" + Limits.abbreviated(query) + "'", null, "a regular expression or"
                    + " wildcard in it is too complex to search (it would need more than " + Operations.DEFAULT_DETERMINIZE_WORK_LIMIT
                    + " automaton states); simplify it, e.g. fewer nested repetitions such as {1,100}");
        } catch (ParseException e) {
            throw new BadInputException("query '" + query + "'", null, describe(query, e));
        } catch (TokenMgrError e) {
            throw new BadInputException("query '" + query + "'", null, describeLexical(query, e.getMessage()));
        }
    }

    private static String describe(String query, ParseException wrapper) {
        // QueryParserBase.parse wraps what went wrong in a ParseException of its own: look at the cause
        Throwable cause = wrapper.getCause() != null ? wrapper.getCause() : wrapper;
        if (cause instanceof TokenMgrError t) return describeLexical(query, t.getMessage());
        if (cause.getCause() instanceof BadInputException b) return b.problem();
        if (cause instanceof ParseException e && e.currentToken != null && e.currentToken.next != null) {
            Token next = e.currentToken.next;
            if (next.kind == 0) { // end of input
                return "the query ends too early at position " + (query.length() + 1)
                        + " (a term, a closing bracket or parenthesis, or TO is missing)";
            }
            // the parser's columns count from 0
            return "unexpected '" + next.image + "' at position " + (next.beginColumn + 1);
        }
        String m = String.valueOf(cause.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static String describeLexical(String query, String message) {
        int quotes = (int) query.chars().filter(ch -> ch == '"').count();
        if (quotes % 2 == 1) {
            return "a phrase is not closed: the \" at position " + (query.lastIndexOf('"') + 1) + " has no partner";
        }
        if (query.endsWith("\\")) return "the query ends with an escape character (\\) at position " + query.length();
        return "a character cannot be read (" + message + ")";
    }

    /** The classic parser with Rapport's fields. */
    private static final class Parser extends QueryParser {
        Parser(Analyzer analyzer) {
            super(SearchFields.TEXT, analyzer);
            setDefaultOperator(Operator.AND);
            setSplitOnWhitespace(true);
            setAutoGeneratePhraseQueries(true);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            check(field);
            if (isNumeric(field)) return exact(field, queryText);
            checkValue(field, queryText);
            return super.getFieldQuery(field, queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            check(field);
            if (isNumeric(field)) return exact(field, queryText);
            return super.getFieldQuery(field, queryText, slop);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                      boolean endInclusive) throws ParseException {
            check(field);
            if (SearchFields.DATE.equals(field)) {
                long lo = part1 == null || "*".equals(part1) ? Long.MIN_VALUE : day(part1) + (startInclusive ? 0 : 1);
                long hi = part2 == null || "*".equals(part2) ? Long.MAX_VALUE : day(part2) - (endInclusive ? 0 : 1);
                return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(field, lo, hi),
                        NumericDocValuesField.newSlowRangeQuery(field, lo, hi));
            }
            if (SearchFields.INTS.contains(field)) {
                long lo = bound(field, part1, Integer.MIN_VALUE, startInclusive ? 0 : 1);
                long hi = bound(field, part2, Integer.MAX_VALUE, endInclusive ? 0 : -1);
                int from = (int) Math.max(Integer.MIN_VALUE, lo);
                int to = (int) Math.min(Integer.MAX_VALUE, hi);
                Query points = IntPoint.newRangeQuery(field, from, to);
                // with doc values Lucene may check the range per candidate instead of walking the points
                return SearchFields.WITH_DOC_VALUES.contains(field)
                        ? new IndexOrDocValuesQuery(points, NumericDocValuesField.newSlowRangeQuery(field, from, to))
                        : points;
            }
            if (SearchFields.LONGS.contains(field)) {
                long lo = bound(field, part1, Long.MIN_VALUE, startInclusive ? 0 : 1);
                long hi = bound(field, part2, Long.MAX_VALUE, endInclusive ? 0 : -1);
                return new IndexOrDocValuesQuery(LongPoint.newRangeQuery(field, lo, hi),
                        NumericDocValuesField.newSlowRangeQuery(field, lo, hi));
            }
            return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            if ("*".equals(field) && "*".equals(termStr)) return new MatchAllDocsQuery();
            check(field);
            noPattern(field, termStr);
            return super.getWildcardQuery(field, termStr);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            check(field);
            noPattern(field, termStr);
            return super.getPrefixQuery(field, termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            check(field);
            noPattern(field, termStr);
            return super.getFuzzyQuery(field, termStr, minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            check(field);
            noPattern(field, termStr);
            return super.getRegexpQuery(field, termStr);
        }

        private static boolean isNumeric(String field) {
            return SearchFields.INTS.contains(field) || SearchFields.LONGS.contains(field)
                    || SearchFields.DATE.equals(field);
        }

        private static void check(String field) throws ParseException {
            if (!SearchFields.QUERYABLE.containsKey(field)) {
                throw bad("unknown field '" + field + "'; known fields: "
                        + String.join(", ", SearchFields.QUERYABLE.keySet()));
            }
        }

        private static void noPattern(String field, String term) throws ParseException {
            if (isNumeric(field)) {
                throw bad(field + ": '" + term + "' is not a number; use a value or a range such as " + field
                        + ":[1 TO 3]");
            }
        }

        private static void checkValue(String field, String value) throws ParseException {
            String v = value.toLowerCase(Locale.ROOT);
            if ((SearchFields.ROLE.equals(field) || SearchFields.PREV_ROLE.equals(field))
                    && Role.fromKey(v) == null && !(SearchFields.PREV_ROLE.equals(field) && "none".equals(v))) {
                throw bad(field + ": unknown role '" + value + "'; roles: " + String.join(", ",
                        Arrays.stream(Role.values()).map(Role::key).toList()));
            }
            if (SearchFields.PREV.equals(field) && !SearchFields.PREV_VALUES.contains(v)) {
                throw bad("prev: unknown value '" + value + "'; values: question, statement, same, none");
            }
        }

        private static Query exact(String field, String text) throws ParseException {
            if (SearchFields.DATE.equals(field)) return LongPoint.newExactQuery(field, day(text));
            long v = number(field, text);
            if (SearchFields.INTS.contains(field)) return IntPoint.newExactQuery(field, (int) v);
            return LongPoint.newExactQuery(field, v);
        }

        private static long bound(String field, String part, long open, int shift) throws ParseException {
            if (part == null || "*".equals(part)) return open;
            return number(field, part) + shift;
        }

        private static long number(String field, String text) throws ParseException {
            try {
                return Long.parseLong(text.trim());
            } catch (NumberFormatException e) {
                throw bad(field + ": '" + text + "' is not a whole number");
            }
        }

        static long day(String text) throws ParseException {
            try {
                return LocalDate.parse(text.trim()).toEpochDay();
            } catch (DateTimeParseException e) {
                throw bad("date: '" + text + "' is not a date (YYYY-MM-DD)");
            }
        }

        private static ParseException bad(String problem) {
            ParseException p = new ParseException(problem);
            p.initCause(new BadInputException(problem));
            return p;
        }
    }
}
