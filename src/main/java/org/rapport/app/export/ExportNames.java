package org.rapport.app.export;

import org.rapport.model.session.Session;

/** How an export names sessions and speakers and writes free text: as stored, or de-identified. */
public interface ExportNames {
    ExportNames AS_STORED = new ExportNames() {
        @Override
        public String session(Session s) {
            return s.name();
        }

        @Override
        public String speaker(Session s, String label) {
            return label;
        }

        @Override
        public String text(Session s, String text) {
            return text;
        }
    };

    String session(Session s);

    /** A speaker's label in one session. */
    String speaker(Session s, String label);

    /** Free text said or written about a session (an utterance, a note); null stays null. */
    String text(Session s, String text);
}
