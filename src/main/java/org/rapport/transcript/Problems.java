package org.rapport.transcript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.rapport.model.BadInputException;

/**
 * The problems of one input file, collected so a user sees all of them in one run rather than one per attempt.
 * Readers add a problem and go on with the next utterance or row; a problem after which nothing more can be read
 * (malformed XML, an unclosed quote) is {@link #fatal}. Up to {@link #MAX_LISTED} are listed, all are counted.
 */
public final class Problems {
    public static final int MAX_LISTED = 50;

    private final String source;
    private final List<BadInputException> listed = new ArrayList<>();
    private int total;

    public Problems(String source) {
        this.source = source;
    }

    public void add(Integer line, String problem) {
        add(new BadInputException(source, line, problem));
    }

    public void add(BadInputException e) {
        for (BadInputException p : e.problems()) {
            total++;
            if (listed.size() < MAX_LISTED) listed.add(p);
        }
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public int count() {
        return total;
    }

    /** Throws every problem found so far, if there is any. */
    public void throwIfAny() {
        if (total > 0) throw all();
    }

    /** A problem that ends reading: the exception to throw, listing it with those found before it. */
    public BadInputException fatal(Integer line, String problem) {
        add(line, problem);
        return all();
    }

    /** As {@link #fatal(Integer, String)}, for a problem already made into an exception. */
    public BadInputException fatal(BadInputException e) {
        add(e);
        return all();
    }

    private BadInputException all() {
        List<BadInputException> sorted = new ArrayList<>(listed);
        sorted.sort(Comparator.comparing(BadInputException::line, Comparator.nullsFirst(Comparator.naturalOrder())));
        return BadInputException.listing(sorted, total);
    }
}
