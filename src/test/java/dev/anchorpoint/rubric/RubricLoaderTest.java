package dev.anchorpoint.rubric;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RubricLoaderTest {
    @TempDir
    Path dir;

    @Test
    void bundledKeyAccountManagerReproducesTheSeed() {
        Rubric r = RubricLoader.load("key-account-manager");
        assertThat(r.dimensions()).extracting(Dimension::id).containsExactly("strategic_account_planning",
                "relationship_management", "sales_execution_negotiation", "product_industry_knowledge",
                "cross_functional_collaboration", "customer_success_problem_solving", "communication_presentation");
        assertThat(r.dimensions()).extracting(Dimension::weight).containsExactly(18.0, 20.0, 20.0, 8.0, 12.0, 12.0, 10.0);
        assertThat(r.levels()).extracting(LevelSpec::id).containsExactly("junior", "mid", "senior", "staff");
        Dimension sap = r.dimension("strategic_account_planning").orElseThrow();
        assertThat(sap.anchorFor(1).text()).isEqualTo(
                "No documented account plan or goals not tied to business outcomes.");
        assertThat(sap.anchorFor(2)).isEqualTo(sap.anchorFor(1));
        assertThat(sap.anchorFor(5).text()).isEqualTo(
                "Builds account strategy that shifts client roadmap and unlocks new revenue streams.");
        assertThat(r.dimension("sales_execution_negotiation").orElseThrow().anchorFor(5).text())
                .isEqualTo("Negotiates multi-year, high-value deals with favorable commercial terms.");
        assertThat(r.rules()).filteredOn(x -> x instanceof Rule.MinHighScores).singleElement()
                .satisfies(x -> {
                    Rule.MinHighScores m = (Rule.MinHighScores) x;
                    assertThat(m.minScore()).isEqualTo(4);
                    assertThat(m.count()).isEqualTo(2);
                    assertThat(m.levels()).containsExactlyInAnyOrder("senior", "staff");
                });
    }

    @Test
    void anotherRoleIsJustAnotherFile() throws IOException {
        Rubric support = RubricLoader.load(write(VALID).toString());
        assertThat(support.id()).isEqualTo("support-engineer");
        assertThat(support.dimensions()).hasSize(2);
    }

    @Test
    void weightsMustSumTo100() throws IOException {
        assertInvalid(validWith("weight: 60", "weight: 70"), "weights sum to 110%, not 100%");
    }

    @Test
    void bandsMustNotOverlapOrLeaveGaps() throws IOException {
        assertInvalid(validWith("\"3\": b, \"4\": c", "\"3\": b, \"3-4\": c"), "overlapping anchors at level 3");
        assertInvalid(validWith("\"3\": b, \"4\": c", "\"3\": b"), "no anchor for level 4");
    }

    @Test
    void duplicateIdsAndUnknownRuleTargetsAreRejected() throws IOException {
        assertInvalid(validWith("id: empathy", "id: triage"), "duplicate dimension id 'triage'");
        assertInvalid(validWith("rules: []", """
                rules:
                  - {id: floor, type: non-negotiable, levels: [mid], dimension: speed, minScore: 3}"""),
                "rule floor names unknown dimension 'speed'");
        assertInvalid(validWith("rules: []", """
                rules:
                  - {id: two, type: min-high-scores, levels: [principal], minScore: 4, count: 2}"""),
                "rule two names unknown level 'principal'");
    }

    @Test
    void brokenYamlAndMissingFilesSayWhatIsWrong() throws IOException {
        assertInvalid(write("id: [unclosed"), "not valid YAML");
        assertThatThrownBy(() -> RubricLoader.load(dir.resolve("nope.yaml").toString()))
                .isInstanceOf(RubricException.class).hasMessageContaining("rubric not found");
    }

    private static final String VALID = """
            id: support-engineer
            name: Support Engineer
            levels: [{id: mid, name: Mid, expectedScore: 3}]
            dimensions:
              - {id: triage, name: Triage, weight: 60, anchors: {"1-2": a, "3": b, "4": c, "5": d}}
              - {id: empathy, name: Empathy, weight: 40, anchors: {"1-2": a, "3": b, "4": c, "5": d}}
            rules: []
            """;

    private Path validWith(String from, String to) throws IOException {
        int i = VALID.lastIndexOf(from);
        assertThat(i).as("fixture contains " + from).isNotNegative();
        return write(VALID.substring(0, i) + to + VALID.substring(i + from.length()));
    }

    private Path write(String yaml) throws IOException {
        Path f = Files.createTempFile(dir, "rubric", ".yaml");
        Files.writeString(f, yaml);
        return f;
    }

    private static void assertInvalid(Path f, String message) {
        assertThatThrownBy(() -> RubricLoader.load(f.toString())).isInstanceOf(RubricException.class)
                .hasMessageContaining(f.toString()).hasMessageContaining(message);
    }
}
