package org.rapport.cli;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import picocli.CommandLine.ITypeConverter;

/**
 * Turns an option's value into the type it names by looking the spelling up where that type keeps its names (such as
 * {@code TranscriptFormat.fromKey}); the lookup refuses an unknown spelling with a {@code BadInputException}, which the
 * command line prints as one line of bad input. Used as {@code completionCandidates} it lists the spellings.
 */
public abstract class KeyConverter<T> implements ITypeConverter<T>, Iterable<String> {
    private final Function<String, T> lookup;
    private final List<String> keys;

    protected KeyConverter(Function<String, T> lookup, List<String> keys) {
        this.lookup = lookup;
        this.keys = List.copyOf(keys);
    }

    @Override
    public T convert(String value) {
        return lookup.apply(value);
    }

    @Override
    public Iterator<String> iterator() {
        return keys.iterator();
    }
}
