package org.rapport.model.codebook;

import java.util.List;
import java.util.Optional;

import org.rapport.model.session.Role;

/**
 * A coding manual: its codes, groups and rating scales.
 *
 * @param contentHash SHA-256 of the file it was read from, so a changed codebook is noticed
 * @param codeLevel   measurement level of the codes (normally nominal: present/absent)
 * @param criterion   the training criterion (decision 0015), or null when the codebook states none
 */
public record Codebook(String id, String version, String title, String description, List<CodeGroup> groups,
                       List<Code> codes, List<Scale> scales, MeasurementLevel codeLevel, String contentHash,
                       Criterion criterion) {
    public Codebook {
        groups = List.copyOf(groups);
        codes = List.copyOf(codes);
        scales = List.copyOf(scales);
    }

    /** A codebook without a training criterion. */
    public Codebook(String id, String version, String title, String description, List<CodeGroup> groups,
                    List<Code> codes, List<Scale> scales, MeasurementLevel codeLevel, String contentHash) {
        this(id, version, title, description, groups, codes, scales, codeLevel, contentHash, null);
    }

    /** The segment length when a codebook rates nothing per segment: the 3RS manual's 5 minutes. */
    public static final int DEFAULT_SEGMENT_MINUTES = 5;

    /** The segment length this codebook rates in (its first segment scale's), else {@link #DEFAULT_SEGMENT_MINUTES}. */
    public int segmentMinutes() {
        return scales.stream().map(Scale::unit).filter(u -> !u.isWholeSession()).mapToInt(RatingUnit::segmentMinutes)
                .findFirst().orElse(DEFAULT_SEGMENT_MINUTES);
    }

    public Optional<Code> code(String codeId) {
        return codes.stream().filter(c -> c.id().equals(codeId)).findFirst();
    }

    public Optional<Scale> scale(String scaleId) {
        return scales.stream().filter(s -> s.id().equals(scaleId)).findFirst();
    }

    public List<Code> codesInGroup(String groupId) {
        return codes.stream().filter(c -> groupId.equals(c.group())).toList();
    }

    /**
     * Whose speech a code applies to: what the code says, else what its group says; null for anyone's (or an unknown
     * code). Agreement by utterance or time slice counts only that speaker's utterances or speaking time.
     */
    public Role appliesTo(String codeId) {
        Code c = code(codeId).orElse(null);
        if (c == null) return null;
        if (c.appliesTo() != null) return c.appliesTo();
        return c.group() == null ? null : group(c.group()).map(CodeGroup::appliesTo).orElse(null);
    }

    /** Whose speech a group applies to: what it says, else what all its codes say alike; null for anyone's. */
    public Role groupAppliesTo(String groupId) {
        CodeGroup g = group(groupId).orElse(null);
        if (g == null) return null;
        if (g.appliesTo() != null) return g.appliesTo();
        List<Role> roles = codesInGroup(groupId).stream().map(c -> appliesTo(c.id())).distinct().toList();
        return roles.size() == 1 ? roles.get(0) : null;
    }

    public Optional<CodeGroup> group(String groupId) {
        return groups.stream().filter(g -> g.id().equals(groupId)).findFirst();
    }

    public List<Scale> scalesInSubscale(String subscale) {
        return scales.stream().filter(s -> subscale.equals(s.subscale())).toList();
    }
}
