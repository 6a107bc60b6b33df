package org.rapport.app.imports;

/** Where a batch import reports how far it got: the CLI prints it, the app can show a bar. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (phase, done, total, file) -> { };

    /** Reading and checking every file first, then writing them all in one transaction. */
    enum Phase { READ, WRITE }

    /**
     * @param done  how many files of the phase are finished
     * @param file  the file being read (READ, done &lt; total) or just written (WRITE); null when the phase is over
     */
    void step(Phase phase, int done, int total, String file);
}
