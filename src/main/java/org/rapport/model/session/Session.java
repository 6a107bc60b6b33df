package org.rapport.model.session;

import java.time.LocalDate;

/**
 * A recorded therapy session in a project.
 *
 * @param id           store id
 * @param name         unique name in the project
 * @param clientId     client or dyad identifier, may be null
 * @param therapist    therapist name or code, may be null
 * @param number       session number in the treatment, may be null
 * @param date         date of the session, may be null
 * @param mediaPath    absolute path of the recording, may be null
 * @param mediaSha256  SHA-256 of the recording when it was imported, may be null
 * @param durationMs   media (or transcript) duration, may be null
 */
public record Session(long id, String name, String clientId, String therapist, Integer number, LocalDate date,
                      String mediaPath, String mediaSha256, Long durationMs) {
}
