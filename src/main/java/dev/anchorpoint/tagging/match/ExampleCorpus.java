package dev.anchorpoint.tagging.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchorpoint.rubric.Anchor;
import dev.anchorpoint.rubric.Dimension;
import dev.anchorpoint.rubric.Rubric;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The phrasings a rubric is matched against: its anchors, plus {@code examples/<rubric-id>.jsonl} from the
 * classpath when present (one JSON object a line: {@code dimension} (id or null), {@code level}, {@code text},
 * optional {@code speaker}). Lines naming a dimension the rubric lacks are skipped with a warning, not fatal.
 */
public final class ExampleCorpus {
    private static final System.Logger LOG = System.getLogger(ExampleCorpus.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExampleCorpus() {
    }

    public static List<Example> forRubric(Rubric rubric) {
        List<Example> out = new ArrayList<>(anchors(rubric));
        out.addAll(readCorpus(rubric, (in, origin) -> parse(in, origin, rubric)));
        return out;
    }

    /**
     * Everything said in the rubric's words: its anchors and every example line, the interviewer's questions
     * included. Speech recognition mixes these into its language model (the role's jargon and turns of phrase).
     */
    public static List<String> phrasings(Rubric rubric) {
        List<String> out = new ArrayList<>();
        anchors(rubric).forEach(a -> out.add(a.text()));
        out.addAll(readCorpus(rubric, ExampleCorpus::texts));
        return out;
    }

    private static List<String> texts(InputStream in, String origin) throws IOException {
        List<String> texts = new ArrayList<>();
        eachLine(in, origin, (n, node) -> {
            String text = node.path("text").asText("");
            if (!text.isBlank()) {
                texts.add(text);
            }
        });
        return texts;
    }

    private interface CorpusReader<T> {
        List<T> read(InputStream in, String origin) throws IOException;
    }

    private static <T> List<T> readCorpus(Rubric rubric, CorpusReader<T> reader) {
        String resource = "/examples/" + rubric.id() + ".jsonl";
        try (InputStream in = ExampleCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                LOG.log(System.Logger.Level.INFO, "no example corpus " + resource + "; matching on anchors alone");
                return List.of();
            }
            return reader.read(in, resource);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read example corpus " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Each non-blank line parsed as JSON; lines that are not JSON are skipped with a warning. */
    private static void eachLine(InputStream in, String origin, BiConsumer<Integer, JsonNode> action)
            throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, origin + " line " + n + " is not JSON; skipped");
                continue;
            }
            action.accept(n, node);
        }
    }

    public static List<Example> anchors(Rubric rubric) {
        List<Example> out = new ArrayList<>();
        for (Dimension d : rubric.dimensions()) {
            for (Anchor a : d.anchors()) {
                out.add(new Example(d.id(), (a.fromLevel() + a.toLevel()) / 2.0, a.text(), Example.Source.ANCHOR));
            }
        }
        return out;
    }

    static List<Example> parse(InputStream in, String origin, Rubric rubric) throws IOException {
        Set<String> ids = rubric.dimensions().stream().map(Dimension::id).collect(Collectors.toSet());
        List<Example> out = new ArrayList<>();
        eachLine(in, origin, (n, node) -> {
            String text = node.path("text").asText("");
            JsonNode dim = node.path("dimension");
            if (text.isBlank()) {
                return;
            }
            if ("interviewer".equalsIgnoreCase(node.path("speaker").asText("candidate"))) {
                // Interviewer speech is never tagged (the role check comes first), so interviewer lines teach the
                // off-topic class nothing about candidates; as questions full of rubric words they only blur it.
                return;
            }
            if (dim.isNull() || dim.isMissingNode()) {
                out.add(new Example(null, 0, text, Example.Source.CORPUS));
            } else if (ids.contains(dim.asText()) && node.path("level").isInt()) {
                out.add(new Example(dim.asText(), node.path("level").asInt(), text, Example.Source.CORPUS));
            } else {
                LOG.log(System.Logger.Level.WARNING, origin + " line " + n + ": unknown dimension '" + dim.asText()
                        + "' or no level; skipped");
            }
        });
        return out;
    }
}
