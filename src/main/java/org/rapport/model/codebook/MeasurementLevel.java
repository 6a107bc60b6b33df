package org.rapport.model.codebook;

/** Level of measurement of a code or scale; it decides which reliability statistic applies. */
public enum MeasurementLevel {
    NOMINAL, ORDINAL, INTERVAL, RATIO
}
