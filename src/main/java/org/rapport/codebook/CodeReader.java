package org.rapport.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.CodeGroup;
import org.rapport.model.codebook.CodeKind;
import org.rapport.model.codebook.SavedSearch;
import org.rapport.model.session.Role;

/** Reads the `codes:` entries: checks ids, groups, hotkeys and saved searches. */
final class CodeReader {
    static final String APPLIES_TO = "applies_to";
    private static final Set<String> CODE_KEYS =
            Set.of("id", "label", "group", "description", "hotkey", "kind", "searches", APPLIES_TO);
    private static final Set<String> SEARCH_KEYS = Set.of("query", "description");

    private final UniqueNames ids;
    private final UniqueNames groupIds;
    private final UniqueNames hotkeys;
    private final List<CodeGroup> groups;

    /**
     * @param ids      ids of codes and scales (one namespace: both become columns of an export)
     * @param groupIds the groups declared in the file
     */
    CodeReader(String source, UniqueNames ids, UniqueNames groupIds, List<CodeGroup> groups) {
        this.ids = ids;
        this.groupIds = groupIds;
        this.groups = groups;
        this.hotkeys = new UniqueNames(source, "hotkey", true);
    }

    List<Code> read(List<Section> sections) {
        return sections.stream().map(this::read).toList();
    }

    private Code read(Section section) {
        Section code = section.identified(CODE_KEYS, "code", ids);
        String id = code.requiredId("id");
        String label = code.requiredText("label");
        String group = code.optionalText("group");
        if (group != null && !groupIds.contains(group)) {
            throw code.error(code.lineOf("group"), code.what() + ": group \"" + group
                    + "\" is not declared under groups:");
        }
        String hotkey = " ".equals(code.rawText("hotkey")) ? " " : code.optionalText("hotkey");
        if (hotkey != null) {
            int line = code.lineOf("hotkey");
            hotkey = Hotkeys.canonical(hotkey, code, line);
            hotkeys.add(hotkey, code.what(), line);
        }
        CodeKind kind = code.requiredChoice("kind", CodeKind.class);
        Role appliesTo = code.optionalSpeaker(APPLIES_TO);
        Role groupSays = groups.stream().filter(g -> g.id().equals(group)).findFirst()
                .map(CodeGroup::appliesTo).orElse(null);
        if (appliesTo != null && groupSays != null && appliesTo != groupSays) {
            throw code.error(code.lineOf(APPLIES_TO), code.what() + ": applies_to " + appliesTo.key() + ", but its group \""
                    + group + "\" applies to " + groupSays.key() + " (a code applies to whom its group does)");
        }
        return new Code(id, label, group, code.optionalText("description"), hotkey, kind, searches(code), appliesTo);
    }

    /** Saved searches are parsed by the search package; here each must at least have a query. */
    private static List<SavedSearch> searches(Section code) {
        List<SavedSearch> searches = new ArrayList<>();
        for (Section search : code.sections("searches", code.what() + ": search")) {
            search.allowOnly(SEARCH_KEYS);
            searches.add(new SavedSearch(search.requiredText("query"), search.optionalText("description")));
        }
        return searches;
    }
}
