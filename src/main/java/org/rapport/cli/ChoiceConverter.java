package org.rapport.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.rapport.model.BadInputException;

/**
 * A {@link KeyConverter} for types that keep no command-line names of their own: the subclass gives the option and
 * its spellings; any case is accepted, and any other spelling is refused with the choices in alphabetical order:
 * "unknown value 'x' for --weights; choose one of linear, quadratic, unweighted".
 */
public abstract class ChoiceConverter<T> extends KeyConverter<T> {
    protected ChoiceConverter(String option, Map<String, T> spellings) {
        this(option, new TreeMap<>(spellings));
    }

    private ChoiceConverter(String option, TreeMap<String, T> sorted) {
        super(value -> {
            T v = sorted.get(value.toLowerCase(Locale.ROOT));
            if (v == null) {
                throw new BadInputException("unknown value '" + value + "' for " + option + "; choose one of "
                        + String.join(", ", sorted.keySet()));
            }
            return v;
        }, List.copyOf(sorted.keySet()));
    }
}
