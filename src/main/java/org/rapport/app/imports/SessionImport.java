package org.rapport.app.imports;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.rapport.model.session.Role;
import org.rapport.transcript.ReadOptions;
import org.rapport.transcript.TranscriptFormat;

/**
 * What to import as a new session.
 *
 * @param format  null to take it from the transcript's file extension
 * @param media   null for a transcript-only session
 * @param roles   speaker label to role, overriding the roles inferred from labels
 * @param reading how to read the transcript (encoding, time unit, tiers ...); null for the defaults
 */
public record SessionImport(String name, Path transcript, TranscriptFormat format, Path media, Map<String, Role> roles,
                            String clientId, String therapist, Integer number, LocalDate date, ReadOptions reading) {
    public SessionImport {
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        reading = reading == null ? ReadOptions.DEFAULTS : reading;
    }

    public SessionImport(String name, Path transcript, TranscriptFormat format, Path media, Map<String, Role> roles,
                         String clientId, String therapist, Integer number, LocalDate date) {
        this(name, transcript, format, media, roles, clientId, therapist, number, date, null);
    }

    public static SessionImport of(String name, Path transcript) {
        return new SessionImport(name, transcript, null, null, Map.of(), null, null, null, null);
    }
}
