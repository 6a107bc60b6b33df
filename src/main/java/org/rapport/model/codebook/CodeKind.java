package org.rapport.model.codebook;

/** How a code is applied on the time line. */
public enum CodeKind {
    /** a stretch of time with an in and an out point */
    INTERVAL,
    /** a single moment */
    POINT,
    /** one or more whole utterances */
    UTTERANCE
}
