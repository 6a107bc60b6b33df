package org.rapport.cli.project;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.rapport.app.session.SessionSummary;
import org.rapport.model.session.Session;

/** One session of {@code rapport sessions --json}; every key is always present (null when unknown). */
@JsonPropertyOrder({"name", "utterances", "participants", "duration_ms", "client", "therapist", "number", "date", "media",
        "media_sha256"})
record SessionJson(String name, int utterances, int participants, @JsonProperty("duration_ms") Long durationMs,
                   String client, String therapist, Integer number, String date, String media,
                   @JsonProperty("media_sha256") String mediaSha256) {
    static SessionJson of(SessionSummary s) {
        Session x = s.session();
        return new SessionJson(x.name(), s.utterances(), s.participants(), s.durationMs(), x.clientId(), x.therapist(),
                x.number(), x.date() == null ? null : x.date().toString(), x.mediaPath(), x.mediaSha256());
    }
}
