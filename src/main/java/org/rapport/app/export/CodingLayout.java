package org.rapport.app.export;

/** How codings are laid out in a CSV for analysis (docs/exports.md). */
public enum CodingLayout {
    /** One row per coding, the file Rapport imports again. */
    LONG("long"),
    /** One row per session, rater and utterance, a 0/1 column per code: the units of by-utterance agreement. */
    UTTERANCES("utterances"),
    /** One row per session, rater and segment, a column per code counting the codings that start in it. */
    SEGMENTS("segments");

    private final String key;

    CodingLayout(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
