package dev.anchorpoint.tagging.match;

import dev.anchorpoint.rubric.Anchor;
import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.rubric.RubricLoader;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExampleCorpusTest {
    private final Rubric kam = RubricLoader.load(RubricLoader.DEFAULT);

    @Test
    void phrasingsHoldEveryAnchorAndEveryExampleLineTheInterviewersQuestionsIncluded() {
        List<String> phrasings = ExampleCorpus.phrasings(kam);
        List<String> anchors = kam.dimensions().stream().flatMap(d -> d.anchors().stream()).map(Anchor::text).toList();
        List<Example> examples = ExampleCorpus.forRubric(kam);
        assertThat(phrasings).startsWith(anchors.toArray(String[]::new));
        // the tagger's corpus leaves the interviewer lines out; the language model wants them (interviewers talk too)
        assertThat(phrasings.size()).isGreaterThan(examples.size());
        assertThat(phrasings).containsAll(examples.stream().map(Example::text).toList());
    }

    @Test
    void badLinesAreSkippedAndTheRestKept() throws IOException {
        String jsonl = """
                {"dimension": "relationship_management", "level": 4, "text": "i met their cfo every quarter"}
                not json at all
                {"dimension": "no_such_dimension", "level": 3, "text": "skipped"}

                {"dimension": null, "text": "sorry about the noise"}
                {"speaker": "interviewer", "dimension": null, "text": "tell me about a renewal"}
                """;
        List<Example> parsed = ExampleCorpus.parse(new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)),
                "test.jsonl", kam);
        assertThat(parsed).extracting(Example::text).containsExactly("i met their cfo every quarter",
                "sorry about the noise");
    }
}
