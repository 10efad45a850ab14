package dev.anchorpoint.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's word-list resources (question cues, level cues): "[section]" starts a list, every further
 * non-blank line is one entry (stripped, otherwise as written), "#" starts a comment line.
 */
public final class WordListFile {
    private WordListFile() {
    }

    /** The sections of {@code resource}, found beside {@code owner} on the classpath, in file order. */
    public static Map<String, List<String>> read(Class<?> owner, String resource) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing beside " + owner.getName()
                        + "; rebuild the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("[") && s.endsWith("]")) {
                    current = sections.computeIfAbsent(s.substring(1, s.length() - 1), k -> new ArrayList<>());
                } else if (current == null) {
                    throw new IllegalStateException(resource + ": '" + s + "' comes before any [section]");
                } else {
                    current.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return sections;
    }
}
