package org.rapport.report.json;

import static com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One item of {@code rapport consensus list --json} (docs/workspace.md): where the sources disagree on a code group,
 * each source's codes there ({@code []}: none), and once decided how, why and by whom.
 */
@JsonPropertyOrder({"id", "session", "codebook", "group", "start_ms", "end_ms", "first_utterance", "last_utterance",
        "values", "decision"})
public record ConsensusItemJson(long id, String session, String codebook, String group,
                                @JsonProperty("start_ms") long startMs, @JsonProperty("end_ms") long endMs,
                                @JsonProperty("first_utterance") @JsonInclude(NON_NULL) Integer firstUtterance,
                                @JsonProperty("last_utterance") @JsonInclude(NON_NULL) Integer lastUtterance,
                                Map<String, List<String>> values, @JsonInclude(NON_NULL) Decision decision) {

    /** How an item was decided: {@code take} names the source taken, {@code codes} what the consensus has there. */
    @JsonPropertyOrder({"kind", "take", "codes", "reason", "decided_by", "decided_at"})
    public record Decision(String kind, @JsonInclude(NON_NULL) String take, List<String> codes, String reason,
                           @JsonProperty("decided_by") String decidedBy, @JsonProperty("decided_at") String decidedAt) {
    }

    public static String write(List<ConsensusItemJson> items) {
        return Json.write(items);
    }
}
