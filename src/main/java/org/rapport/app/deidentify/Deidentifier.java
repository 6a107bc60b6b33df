package org.rapport.app.deidentify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapport.model.session.Session;

/**
 * Takes identifiers out of the text of one export (docs/exports.md, "De-identified exports"). The clients and
 * therapists of the project's sessions and the terms of its identifier list become pseudonyms ({@code Client-2},
 * {@code Therapist-1}, {@code Name-4}, {@code Place-1}, {@code Number-1}: numbered in the order of the project's
 * sessions and of the list, so the same person has the same pseudonym in every export) or, with
 * {@link #redactNames}, {@code [NAME]}, {@code [PLACE]}, {@code [NUMBER]}; then {@link MaskRules} masks e-mail
 * addresses, URLs, phone numbers, dates and long digit runs. Every replacement is counted for the review list.
 * Not thread-safe: one per export.
 */
public final class Deidentifier {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_.-]+");
    private static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir");

    /** A term to find: what it stands for and what is written instead. */
    private record Term(String rule, String replacement) {
    }

    private final boolean redactNames;
    private final Map<String, Term> terms = new HashMap<>();
    private final Pattern termPattern;
    private final List<KeyEntry> key = new ArrayList<>();
    private final Map<Long, String> sessionNames = new HashMap<>();
    private final Map<List<String>, Integer> replaced = new LinkedHashMap<>();

    /**
     * @param sessions    the project's sessions in project order (their clients and therapists, and their names)
     * @param list        the project's identifier list
     * @param redactNames [NAME] and the like instead of pseudonyms
     */
    public Deidentifier(List<Session> sessions, IdentifierList list, boolean redactNames) {
        this.redactNames = redactNames;
        Map<String, String> people = new LinkedHashMap<>(); // "client|value" -> pseudonym
        int clients = 0;
        int therapists = 0;
        for (Session s : sessions) {
            if (s.clientId() != null && !s.clientId().isBlank() && !people.containsKey("client|" + s.clientId())) {
                String pseudonym = "Client-" + ++clients;
                people.put("client|" + s.clientId(), pseudonym);
                addPerson("client", s.clientId(), pseudonym);
            }
            if (s.therapist() != null && !s.therapist().isBlank() && !people.containsKey("therapist|" + s.therapist())) {
                String pseudonym = "Therapist-" + ++therapists;
                people.put("therapist|" + s.therapist(), pseudonym);
                addPerson("therapist", s.therapist(), pseudonym);
            }
        }
        Map<IdentifierList.Kind, Integer> numbers = new HashMap<>();
        for (IdentifierList.Identifier id : list.identifiers()) {
            String kind = id.kind().key();
            String pseudonym = Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + "-"
                    + numbers.merge(id.kind(), 1, Integer::sum);
            String mask = "[" + kind.toUpperCase(Locale.ROOT) + "]";
            Term term = new Term(kind, redactNames ? mask : pseudonym);
            for (String t : id.terms()) terms.putIfAbsent(normal(t), term);
            key.add(new KeyEntry(pseudonym, kind, String.join(", ", id.terms())));
        }
        termPattern = terms.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:" + String.join("|", TITLES)
                + ")\\.?\\s+)?(?<term>" + String.join("|",
                terms.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(t -> t))
                        .map(Deidentifier::termRegex).toList()) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        nameSessions(sessions);
    }

    /** A client or therapist: the whole value, and each of its words that could be said alone (not Dr or Ms). */
    private void addPerson(String rule, String value, String pseudonym) {
        Term term = new Term(rule, redactNames ? "[NAME]" : pseudonym);
        terms.putIfAbsent(normal(value), term);
        for (String word : value.strip().split("[\\s.,]+")) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.length() >= 3 && w.chars().anyMatch(Character::isLetter) && !TITLES.contains(w)) {
                terms.putIfAbsent(w, term);
            }
        }
        key.add(new KeyEntry(pseudonym, rule, value));
    }

    /** A term as it is looked up: lower case, the gaps between its words (spaces, - _ .) one space. */
    private static String normal(String term) {
        return SEPARATORS.matcher(term.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** A term's words as written, with any gap between them (spaces, a line break, - _ . as in maria-lopez-1). */
    private static String termRegex(String normalTerm) {
        return String.join("[\\s_.-]+", java.util.Arrays.stream(normalTerm.split(" ")).map(Pattern::quote).toList());
    }

    /** De-identified session names stay unique: a name that would clash gets its store id. */
    private void nameSessions(List<Session> sessions) {
        Set<String> used = new HashSet<>();
        Map<Long, String> wanted = new LinkedHashMap<>();
        for (Session s : sessions) {
            String name = redact(s.name(), s.name(), "session name").text();
            wanted.put(s.id(), name);
        }
        for (Session s : sessions) {
            String name = wanted.get(s.id());
            if (!used.add(name.toLowerCase(Locale.ROOT))) {
                name = name + "-" + s.id();
                used.add(name.toLowerCase(Locale.ROOT));
            }
            sessionNames.put(s.id(), name);
        }
        replaced.clear(); // counted when a session's name is written, not here
    }

    public boolean redactsNames() {
        return redactNames;
    }

    /** A session's name as the export writes it. */
    public String sessionName(Session s) {
        return sessionName(s.id(), s.name());
    }

    /** The name as the export writes it of the session with this store id and name. */
    public String sessionName(long id, String stored) {
        String name = sessionNames.get(id);
        if (name == null) return text(stored, stored, "session name");
        if (!name.equals(stored)) count(stored, "session name", "session name", stored, name);
        return name;
    }

    /** A text with its identifiers replaced; null stays null. */
    public String text(String text, String session, String field) {
        return text == null ? null : redact(text, session, field).text();
    }

    /** As {@link #text}, with where each replacement is, to carry offsets over. */
    public Redacted redact(String text, String session, String field) {
        List<int[]> spans = new ArrayList<>();
        List<String> writes = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        find(MaskRules.BEFORE_NAMES, text, spans, writes, rules);
        if (termPattern != null) {
            Matcher m = termPattern.matcher(text);
            while (m.find()) {
                Term t = terms.get(normal(m.group("term"))); // a title before a name goes with it: Ms Lopez
                if (t == null || overlaps(spans, m.start(), m.end())) continue;
                spans.add(new int[] {m.start(), m.end()});
                writes.add(t.replacement());
                rules.add(t.rule());
            }
        }
        find(MaskRules.AFTER_NAMES, text, spans, writes, rules);
        Integer[] order = new Integer[spans.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> spans.get(i)[0]));
        StringBuilder out = new StringBuilder();
        List<Redacted.Edit> edits = new ArrayList<>();
        int at = 0;
        for (int i : order) {
            int[] span = spans.get(i);
            out.append(text, at, span[0]);
            int newStart = out.length();
            out.append(writes.get(i));
            edits.add(new Redacted.Edit(span[0], span[1], newStart, out.length()));
            count(session, field, rules.get(i), text.substring(span[0], span[1]), writes.get(i));
            at = span[1];
        }
        out.append(text, at, text.length());
        return new Redacted(out.toString(), edits);
    }

    private static void find(List<MaskRules.Rule> ruleList, String text, List<int[]> spans, List<String> writes,
                             List<String> rules) {
        for (MaskRules.Rule rule : ruleList) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                if (overlaps(spans, m.start(), m.end())) continue;
                String write = rule.replacement().apply(m);
                if (write == null) continue;
                spans.add(new int[] {m.start(), m.end()});
                writes.add(write);
                rules.add(rule.name());
            }
        }
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] s : spans) if (start < s[1] && s[0] < end) return true;
        return false;
    }

    private void count(String session, String field, String rule, String original, String replacement) {
        replaced.merge(List.of(session == null ? "" : session, field, rule, original, replacement), 1, Integer::sum);
    }

    /** What was replaced, where, how often: the review list. */
    public List<Replacement> replacements() {
        List<Replacement> out = new ArrayList<>();
        replaced.forEach((k, n) -> out.add(new Replacement(k.get(0), k.get(1), k.get(2), k.get(3), k.get(4), n)));
        return out;
    }

    /** How many replacements of each rule were made, e.g. "client 12, date 3". */
    public Map<String, Integer> countsByRule() {
        Map<String, Integer> out = new LinkedHashMap<>();
        replaced.forEach((k, n) -> out.merge(k.get(2), n, Integer::sum));
        return out;
    }

    /** The pseudonyms and what they stand for: the key, written only where asked. */
    public List<KeyEntry> key() {
        return List.copyOf(key);
    }
}
