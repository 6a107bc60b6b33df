package org.rapport.report.table;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Column names that SPSS, PSPP and R all take as they are: letters, digits and underscores, starting with a letter,
 * at most 64 bytes, not one of SPSS's reserved words, unique without regard to case (SPSS ignores case). A code id
 * {@code w-denial} becomes {@code w_denial}, {@code 3a} becomes {@code v_3a}; a clash gets {@code _2}, {@code _3} ...
 */
public final class VariableNames {
    private static final Set<String> RESERVED = Set.of("all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne", "not",
            "or", "to", "with");
    private static final int MAX_BYTES = 64;
    private final Set<String> taken = new HashSet<>();

    /** A name for this id, unlike every name given before. */
    public String of(String id) {
        String base = id.strip().replaceAll("[^A-Za-z0-9_]+", "_").replaceAll("^_+|_+$", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) base = "v_" + base;
        if (RESERVED.contains(base.toLowerCase(Locale.ROOT))) base = base + "_";
        base = cut(base, MAX_BYTES - 4);
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) name = base + "_" + n;
        return name;
    }

    private static String cut(String name, int bytes) {
        String s = name;
        while (s.getBytes(StandardCharsets.UTF_8).length > bytes) s = s.substring(0, s.length() - 1);
        return s;
    }
}
