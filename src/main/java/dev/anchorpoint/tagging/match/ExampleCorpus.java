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
        String resource = "/examples/" + rubric.id() + ".jsonl";
        try (InputStream in = ExampleCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                LOG.log(System.Logger.Level.INFO, "no example corpus " + resource + "; matching on anchors alone");
                return out;
            }
            out.addAll(parse(in, resource, rubric));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read example corpus " + resource + ": " + e.getMessage(), e);
        }
        return out;
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
            String text = node.path("text").asText("");
            JsonNode dim = node.path("dimension");
            if (text.isBlank()) {
                continue;
            }
            if ("interviewer".equalsIgnoreCase(node.path("speaker").asText("candidate"))) {
                // Interviewer speech is never tagged (the role check comes first), so interviewer lines teach the
                // off-topic class nothing about candidates; as questions full of rubric words they only blur it.
                continue;
            }
            if (dim.isNull() || dim.isMissingNode()) {
                out.add(new Example(null, 0, text, Example.Source.CORPUS));
            } else if (ids.contains(dim.asText()) && node.path("level").isInt()) {
                out.add(new Example(dim.asText(), node.path("level").asInt(), text, Example.Source.CORPUS));
            } else {
                LOG.log(System.Logger.Level.WARNING, origin + " line " + n + ": unknown dimension '" + dim.asText()
                        + "' or no level; skipped");
            }
        }
        return out;
    }
}
