package org.rapport.transcript.coding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.rapport.model.BadInputException;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.CodeGroup;
import org.rapport.model.codebook.Codebook;
import org.rapport.transcript.EafFile;
import org.rapport.transcript.Problems;
import org.rapport.transcript.SourceText;

/**
 * Reads the coded tiers of an ELAN file as codings of one rater with one codebook. Each annotation's value is matched
 * to a code of the tier's code group (or of the whole codebook): by code id, then by id in any case, by code name,
 * by hotkey. A value may carry a note after " | ", as Rapport writes it. Empty annotations are left out (and
 * counted); a value that matches no code, or several, is a problem naming its line, and every problem of the file is
 * listed at once. See docs/transcript-formats.md, "Codings from ELAN".
 */
public final class CodingEafReader {
    /** Rapport writes codings tiers as "rater – group", with " (2)" ... for overlaps. */
    private static final String RATER_SEPARATOR = " \u2013 ";

    /**
     * A tier to read and the code group its values belong to.
     *
     * @param group a code group id or name, or null for any code of the codebook
     */
    public record TierGroup(String tier, String group) {
    }

    /** A coding read from an annotation: its line, the code it names, its times and the note after " | ". */
    public record Coded(int line, String code, long startMs, long endMs, String note) {
    }

    /** The codings read, what the reader did, and the media the file links. */
    public record Result(List<Coded> codings, List<String> notes, List<String> media) {
    }

    private CodingEafReader() {
    }

    /**
     * @param tiers the tiers to read; empty to read every tier named after a code group of the codebook (or
     *              "rater – group" for this rater)
     */
    public static Result read(Path file, String rater, Codebook codebook, List<TierGroup> tiers) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        EafFile eaf = EafFile.read(name, SourceText.readBytes(file), null, false);
        List<String> notes = new ArrayList<>();
        Map<EafFile.Tier, CodeGroup> chosen = tiers.isEmpty() ? byName(eaf, rater, codebook, notes)
                : named(eaf, codebook, tiers);
        Problems problems = new Problems(name);
        List<Coded> rows = new ArrayList<>();
        int empty = 0;
        for (var e : chosen.entrySet()) {
            List<Code> codes = e.getValue() == null ? codebook.codes() : codebook.codesInGroup(e.getValue().id());
            String scope = e.getValue() == null ? "codebook " + codebook.id() : "group " + e.getValue().id();
            int before = rows.size();
            for (EafFile.Annotation a : e.getKey().annotations()) {
                String value = a.value().strip();
                if (value.isEmpty()) {
                    empty++;
                    continue;
                }
                int bar = value.indexOf(" | ");
                String codeText = bar < 0 ? value : value.substring(0, bar).strip();
                String note = bar < 0 ? null : value.substring(bar + 3).strip();
                Code code = match(codes, codeText, scope, a.line(), problems);
                if (code == null) continue;
                if (a.endMs() < a.startMs()) {
                    problems.add(a.line(), "ends at " + a.endMs() + " ms, before it starts at " + a.startMs() + " ms");
                    continue;
                }
                rows.add(new Coded(a.line(), code.id(), a.startMs(), a.endMs(), note));
            }
            notes.add("tier " + e.getKey().id() + " read as " + scope + ": " + (rows.size() - before) + " codings");
        }
        problems.throwIfAny();
        if (empty > 0) notes.add("left out " + empty + " empty annotation" + (empty == 1 ? "" : "s"));
        return new Result(rows, notes, eaf.media());
    }

    /** The code a value names: by id, id in any case, name, hotkey; null (with the problem noted) for none or many. */
    private static Code match(List<Code> codes, String value, String scope, int line, Problems problems) {
        List<Function<Code, Boolean>> rules = List.of(
                c -> c.id().equals(value),
                c -> c.id().equalsIgnoreCase(value),
                c -> c.label() != null && c.label().strip().equalsIgnoreCase(value),
                c -> c.hotkey() != null && c.hotkey().equalsIgnoreCase(value));
        for (Function<Code, Boolean> rule : rules) {
            List<Code> found = codes.stream().filter(rule::apply).toList();
            if (found.size() == 1) return found.get(0);
            if (found.size() > 1) {
                problems.add(line, "'" + value + "' matches several codes of " + scope + ": "
                        + String.join(", ", found.stream().map(Code::id).toList()));
                return null;
            }
        }
        problems.add(line, "'" + value + "' is not a code of " + scope + " (by id, name or key; codes: "
                + String.join(", ", codes.stream().map(Code::id).toList()) + ")");
        return null;
    }

    /** The tiers and groups the user named; an unknown tier or group is an error naming what there is. */
    private static Map<EafFile.Tier, CodeGroup> named(EafFile eaf, Codebook codebook, List<TierGroup> tiers) {
        Map<EafFile.Tier, CodeGroup> out = new LinkedHashMap<>();
        for (TierGroup tg : tiers) {
            EafFile.Tier tier = eaf.tiers().stream().filter(t -> t.id().equals(tg.tier())).findFirst()
                    .orElseThrow(() -> new BadInputException(eaf.name(), null, "--tier " + tg.tier() + ": no such tier"
                            + " (tiers: " + String.join(", ", eaf.tiers().stream().map(EafFile.Tier::id).toList()) + ")"));
            CodeGroup group = null;
            if (tg.group() != null) {
                group = group(codebook, tg.group());
                if (group == null) {
                    throw new BadInputException("--tier " + tg.tier() + "=" + tg.group() + ": codebook " + codebook.id()
                            + " has no code group '" + tg.group() + "' (groups: " + groups(codebook) + ")");
                }
            }
            out.put(tier, group);
        }
        return out;
    }

    /**
     * Tiers named after a code group (its id or name), or "rater – group" as Rapport exports codings; another
     * rater's tiers are left out with a note.
     */
    private static Map<EafFile.Tier, CodeGroup> byName(EafFile eaf, String rater, Codebook codebook, List<String> notes) {
        Map<EafFile.Tier, CodeGroup> out = new LinkedHashMap<>();
        for (EafFile.Tier t : eaf.tiers()) {
            String name = t.id().replaceFirst(" \\(\\d+\\)$", "");
            int dash = name.lastIndexOf(RATER_SEPARATOR);
            if (dash > 0) {
                String owner = name.substring(0, dash);
                name = name.substring(dash + RATER_SEPARATOR.length());
                if (!owner.equals(rater)) {
                    if (group(codebook, name) != null) notes.add("tier " + t.id() + " is " + owner + "'s, not " + rater + "'s: left out");
                    continue;
                }
            }
            CodeGroup group = group(codebook, name);
            if (group != null) out.put(t, group);
        }
        if (out.isEmpty()) {
            throw new BadInputException(eaf.name(), null, "no tier is named after a code group of codebook "
                    + codebook.id() + " (groups: " + groups(codebook) + "); choose the coded tiers with --tier TIER=GROUP"
                    + " (tiers: " + String.join(", ", eaf.tiers().stream().map(EafFile.Tier::id).toList()) + ")");
        }
        return out;
    }

    private static CodeGroup group(Codebook codebook, String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (CodeGroup g : codebook.groups()) {
            if (g.id().toLowerCase(Locale.ROOT).equals(n) || (g.label() != null && g.label().toLowerCase(Locale.ROOT).equals(n))) {
                return g;
            }
        }
        return null;
    }

    private static String groups(Codebook codebook) {
        return String.join(", ", codebook.groups().stream().map(CodeGroup::id).toList());
    }
}
