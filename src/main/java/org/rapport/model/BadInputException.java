package org.rapport.model;

/**
 * Input a user gave us is wrong (a file, a query, an argument). The message names the file, the line when known,
 * and the problem; the command line turns it into exit code 2 and no stack trace.
 */
public class BadInputException extends RuntimeException {
    private final String source;
    private final Integer line;
    private final String problem;

    public BadInputException(String source, Integer line, String problem) {
        super(format(source, line, problem));
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    public BadInputException(String source, Integer line, String problem, Throwable cause) {
        super(format(source, line, problem), cause);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    /** For problems not tied to a file (an argument, a project state). */
    public BadInputException(String problem) {
        this(null, null, problem);
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
}
