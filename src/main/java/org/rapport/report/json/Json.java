package org.rapport.report.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one place that writes JSON for {@code --json} flags. Which keys an object has, their order and when one is left
 * out are said by Jackson annotations on the small view records ({@link ResultJson}, {@link ProjectAgreementJson}, and
 * the views beside the commands); this class owns the mapper and its layout: Jackson's default pretty printer (two
 * spaces, {@code "key" : value}, short arrays on one line), which other tools and the docs' examples rely on.
 */
public final class Json {
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer(new DefaultPrettyPrinter());

    private Json() {
    }

    public static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
