package org.rapport.codebook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.rapport.model.BadInputException;

/** Turns YAML bytes into a {@link YamlNode} tree, using Jackson's YAML parser and keeping line numbers. */
final class YamlTreeReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final String source;

    YamlTreeReader(String source) {
        this.source = source;
    }

    /** The document's root value, or an error naming the line for bad YAML or an empty file. */
    YamlNode read(byte[] content) {
        try (JsonParser parser = FACTORY.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new BadInputException(source, null, "the file is empty (expected a codebook: id, version, title ...)");
            }
            YamlNode root = readValue(parser, first);
            if (parser.nextToken() != null) {
                throw new BadInputException(source, parser.currentTokenLocation().getLineNr(),
                        "a second YAML document (after ---): a codebook file holds one codebook");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Integer line = at == null || at.getLineNr() < 1 ? null : at.getLineNr();
            throw new BadInputException(source, line, "not valid YAML: " + oneLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new BadInputException(source, null, "cannot read: " + e.getMessage(), e);
        }
    }

    private YamlNode readValue(JsonParser parser, JsonToken token) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            // Jackson hands over the alias name, not the value it stands for; better refuse than misread.
            throw new BadInputException(source, line, "YAML aliases (*" + parser.getText()
                    + ") are not supported in codebooks: write the value out");
        }
        return switch (token) {
            case START_OBJECT -> readMapping(parser, line);
            case START_ARRAY -> readSequence(parser, line);
            // "~" or an empty value: kept as empty text, the loader reports it where a value is needed
            case VALUE_NULL -> new YamlNode.Scalar(line, "");
            default -> new YamlNode.Scalar(line, parser.getText());
        };
    }

    private YamlNode.Mapping readMapping(JsonParser parser, int line) throws IOException {
        Map<String, YamlNode> values = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = parser.currentTokenLocation().getLineNr();
            if (keyLines.containsKey(key)) {
                throw new BadInputException(source, keyLine,
                        "duplicate key \"" + key + "\" (first at line " + keyLines.get(key) + ")");
            }
            keyLines.put(key, keyLine);
            values.put(key, readValue(parser, parser.nextToken()));
        }
        return new YamlNode.Mapping(line, values, keyLines);
    }

    private YamlNode.Sequence readSequence(JsonParser parser, int line) throws IOException {
        List<YamlNode> items = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            items.add(readValue(parser, token));
        }
        return new YamlNode.Sequence(line, items);
    }

    /**
     * SnakeYAML's messages interleave what went wrong with indented "in 'reader', line ..." excerpts; the user
     * gets the unindented statements on one line, next to our own line number.
     */
    private static String oneLine(String message) {
        if (message == null) return "syntax error";
        String text = message.lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)))
                .map(String::strip)
                .reduce((a, b) -> a + ": " + b)
                .orElse("syntax error");
        return text;
    }
}
