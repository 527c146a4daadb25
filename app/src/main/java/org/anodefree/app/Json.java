package org.anodefree.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import org.anodefree.AnodefreeException;
import org.anodefree.io.AtomicFiles;

/** The one JSON mapper of the command line: pretty, stable key order, NaN written as null by callers. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The value as a pretty JSON document. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AnodefreeException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** Writes the value as JSON to a file, atomically. */
    public static void write(Object value, Path file) {
        AtomicFiles.writeString(file, write(value) + System.lineSeparator());
    }
}
