package org.rapport.report.table;

import java.util.Map;
import java.util.TreeMap;

/**
 * A column of a table exported for R and SPSS, with what a syntax file needs to read and label it.
 *
 * @param name        the header name, a valid SPSS and R variable name ({@link VariableNames})
 * @param label       what the column holds, for SPSS's variable label
 * @param decimals    for numbers: the decimals SPSS shows
 * @param valueLabels for numbers: labelled values (the anchors of a scale, 0 = absent and 1 = present ...)
 */
public record Column(String name, String label, Kind kind, Level level, int decimals, Map<Double, String> valueLabels) {
    /** Numbers are read as numbers (an empty cell is missing); text as text. */
    public enum Kind { NUMBER, TEXT }

    /** SPSS's measurement level. */
    public enum Level { NOMINAL, ORDINAL, SCALE }

    public Column {
        valueLabels = java.util.Collections.unmodifiableMap(new TreeMap<>(valueLabels));
    }

    public static Column text(String name, String label) {
        return new Column(name, label, Kind.TEXT, Level.NOMINAL, 0, Map.of());
    }

    public static Column number(String name, String label, Level level, int decimals) {
        return new Column(name, label, Kind.NUMBER, level, decimals, Map.of());
    }

    public Column withValueLabels(Map<Double, String> labels) {
        return new Column(name, label, kind, level, decimals, labels);
    }
}
