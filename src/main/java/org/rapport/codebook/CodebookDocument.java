package org.rapport.codebook;

import java.util.List;
import java.util.Optional;

import org.rapport.model.codebook.Codebook;

/**
 * A loaded codebook with what the file declares beyond {@link Codebook}: the subscale labels
 * ({@link org.rapport.model.codebook.Scale#subscale()} holds only the id).
 */
public record CodebookDocument(Codebook codebook, List<Subscale> subscales) {
    public CodebookDocument {
        subscales = List.copyOf(subscales);
    }

    public Optional<Subscale> subscale(String id) {
        return subscales.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
