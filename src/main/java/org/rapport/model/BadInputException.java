package org.rapport.model;

import java.util.List;

/**
 * Input a user gave us is wrong (a file, a query, an argument). The message names the file, the line when known,
 * and the problem; the command line turns it into exit code 2 and no stack trace.
 *
 * <p>A file with several problems is reported by one exception listing them all ({@link #listing}): its source, line
 * and problem are those of the first, and its message has one {@code file:line: problem} line per problem.
 */
public class BadInputException extends RuntimeException {
    private final String source;
    private final Integer line;
    private final String problem;
    private final List<BadInputException> problems;

    public BadInputException(String source, Integer line, String problem) {
        super(format(source, line, problem));
        this.source = source;
        this.line = line;
        this.problem = problem;
        this.problems = List.of(this);
    }

    public BadInputException(String source, Integer line, String problem, Throwable cause) {
        super(format(source, line, problem), cause);
        this.source = source;
        this.line = line;
        this.problem = problem;
        this.problems = List.of(this);
    }

    /** For problems not tied to a file (an argument, a project state). */
    public BadInputException(String problem) {
        this(null, null, problem);
    }

    private BadInputException(List<BadInputException> problems, int total) {
        super(listingMessage(problems, total));
        BadInputException first = problems.get(0);
        this.source = first.source;
        this.line = first.line;
        this.problem = first.problem;
        this.problems = List.copyOf(problems);
    }

    /**
     * All the problems found in one input, reported together.
     *
     * @param problems the problems listed, in the order found (at least one)
     * @param total    how many were found, which may exceed the number listed
     */
    public static BadInputException listing(List<BadInputException> problems, int total) {
        if (problems.isEmpty()) throw new IllegalArgumentException("no problems to list");
        if (problems.size() == 1 && total <= 1) return problems.get(0);
        return new BadInputException(problems, total);
    }

    private static String listingMessage(List<BadInputException> problems, int total) {
        StringBuilder sb = new StringBuilder();
        for (BadInputException p : problems) sb.append(p.getMessage()).append('\n');
        String source = problems.get(0).source;
        sb.append(source == null ? "" : source + ": ").append(total).append(" problems");
        if (total > problems.size()) sb.append(" (the first ").append(problems.size()).append(" are listed)");
        return sb.toString();
    }

    private static String format(String source, Integer line, String problem) {
        StringBuilder sb = new StringBuilder();
        if (source != null) sb.append(source);
        if (line != null) sb.append(source != null ? ":" : "line ").append(line);
        if (sb.length() > 0) sb.append(": ");
        return sb.append(problem).toString();
    }

    public String source() {
        return source;
    }

    public Integer line() {
        return line;
    }

    public String problem() {
        return problem;
    }

    /** Every problem this exception reports: itself alone, or each problem of a file that had several. */
    public List<BadInputException> problems() {
        return problems;
    }
}
