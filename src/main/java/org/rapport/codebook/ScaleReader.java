package org.rapport.codebook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapport.model.codebook.MeasurementLevel;
import org.rapport.model.codebook.RatingUnit;
import org.rapport.model.codebook.Scale;

/** Reads the `scales:` entries: range, anchors, subscale, unit and level. */
final class ScaleReader {
    private static final Set<String> SCALE_KEYS = Set.of("id", "label", "description", "min", "max", "anchors",
            "subscale", "reverse-keyed", "unit", "level");
    private static final Pattern SEGMENTS = Pattern.compile("(\\d{1,4})-minute segments?");

    private final UniqueNames ids;
    private final UniqueNames subscaleIds;

    ScaleReader(UniqueNames ids, UniqueNames subscaleIds) {
        this.ids = ids;
        this.subscaleIds = subscaleIds;
    }

    List<Scale> read(List<Section> sections) {
        return sections.stream().map(this::read).toList();
    }

    private Scale read(Section section) {
        Section scale = section.identified(SCALE_KEYS, "scale", ids);
        String id = scale.requiredId("id");
        String label = scale.requiredText("label");
        int min = scale.requiredInt("min");
        int max = scale.requiredInt("max");
        if (min >= max) {
            throw scale.error(scale.lineOf("max"), scale.what() + ": min " + min + " must be below max " + max);
        }
        Map<Integer, String> anchors = anchors(scale, min, max);
        String subscale = scale.optionalText("subscale");
        if (subscale != null && !subscaleIds.contains(subscale)) {
            throw scale.error(scale.lineOf("subscale"), scale.what() + ": subscale \"" + subscale
                    + "\" is not declared under subscales:");
        }
        boolean reverse = scale.optionalBoolean("reverse-keyed", false);
        RatingUnit unit = unit(scale);
        MeasurementLevel level = scale.requiredChoice("level", MeasurementLevel.class);
        return new Scale(id, label, min, max, anchors, subscale, reverse, unit, level);
    }

    private Map<Integer, String> anchors(Section scale, int min, int max) {
        YamlNode.Mapping node = scale.optionalMapping("anchors");
        Map<Integer, String> anchors = new LinkedHashMap<>();
        if (node == null) return anchors;
        for (Map.Entry<String, YamlNode> entry : node.values().entrySet()) {
            int line = node.keyLines().get(entry.getKey());
            int point;
            try {
                point = Integer.parseInt(entry.getKey().strip());
            } catch (NumberFormatException e) {
                throw scale.error(line, scale.what() + ": anchor \"" + entry.getKey()
                        + "\" must be a whole number of the scale");
            }
            if (point < min || point > max) {
                throw scale.error(line, scale.what() + ": anchor " + point + " is outside the scale " + min + ".." + max);
            }
            if (!(entry.getValue() instanceof YamlNode.Scalar text) || text.text().isBlank()) {
                throw scale.error(line, scale.what() + ": anchor " + point + " needs a label");
            }
            anchors.put(point, text.text().strip());
        }
        return anchors;
    }

    private RatingUnit unit(Section scale) {
        String text = scale.requiredText("unit");
        if (text.equalsIgnoreCase("session")) return RatingUnit.SESSION;
        Matcher m = SEGMENTS.matcher(text);
        if (m.matches() && Integer.parseInt(m.group(1)) > 0) return RatingUnit.segments(Integer.parseInt(m.group(1)));
        throw scale.error(scale.lineOf("unit"), scale.what() + ": unknown unit \"" + text
                + "\" (use \"session\" or \"N-minute segments\", e.g. \"5-minute segments\")");
    }
}
