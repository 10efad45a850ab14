package dev.anchorpoint.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads rubric YAML files: bundled ones by name ({@code key-account-manager}) from {@code rubrics/} on the
 * classpath, others by path. Every loaded rubric is validated by {@link RubricValidator}.
 */
public final class RubricLoader {
    public static final String DEFAULT = "key-account-manager";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private RubricLoader() {
    }

    /** A bundled rubric name, or a path to a YAML file. */
    public static Rubric load(String nameOrPath) {
        String resource = "/rubrics/" + nameOrPath + ".yaml";
        if (!nameOrPath.contains("/") && !nameOrPath.endsWith(".yaml") && !nameOrPath.endsWith(".yml")) {
            try (InputStream in = RubricLoader.class.getResourceAsStream(resource)) {
                if (in != null) {
                    return parse(in, "bundled rubric '" + nameOrPath + "'");
                }
            } catch (IOException e) {
                throw new RubricException("cannot read bundled rubric '" + nameOrPath + "': " + e.getMessage(), e);
            }
        }
        return load(Path.of(nameOrPath));
    }

    public static Rubric load(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return parse(in, path.toString());
        } catch (NoSuchFileException e) {
            throw new RubricException("rubric not found: " + path + " (give a bundled name such as '" + DEFAULT
                    + "' or the path of a YAML file)");
        } catch (IOException e) {
            throw new RubricException("cannot read rubric " + path + ": " + e.getMessage(), e);
        }
    }

    static Rubric parse(InputStream in, String origin) throws IOException {
        JsonNode root;
        try {
            root = YAML.readTree(in);
        } catch (IOException e) {
            throw new RubricException(origin + ": not valid YAML: " + firstLine(e.getMessage()), e);
        }
        if (root == null || !root.isObject()) {
            throw new RubricException(origin + ": empty or not a YAML mapping");
        }
        List<String> problems = new ArrayList<>();
        Rubric rubric = toRubric(root, problems);
        problems.addAll(RubricValidator.problems(rubric));
        if (!problems.isEmpty()) {
            throw new RubricException(origin + ": " + String.join("; ", problems));
        }
        return rubric;
    }

    private static Rubric toRubric(JsonNode root, List<String> problems) {
        List<LevelSpec> levels = new ArrayList<>();
        for (JsonNode l : root.path("levels")) {
            levels.add(new LevelSpec(text(l, "id", "level", problems), l.path("name").asText(l.path("id").asText()),
                    l.path("expectedScore").asDouble(0), l.path("description").asText("")));
        }
        List<Dimension> dims = new ArrayList<>();
        for (JsonNode d : root.path("dimensions")) {
            String id = text(d, "id", "dimension", problems);
            List<Anchor> anchors = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = d.path("anchors").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                int[] band = parseBand(e.getKey(), id, problems);
                if (band != null) {
                    anchors.add(new Anchor(band[0], band[1], e.getValue().asText()));
                }
            }
            anchors.sort((a, b) -> Integer.compare(a.fromLevel(), b.fromLevel()));
            if (!d.path("weight").isNumber()) {
                problems.add("dimension " + id + " has no numeric weight");
            }
            dims.add(new Dimension(id, d.path("name").asText(id), d.path("weight").asDouble(0), anchors));
        }
        List<Rule> rules = new ArrayList<>();
        for (JsonNode r : root.path("rules")) {
            String id = text(r, "id", "rule", problems);
            Set<String> ruleLevels = new LinkedHashSet<>();
            r.path("levels").forEach(x -> ruleLevels.add(x.asText()));
            String type = r.path("type").asText("");
            String desc = r.path("description").asText(id);
            switch (type) {
                case "min-high-scores" -> rules.add(new Rule.MinHighScores(id, desc, ruleLevels,
                        r.path("minScore").asInt(4), r.path("count").asInt(2)));
                case "non-negotiable" -> rules.add(new Rule.NonNegotiable(id, desc, ruleLevels,
                        r.path("dimension").asText(""), r.path("minScore").asInt(3)));
                default -> problems.add("rule " + id + " has unknown type '" + type
                        + "' (use min-high-scores or non-negotiable)");
            }
        }
        return new Rubric(root.path("id").asText(""), root.path("name").asText(""),
                root.path("version").asText("1"), root.path("source").asText(""), levels, dims, rules);
    }

    private static String text(JsonNode n, String field, String what, List<String> problems) {
        String v = n.path(field).asText("");
        if (v.isBlank()) {
            problems.add("a " + what + " has no " + field);
        }
        return v;
    }

    /** "1-2" (also with an en dash), "3". */
    private static int[] parseBand(String key, String dimension, List<String> problems) {
        String[] parts = key.trim().split("\\s*[-\u2013]\\s*");
        try {
            int from = Integer.parseInt(parts[0]);
            int to = parts.length > 1 ? Integer.parseInt(parts[1]) : from;
            if (parts.length > 2 || to < from) {
                throw new NumberFormatException();
            }
            return new int[]{from, to};
        } catch (NumberFormatException e) {
            problems.add("dimension " + dimension + " has an anchor band '" + key + "' that is not N or N-M");
            return null;
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
