package dev.anchorpoint.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.rubric.RubricLoader;
import dev.anchorpoint.store.InterviewRecord;
import dev.anchorpoint.store.InterviewStore;
import dev.anchorpoint.tagging.RubricTagger;
import dev.anchorpoint.tagging.Tagger;
import dev.anchorpoint.transcript.Role;
import dev.anchorpoint.transcript.Utterance;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server restart in the middle of an interview: a new {@link LiveInterview} built from storage alone has the
 * same transcript, suggestions, decisions and score as the one that was running, and carries on numbering
 * utterances where it stopped. Real tagger, real H2 file database; the transcript is kam-great's dialogue.
 */
class LiveInterviewRestartTest {
    @TempDir
    Path dir;

    @Test
    void aRebuiltInterviewMatchesTheOneThatWasRunning() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db") + ";AUTO_SERVER=FALSE");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        InterviewStore store = new InterviewStore(new JdbcTemplate(ds));
        Rubric rubric = RubricLoader.load("key-account-manager");
        Tagger tagger = RubricTagger.create(rubric);
        InterviewRecord record = new InterviewRecord("restart1", "Grace", rubric.id(), rubric.version(), "senior",
                List.of("Bob"), "live", null, Instant.now(), Instant.now(), null, null);
        store.createInterview(record, "hash");

        LiveInterview running = new LiveInterview(record, rubric, tagger, store);
        long t = 0;
        for (String line : Files.readAllLines(Path.of("sample-audio", "kam-great.txt"))) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            Role role = Role.parse(line.substring(0, colon));
            String text = line.substring(colon + 1).trim();
            long len = text.split("\\s+").length * 350L;
            running.add(new Utterance(null, role, role.id(), text, t, t + len, List.of()));
            t += len + 500;
        }
        ObjectNode before = running.scorecardJson();
        String dim = null;
        for (JsonNode d : before.get("dimensions")) {
            if (!d.get("score").isNull()) {
                dim = d.get("id").asText();
                break;
            }
        }
        assertThat(dim).as("kam-great's dialogue gets suggestions").isNotNull();
        running.decide("confirm", dim, null, null, "Bob");
        running.decide("override", "relationship_management", 5, "exec sponsor", "Carol");
        running.decide("note", "relationship_management", null, "ask for references", "Bob");
        ObjectNode expected = running.scorecardJson();

        // "Restart": nothing but the database.
        LiveInterview rebuilt = new LiveInterview(store.findInterview("restart1").orElseThrow(), rubric, tagger, store);
        ObjectNode after = rebuilt.scorecardJson();
        expected.remove("interview"); // the record held in memory vs. read back (timestamp precision)
        after.remove("interview");
        assertThat(after).isEqualTo(expected);
        assertThat(after.get("dimensions").toString()).contains("\"action\":\"override\"", "ask for references");

        Utterance next = rebuilt.add(new Utterance(null, Role.CANDIDATE, "candidate", "thank you", t, t + 800,
                List.of()));
        int count = expected.get("transcript").size();
        assertThat(next.id()).isEqualTo(String.format("u%04d", count + 1));
    }
}
