package dev.anchorpoint.transcript;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides who is the interviewer and who the candidate in a transcript with speaker names. Built from the names
 * the user gives (CLI {@code --interviewer NAME}, repeatable; optionally {@code --candidate NAME}); see also
 * docs/speaker-roles.md.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li><b>Matching names.</b> Names match case-insensitively, with runs of spaces collapsed and a trailing
 *       parenthesised remark ignored, so {@code --interviewer "dana smith"} matches "Dana  Smith (Guest)". A name
 *       given both as interviewer and candidate is refused.</li>
 *   <li><b>Given names.</b> A speaker named with {@code --interviewer} is an {@link Role#INTERVIEWER}, one named
 *       with {@code --candidate} a {@link Role#CANDIDATE}. When names were given but no speaker in the transcript
 *       matches any of them, reading fails and the message lists the speakers found.</li>
 *   <li><b>Role labels.</b> A speaker whose name is a role (first word "Interviewer", "Candidate" or
 *       "Interviewee", or exactly "Q" / "A") gets that role, unless a given name already decided it.</li>
 *   <li><b>The others, once one side is known.</b> If a candidate is known, every other speaker is an
 *       interviewer (an interview has one candidate; extra voices are the panel). Otherwise, if an interviewer is
 *       known, the single remaining speaker is the candidate; when several remain, they stay
 *       {@link Role#UNKNOWN} and a warning asks for {@code --candidate NAME}.</li>
 *   <li><b>No names, no labels: the question heuristic.</b> For each speaker, the share of their utterances
 *       that are questions ({@link QuestionDetector#isQuestion}). Speakers whose utterances are mostly questions
 *       (share at least {@value #MOSTLY}) are interviewers, provided at least one speaker is not. When that does
 *       not split the speakers, the speaker with the highest share is the interviewer if it leads every other
 *       speaker by at least {@value #MIN_LEAD}. Rule 4 then finds the candidate. When nothing decides (a single
 *       speaker, or everyone asks as much as everyone else), all stay {@link Role#UNKNOWN} with a warning asking
 *       for {@code --interviewer NAME}.</li>
 *   <li><b>Utterances without a speaker name</b> (captions with no names at all) get a role each from
 *       {@link MonoRoleAssigner}: questions and short acknowledgements are the interviewer, the rest the
 *       candidate.</li>
 * </ol>
 * Only candidate speech is ever scored, so an {@link Role#UNKNOWN} speaker costs evidence but never misattributes
 * it. Immutable and thread-safe.
 */
public final class SpeakerRoles {
    /** Question share at which a speaker's utterances are "mostly questions". */
    public static final double MOSTLY = 0.5;
    /** Lead in question share the top asker needs over every other speaker when no one is mostly asking. */
    public static final double MIN_LEAD = 0.25;

    private static final Pattern TRAILING_REMARK = Pattern.compile("\\s*\\([^)]*\\)\\s*$");

    private final Set<String> interviewers;
    private final Set<String> candidates;
    private final List<String> interviewerNames;
    private final List<String> candidateNames;

    private SpeakerRoles(Collection<String> interviewerNames, Collection<String> candidateNames) {
        this.interviewerNames = List.copyOf(interviewerNames);
        this.candidateNames = List.copyOf(candidateNames);
        this.interviewers = keys(interviewerNames);
        this.candidates = keys(candidateNames);
        for (String name : candidateNames) {
            if (interviewers.contains(key(name))) {
                throw new IllegalArgumentException("'" + name + "' is given both as interviewer and as candidate;"
                        + " name each speaker once");
            }
        }
    }

    /** No names: roles come from role labels and the question heuristic. */
    public static SpeakerRoles heuristic() {
        return new SpeakerRoles(List.of(), List.of());
    }

    public static SpeakerRoles interviewers(String... names) {
        return of(List.of(names), List.of());
    }

    /** Either list may be empty (or null); blank names are ignored. */
    public static SpeakerRoles of(Collection<String> interviewerNames, Collection<String> candidateNames) {
        return new SpeakerRoles(clean(interviewerNames), clean(candidateNames));
    }

    public List<String> interviewerNames() {
        return interviewerNames;
    }

    public List<String> candidateNames() {
        return candidateNames;
    }

    public boolean hasNames() {
        return !interviewers.isEmpty() || !candidates.isEmpty();
    }

    /**
     * The outcome of assigning roles.
     *
     * @param utterances the input utterances with their roles set
     * @param speakers   role of each named speaker, by the name as first spelled in the transcript, in order of
     *                   first appearance
     * @param warnings   one-line notes for the person (speakers left unknown and how to fix it)
     */
    public record Assignment(List<Utterance> utterances, Map<String, Role> speakers, List<String> warnings) {
        public Assignment {
            utterances = List.copyOf(utterances);
            speakers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(speakers));
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Gives every utterance a role by the rules of the class comment.
     *
     * @param source names the transcript in messages
     * @throws TranscriptException when names were given and none of them is a speaker in the transcript
     */
    public Assignment assign(String source, List<Utterance> utterances) {
        Map<String, String> display = new LinkedHashMap<>(); // key -> first spelling
        Map<String, List<Utterance>> bySpeaker = new LinkedHashMap<>();
        for (Utterance u : utterances) {
            if (u.speakerName() != null && !u.speakerName().isBlank()) {
                String k = key(u.speakerName());
                display.putIfAbsent(k, u.speakerName().strip());
                bySpeaker.computeIfAbsent(k, x -> new ArrayList<>()).add(u);
            }
        }
        List<String> warnings = new ArrayList<>();
        Map<String, Role> roles = new LinkedHashMap<>();
        if (hasNames()) {
            for (String k : bySpeaker.keySet()) {
                if (interviewers.contains(k)) {
                    roles.put(k, Role.INTERVIEWER);
                } else if (candidates.contains(k)) {
                    roles.put(k, Role.CANDIDATE);
                }
            }
            if (roles.isEmpty()) {
                List<String> given = new ArrayList<>(interviewerNames);
                given.addAll(candidateNames);
                throw new TranscriptException(source + ": no speaker is named " + String.join(" or ", given)
                        + (display.isEmpty() ? "; the transcript has no speaker names"
                        : "; speakers in the transcript: " + String.join(", ", display.values()))
                        + " (names match without regard to case)");
            }
        }
        for (String k : bySpeaker.keySet()) {
            if (!roles.containsKey(k)) {
                Role label = labelRole(k);
                if (label != null) {
                    roles.put(k, label);
                }
            }
        }
        if (!roles.containsValue(Role.CANDIDATE) && !roles.containsValue(Role.INTERVIEWER) && !bySpeaker.isEmpty()) {
            askersAreInterviewers(bySpeaker, roles);
        }
        List<String> rest = new ArrayList<>();
        for (String k : bySpeaker.keySet()) {
            if (!roles.containsKey(k)) {
                rest.add(k);
            }
        }
        if (roles.containsValue(Role.CANDIDATE)) {
            rest.forEach(k -> roles.put(k, Role.INTERVIEWER));
        } else if (roles.containsValue(Role.INTERVIEWER)) {
            if (rest.size() == 1) {
                roles.put(rest.get(0), Role.CANDIDATE);
            } else if (rest.size() > 1) {
                warnings.add(source + ": cannot tell which of " + names(rest, display) + " is the candidate;"
                        + " their speech is not scored. Name the candidate with --candidate NAME");
            }
        } else if (!rest.isEmpty()) {
            warnings.add(source + ": cannot tell the interviewer from the candidate among " + names(rest, display)
                    + "; their speech is not scored. Name the interviewer with --interviewer NAME");
        }
        rest.forEach(k -> roles.putIfAbsent(k, Role.UNKNOWN));

        MonoRoleAssigner mono = null;
        List<Utterance> out = new ArrayList<>(utterances.size());
        for (Utterance u : utterances) {
            if (u.speakerName() != null && !u.speakerName().isBlank()) {
                out.add(u.withRole(roles.get(key(u.speakerName()))));
            } else {
                if (mono == null) {
                    mono = new MonoRoleAssigner();
                }
                out.add(u.withRole(mono.roleOf(u.text())));
            }
        }
        Map<String, Role> speakers = new LinkedHashMap<>();
        bySpeaker.keySet().forEach(k -> speakers.put(display.get(k), roles.get(k))); // in order of appearance
        return new Assignment(out, speakers, warnings);
    }

    /** Rule 5: interviewers are the speakers whose utterances are mostly questions. */
    private static void askersAreInterviewers(Map<String, List<Utterance>> bySpeaker, Map<String, Role> roles) {
        if (bySpeaker.size() < 2) {
            return;
        }
        QuestionDetector detector = QuestionDetector.get();
        Map<String, Double> share = new LinkedHashMap<>();
        bySpeaker.forEach((k, us) -> share.put(k,
                us.stream().filter(u -> detector.isQuestion(u.text())).count() / (double) us.size()));
        List<String> mostlyAsking = share.entrySet().stream().filter(e -> e.getValue() >= MOSTLY)
                .map(Map.Entry::getKey).toList();
        if (!mostlyAsking.isEmpty() && mostlyAsking.size() < share.size()) {
            mostlyAsking.forEach(k -> roles.put(k, Role.INTERVIEWER));
            return;
        }
        String top = null;
        for (Map.Entry<String, Double> e : share.entrySet()) {
            if (top == null || e.getValue() > share.get(top)) {
                top = e.getKey();
            }
        }
        for (Map.Entry<String, Double> e : share.entrySet()) {
            if (!e.getKey().equals(top) && share.get(top) - e.getValue() < MIN_LEAD) {
                return;
            }
        }
        roles.put(top, Role.INTERVIEWER);
    }

    private static Role labelRole(String key) {
        if (key.equals("q")) {
            return Role.INTERVIEWER;
        }
        if (key.equals("a")) {
            return Role.CANDIDATE;
        }
        String first = key.split("[\\s:_-]+", 2)[0];
        return switch (first) {
            case "interviewer" -> Role.INTERVIEWER;
            case "candidate", "interviewee" -> Role.CANDIDATE;
            default -> null;
        };
    }

    private static String names(List<String> keys, Map<String, String> display) {
        return String.join(", ", keys.stream().map(display::get).toList());
    }

    /** How speaker names are compared: lowercase, single spaces, no trailing "(Guest)"-style remark. */
    static String key(String name) {
        String s = name.strip().replaceAll("\\s+", " ");
        String without = TRAILING_REMARK.matcher(s).replaceFirst("");
        return (without.isEmpty() ? s : without).toLowerCase(Locale.ROOT);
    }

    private static Set<String> keys(Collection<String> names) {
        Set<String> out = new LinkedHashSet<>();
        names.forEach(n -> out.add(key(n)));
        return out;
    }

    private static List<String> clean(Collection<String> names) {
        if (names == null) {
            return List.of();
        }
        return names.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).toList();
    }
}
