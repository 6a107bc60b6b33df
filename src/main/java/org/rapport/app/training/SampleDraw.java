package org.rapport.app.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.rapport.model.session.Session;

/**
 * The random pick of a reliability sample: the sessions (sorted by name) fall into strata (sorted by value, sessions
 * without a value last); each stratum is shuffled with one {@link Random} seeded with the seed, in stratum order,
 * and the first round(share × size) of it are picked (halves round up). {@code java.util.Random}'s sequence is fixed
 * by its specification, so the same seed picks the same sessions on every machine and Java version.
 */
final class SampleDraw {
    /** The stratifications a sample may use, with the session's value for each. */
    static final Map<String, Function<Session, String>> STRATA = Map.of(
            "client", Session::clientId,
            "therapist", Session::therapist,
            "session-number", s -> s.number() == null ? null : s.number().toString());

    record Stratum(String key, List<Session> sessions, List<Session> picked) {
    }

    private SampleDraw() {
    }

    static int size(double share, int n) {
        return BigDecimal.valueOf(share).multiply(BigDecimal.valueOf(n)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /** @param stratify a key of {@link #STRATA}, or null for one stratum of all sessions */
    static List<Stratum> draw(List<Session> population, double share, long seed, String stratify) {
        Function<Session, String> key = stratify == null ? s -> null : STRATA.get(stratify);
        Map<String, List<Session>> byKey = new LinkedHashMap<>();
        List<Session> sorted = new ArrayList<>(population);
        sorted.sort(Comparator.comparing(Session::name));
        List<String> keys = new ArrayList<>();
        for (Session s : sorted) {
            String k = key.apply(s);
            if (!byKey.containsKey(k)) keys.add(k);
            byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(s);
        }
        keys.sort(Comparator.nullsLast(Comparator.naturalOrder()));
        Random random = new Random(seed);
        List<Stratum> out = new ArrayList<>();
        for (String k : keys) {
            List<Session> members = byKey.get(k);
            List<Session> shuffled = new ArrayList<>(members);
            Collections.shuffle(shuffled, random);
            out.add(new Stratum(k, members, List.copyOf(shuffled.subList(0, size(share, members.size())))));
        }
        return out;
    }
}
