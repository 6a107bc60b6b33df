package org.rapport.model.codebook;

import java.util.List;
import java.util.Optional;

/**
 * A coding manual: its codes, groups and rating scales.
 *
 * @param contentHash SHA-256 of the file it was read from, so a changed codebook is noticed
 * @param codeLevel   measurement level of the codes (normally nominal: present/absent)
 */
public record Codebook(String id, String version, String title, String description, List<CodeGroup> groups,
                       List<Code> codes, List<Scale> scales, MeasurementLevel codeLevel, String contentHash) {
    public Codebook {
        groups = List.copyOf(groups);
        codes = List.copyOf(codes);
        scales = List.copyOf(scales);
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

    public List<Scale> scalesInSubscale(String subscale) {
        return scales.stream().filter(s -> subscale.equals(s.subscale())).toList();
    }
}
