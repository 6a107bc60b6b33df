package org.rapport.app.export;

import org.rapport.app.deidentify.Deidentifier;
import org.rapport.model.session.Session;

/** Export names through a {@link Deidentifier}: session names, speaker labels and free text de-identified. */
record DeidentifiedNames(Deidentifier deidentifier) implements ExportNames {
    static ExportNames of(Deidentifier orNull) {
        return orNull == null ? AS_STORED : new DeidentifiedNames(orNull);
    }

    @Override
    public String session(Session s) {
        return deidentifier.sessionName(s);
    }

    @Override
    public String speaker(Session s, String label) {
        return deidentifier.text(label, s.name(), "speaker");
    }

    @Override
    public String text(Session s, String text) {
        return deidentifier.text(text, s.name(), "text");
    }
}
