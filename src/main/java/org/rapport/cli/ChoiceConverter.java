package org.rapport.cli;

import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.rapport.model.BadInputException;
import picocli.CommandLine.ITypeConverter;

/**
 * Turns an option's value into the type it names, by its spelling in any case, and refuses any other spelling as bad
 * input that lists the choices: "unknown value 'x' for --weights; choose one of linear, quadratic, unweighted".
 * Subclasses name the option and its spellings; used as {@code completionCandidates} they list the spellings.
 */
public abstract class ChoiceConverter<T> implements ITypeConverter<T>, Iterable<String> {
    private final String option;
    private final Map<String, T> spellings;

    protected ChoiceConverter(String option, Map<String, T> spellings) {
        this.option = option;
        this.spellings = new TreeMap<>(spellings); // in alphabetical order, as the message lists them
    }

    @Override
    public T convert(String value) {
        T v = spellings.get(value.toLowerCase(Locale.ROOT));
        if (v == null) {
            throw new BadInputException("unknown value '" + value + "' for " + option + "; choose one of "
                    + String.join(", ", spellings.keySet()));
        }
        return v;
    }

    @Override
    public Iterator<String> iterator() {
        return spellings.keySet().iterator();
    }
}
