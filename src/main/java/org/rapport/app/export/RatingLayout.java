package org.rapport.app.export;

/** How ratings are laid out in a CSV for analysis (docs/exports.md). */
public enum RatingLayout {
    /** One row per rating (rater × session × item × segment), the file Rapport imports again. */
    LONG("long"),
    /** One row per session, rater and segment, a column per item (and a scored column per reverse-keyed item). */
    WIDE("wide");

    private final String key;

    RatingLayout(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
