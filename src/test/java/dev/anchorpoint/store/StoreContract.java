package dev.anchorpoint.store;

import dev.anchorpoint.tagging.Evidence;
import dev.anchorpoint.tagging.Signal;
import dev.anchorpoint.transcript.Role;
import dev.anchorpoint.transcript.Utterance;
import dev.anchorpoint.transcript.Word;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The same storage behaviour on every supported database: the schema migrates and every table round-trips. */
abstract class StoreContract {
    protected InterviewStore store;
    protected JdbcTemplate jdbc;

    protected abstract DataSource dataSource();

    @BeforeEach
    void migrate() {
        Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration").cleanDisabled(false).load()
                .clean();
        Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource());
        store = new InterviewStore(jdbc);
    }

    private InterviewRecord interview(String id) {
        return new InterviewRecord(id, "Ada Lovelace", "key-account-manager", "1.0", "senior",
                List.of("Bob", "Carol"), "created", null, Instant.now().truncatedTo(ChronoUnit.MILLIS), null, null,
                null);
    }

    @Test
    void interviewRoundTripsWithTokenHashAndStatus() {
        store.createInterview(interview("i1"), "abc123");
        InterviewRecord r = store.findInterview("i1").orElseThrow();
        assertThat(r.candidate()).isEqualTo("Ada Lovelace");
        assertThat(r.interviewers()).containsExactly("Bob", "Carol");
        assertThat(r.level()).isEqualTo("senior");
        assertThat(store.tokenHash("i1")).contains("abc123");
        assertThat(store.findInterview("nope")).isEmpty();

        store.markStarted("i1", Instant.now());
        store.setStatus("i1", "live", "streaming");
        assertThat(store.findInterview("i1").orElseThrow().status()).isEqualTo("live");
        assertThat(store.findByStatus("live")).extracting(InterviewRecord::id).containsExactly("i1");
    }

    @Test
    void transcriptKeepsOrderWordsAndRoles() {
        store.createInterview(interview("i2"), "h");
        store.addUtterance("i2", 1, new Utterance("u0001", Role.INTERVIEWER, "Bob", "How do you plan accounts?",
                0, 1500, List.of()));
        store.addUtterance("i2", 2, new Utterance("u0002", Role.CANDIDATE, "Ada", "I build multi quarter plans",
                1800, 4200, List.of(new Word("i", 1800, 1900, 0.9), new Word("build", 1900, 2300, 0.8))));
        List<Utterance> us = store.utterances("i2");
        assertThat(us).extracting(Utterance::id).containsExactly("u0001", "u0002");
        assertThat(us.get(1).role()).isEqualTo(Role.CANDIDATE);
        assertThat(us.get(1).words()).containsExactly(new Word("i", 1800, 1900, 0.9),
                new Word("build", 1900, 2300, 0.8));
        assertThat(store.maxUtteranceSeq("i2")).isEqualTo(2);
        assertThat(store.utteranceCount("i2")).isEqualTo(2);
    }

    @Test
    void signalsAndLatestSuggestionPerDimension() {
        store.createInterview(interview("i3"), "h");
        Signal s = new Signal("strategic_account_planning", 4, 0.72,
                new Evidence("u0002", "I build multi quarter plans", 1800, 4200, "Ada"),
                "Develops multi-quarter plans", List.of("multi-quarter horizon"));
        store.addSignal("i3", s);
        assertThat(store.signals("i3")).containsExactly(s);

        Instant t = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        store.putSuggestion("i3", new SuggestionRecord("strategic_account_planning", 3, 0.5, "basic", "[]", t));
        store.putSuggestion("i3", new SuggestionRecord("strategic_account_planning", 4, 0.72, "multi", "[{}]", t));
        store.putSuggestion("i3", new SuggestionRecord("relationship_management", null, 0, null, "[]", t));
        List<SuggestionRecord> sug = store.suggestions("i3");
        assertThat(sug).hasSize(2);
        assertThat(sug).filteredOn(x -> x.dimension().equals("strategic_account_planning")).singleElement()
                .satisfies(x -> {
                    assertThat(x.score()).isEqualTo(4);
                    assertThat(x.evidenceJson()).isEqualTo("[{}]");
                });
        assertThat(sug).filteredOn(x -> x.dimension().equals("relationship_management")).singleElement()
                .satisfies(x -> assertThat(x.score()).isNull());
    }

    @Test
    void decisionsAreAnAppendOnlyLog() {
        store.createInterview(interview("i4"), "h");
        store.appendDecision("i4", "strategic_account_planning", "confirm", 4, 4, null, "Bob", Instant.now());
        store.appendDecision("i4", "strategic_account_planning", "override", 4, 3, "numbers were vague", "Carol",
                Instant.now());
        store.appendDecision("i4", "strategic_account_planning", "note", 3, null, "ask for the plan", "Bob",
                Instant.now());
        List<DecisionRecord> log = store.decisions("i4");
        assertThat(log).extracting(DecisionRecord::action).containsExactly("confirm", "override", "note");
        assertThat(log.get(1).before()).isEqualTo(4);
        assertThat(log.get(1).after()).isEqualTo(3);
        assertThat(log.get(1).by()).isEqualTo("Carol");
        assertThat(log.get(2).after()).isNull();
        assertThat(log.get(0).id()).isLessThan(log.get(1).id());
    }

    @Test
    void submitLocksOnceAndKeepsTheScorecard() {
        store.createInterview(interview("i5"), "h");
        assertThat(store.submit("i5", "Bob", Instant.now(), "{\"finalScore\":3.5}")).isTrue();
        assertThat(store.submit("i5", "Eve", Instant.now(), "{}")).isFalse();
        InterviewRecord r = store.findInterview("i5").orElseThrow();
        assertThat(r.isSubmitted()).isTrue();
        assertThat(r.submittedBy()).isEqualTo("Bob");
        assertThat(store.submittedScorecard("i5")).contains("{\"finalScore\":3.5}");
    }
}
