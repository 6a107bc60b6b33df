package org.rapport.codebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.rapport.model.BadInputException;
import org.rapport.model.Limits;
import org.rapport.model.InputFile;
import org.rapport.model.codebook.Code;
import org.rapport.model.codebook.CodeGroup;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.codebook.Criterion;
import org.rapport.model.codebook.MeasurementLevel;
import org.rapport.model.codebook.Scale;

/**
 * Reads a codebook YAML file (format: docs/codebook-format.md) and checks it. Every problem is a
 * {@link BadInputException} naming the file, the line and what is wrong; the first problem found is reported.
 */
public final class CodebookLoader {
    private static final Set<String> TOP_KEYS = Set.of("id", "version", "title", "description", "code-level",
            "groups", "subscales", "codes", "scales", "criterion");
    private static final Set<String> DECLARED_KEYS = Set.of("id", "label");
    private static final Set<String> GROUP_KEYS = Set.of("id", "label", CodeReader.APPLIES_TO);

    private CodebookLoader() {
    }

    public static Codebook load(Path file) {
        return read(file).codebook();
    }

    /** The largest codebook file read: 5 MiB, a hundred times the largest real codebook. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** @param sourceName how messages name the input, normally the file name */
    public static Codebook parse(String sourceName, byte[] content) {
        return parseDocument(sourceName, content).codebook();
    }

    /** Like {@link #load(Path)}, with the subscale labels. */
    public static CodebookDocument read(Path file) {
        String source = file.toString();
        byte[] content;
        if (Files.exists(file)) InputFile.check(file, source, MAX_BYTES, "codebooks"); // a missing one: below
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(source, null, "no such file");
        } catch (IOException e) {
            throw new BadInputException(source, null, "cannot read the file: " + e.getMessage(), e);
        }
        return parseDocument(source, content);
    }

    /** Like {@link #parse(String, byte[])}, with the subscale labels. */
    public static CodebookDocument parseDocument(String sourceName, byte[] content) {
        YamlNode root = new YamlTreeReader(sourceName).read(content);
        Section top = Section.of(sourceName, "the codebook", root);
        top.allowOnly(TOP_KEYS);
        String id = top.requiredId("id");
        String version = top.requiredText("version", Limits.VERSION);
        String title = top.requiredText("title", Limits.TITLE);
        String description = top.optionalText("description");
        MeasurementLevel codeLevel = top.has("code-level")
                ? top.requiredChoice("code-level", MeasurementLevel.class) : MeasurementLevel.NOMINAL;

        UniqueNames groupIds = new UniqueNames(sourceName, "group id", false);
        List<CodeGroup> groups = new ArrayList<>();
        for (Section group : declared(top, "groups", "group", groupIds, GROUP_KEYS)) {
            groups.add(new CodeGroup(group.requiredId("id"), group.requiredText("label"),
                    group.optionalSpeaker(CodeReader.APPLIES_TO)));
        }
        UniqueNames subscaleIds = new UniqueNames(sourceName, "subscale id", false);
        List<Subscale> subscales = new ArrayList<>();
        for (Section subscale : declared(top, "subscales", "subscale", subscaleIds, DECLARED_KEYS)) {
            subscales.add(new Subscale(subscale.requiredId("id"), subscale.requiredText("label")));
        }

        UniqueNames ids = new UniqueNames(sourceName, "id", false);
        List<Code> codes = new CodeReader(sourceName, ids, groupIds, groups).read(top.sections("codes", "code"));
        List<Scale> scales = new ScaleReader(ids, subscaleIds).read(top.sections("scales", "scale"));
        if (codes.isEmpty() && scales.isEmpty()) {
            throw top.error(top.line(), "the codebook declares no codes and no scales");
        }
        Criterion criterion = CriterionReader.read(top, groups, codes, scales);
        Codebook codebook = new Codebook(id, version, title, description, groups, codes, scales, codeLevel,
                sha256(content), criterion);
        return new CodebookDocument(codebook, subscales);
    }

    /** Groups and subscales: id + label entries (groups also applies_to), ids unique among their kind. */
    private static List<Section> declared(Section top, String key, String what, UniqueNames unique, Set<String> keys) {
        List<Section> sections = top.sections(key, what);
        return sections.stream().map(section -> section.identified(keys, what, unique)).toList();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
