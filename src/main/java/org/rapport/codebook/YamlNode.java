package org.rapport.codebook;

import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line it starts on, so every validation message can name the line. Jackson's own JsonNode
 * tree forgets locations, hence this small tree.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {
    String MAPPING_WORD = "a mapping (key: value lines)";

    /** 1-based line where the value starts. */
    int line();

    /** A word for messages: "a text", "a list", "a mapping". */
    String kind();

    record Scalar(int line, String text) implements YamlNode {
        @Override
        public String kind() {
            return "a single value";
        }
    }

    record Sequence(int line, List<YamlNode> items) implements YamlNode {
        @Override
        public String kind() {
            return "a list";
        }
    }

    /** Keys keep document order and the line each key is written on. */
    record Mapping(int line, Map<String, YamlNode> values, Map<String, Integer> keyLines) implements YamlNode {
        @Override
        public String kind() {
            return MAPPING_WORD;
        }
    }
}
