package dev.anchorpoint.web;

import dev.anchorpoint.audio.PcmAudio;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchorpoint.asr.RecognitionListener;
import dev.anchorpoint.asr.RecognitionStream;
import dev.anchorpoint.asr.RecognizedSegment;
import dev.anchorpoint.asr.SpeechRecognizer;
import dev.anchorpoint.rubric.Rubric;
import dev.anchorpoint.store.AudioStore;
import dev.anchorpoint.store.InterviewRecord;
import dev.anchorpoint.store.InterviewStore;
import dev.anchorpoint.transcript.Role;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Interviews as the edges (REST, sockets) see them: creation with an access token, access checks, the live
 * interview objects shared by every socket of one interview, recordings processed in the background, submit.
 */
@Service
public class InterviewService {
    private static final Logger LOG = LoggerFactory.getLogger(InterviewService.class);
    private final InterviewStore store;
    private final Engines engines;
    private final AudioStore audio;
    private final Map<String, LiveInterview> live = new ConcurrentHashMap<>();
    private final ExecutorService recordings = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "recordings");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService outboxes = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "events-out");
        t.setDaemon(true);
        return t;
    });

    public InterviewService(InterviewStore store, Engines engines,
                            @Value("${anchorpoint.data-dir:./data}") String dataDir) {
        this.store = store;
        this.engines = engines;
        this.audio = new AudioStore(Path.of(dataDir));
    }

    /** Startup recovery: audio files left open become valid WAVs; unfinished recordings are reported as failed. */
    @EventListener(ApplicationReadyEvent.class)
    public void recover() {
        int fixed = audio.recover();
        for (InterviewRecord r : store.findByStatus("processing")) {
            store.setStatus(r.id(), "failed", "the server stopped while the recording was processed;"
                    + " upload it again");
        }
        LOG.info("storage ready; {} audio file(s) checked under {}", fixed, audio.root());
    }

    public AudioStore audio() {
        return audio;
    }

    Outbox outbox(jakarta.websocket.Session session) {
        return new Outbox(session, outboxes);
    }

    public record Created(String id, String token) {
    }

    public Created create(String candidate, String rubricName, String level, List<String> interviewers) {
        if (candidate == null || candidate.isBlank()) {
            throw new ApiException(400, "candidate is required");
        }
        if (candidate.length() > 200) {
            throw new ApiException(400, "candidate name is too long (at most 200 characters)");
        }
        Rubric rubric;
        try {
            rubric = engines.rubric(rubricName == null || rubricName.isBlank()
                    ? dev.anchorpoint.rubric.RubricLoader.DEFAULT : rubricName);
        } catch (RuntimeException e) {
            throw new ApiException(400, e.getMessage());
        }
        String lvl = level == null || level.isBlank() ? "mid" : level.trim().toLowerCase(Locale.ROOT);
        if (rubric.level(lvl).isEmpty()) {
            throw new ApiException(400, "unknown level '" + level + "' for rubric " + rubric.id() + " (use one of "
                    + rubric.levels().stream().map(l -> l.id()).toList() + ")");
        }
        List<String> names = interviewers == null ? List.of() : interviewers.stream()
                .filter(s -> s != null && !s.isBlank()).map(String::trim).toList();
        String id = Tokens.newId();
        String token = Tokens.newToken();
        store.createInterview(new InterviewRecord(id, candidate.trim(), rubricName == null || rubricName.isBlank()
                        ? rubric.id() : rubricName, rubric.version(), rubric.level(lvl).get().id(), names, "created",
                null, Instant.now(), null, null, null), Tokens.hash(token));
        LOG.info("interview {} created for candidate '{}' ({} {})", id, candidate.trim(), rubric.id(), lvl);
        return new Created(id, token);
    }

    /** The interview when the token opens it; 404 for an unknown id, 401 for a wrong or missing token. */
    public LiveInterview open(String id, String token) {
        String hash = store.tokenHash(id).orElseThrow(() -> ApiException.notFound(id));
        if (token == null || token.isBlank()) {
            throw new ApiException(401, "this interview needs its access token (Authorization: Bearer TOKEN,"
                    + " or ?token= on sockets)");
        }
        if (!Tokens.matches(token, hash)) {
            throw new ApiException(403, "wrong access token for interview " + id);
        }
        return live(id);
    }

    private LiveInterview live(String id) {
        return live.computeIfAbsent(id, k -> {
            InterviewRecord r = store.findInterview(k).orElseThrow(() -> ApiException.notFound(k));
            Rubric rubric = engines.rubric(r.rubricId());
            return new LiveInterview(r, rubric, engines.tagger(rubric), store);
        });
    }

    public ObjectNode submit(LiveInterview interview, String by) {
        synchronized (interview) {
            if (interview.isLocked()) {
                throw new ApiException(409, "interview " + interview.id() + " was already submitted");
            }
            if (interview.hasChannels()) {
                throw new ApiException(409, "audio is still streaming into interview " + interview.id()
                        + "; stop the microphone before submitting");
            }
            ObjectNode card = interview.scorecardJson();
            String who = by == null || by.isBlank() ? "interviewer" : by;
            Instant now = Instant.now();
            ObjectNode info = (ObjectNode) card.get("interview");
            info.put("status", "submitted");
            info.putNull("statusDetail");
            info.put("submittedAt", now.toString());
            info.put("submittedBy", who);
            info.put("locked", true);
            store.submit(interview.id(), who, now, card.toString());
            interview.reload();
            LOG.info("interview {} submitted by {}", interview.id(), who);
            return interview.scorecardJson();
        }
    }

    /** The scorecard: frozen as submitted once locked, else the live one. */
    public String scorecard(LiveInterview interview) {
        if (interview.isLocked()) {
            return store.submittedScorecard(interview.id()).orElseGet(() -> interview.scorecardJson().toString());
        }
        return interview.scorecardJson().toString();
    }

    // ---- post-call recordings ----

    /**
     * Decodes the upload now (so a bad file is refused before anything changes) and runs recognition in the
     * background; progress shows in the interview's status.
     *
     * @param channels for stereo files, the role of each channel, e.g. "interviewer,candidate"; else null
     * @param speaker  for mono files: mixed (default), candidate or interviewer
     */
    public void acceptRecording(LiveInterview interview, byte[] data, String fileName, String channels,
                                String speaker) {
        synchronized (interview) {
            if (interview.isLocked()) {
                throw new ApiException(409, "interview " + interview.id() + " was submitted and is locked");
            }
            if ("processing".equals(interview.record().status())) {
                throw new ApiException(409, "a recording is already being processed for interview "
                        + interview.id());
            }
            if (interview.hasChannels() || interview.utteranceCount() > 0) {
                throw new ApiException(409, "interview " + interview.id() + " already has a transcript ("
                        + interview.utteranceCount() + " utterances); create a new interview for the recording");
            }
        }
        if (data == null || data.length == 0) {
            throw new ApiException(422, "the uploaded file " + fileName + " is empty");
        }
        short[][] pcm;
        try {
            pcm = AudioFiles.decode(data, fileName == null ? "upload" : fileName);
        } catch (RuntimeException e) {
            LOG.info("recording {} for interview {} refused: {}", fileName, interview.id(), e.getMessage());
            throw new ApiException(422, e.getMessage() == null ? "cannot decode " + fileName : e.getMessage());
        }
        List<Role> roles = channelRoles(pcm, channels, speaker);
        interview.setStatus("processing", "recording " + fileName + " received ("
                + AudioFiles.durationMs(pcm) / 1000 + " s); waiting for the recognizer");
        recordings.execute(() -> process(interview, pcm, roles, fileName));
    }

    private static List<Role> channelRoles(short[][] pcm, String channels, String speaker) {
        if (channels != null && !channels.isBlank()) {
            String[] parts = channels.split(",");
            if (parts.length != pcm.length) {
                throw new ApiException(422, "channels=" + channels + " names " + parts.length
                        + " channel(s) but the file has " + pcm.length);
            }
            List<Role> roles = new ArrayList<>();
            for (String p : parts) {
                try {
                    roles.add(Role.parse(p));
                } catch (IllegalArgumentException e) {
                    throw new ApiException(422, e.getMessage());
                }
            }
            return roles;
        }
        String s = speaker == null || speaker.isBlank() ? "mixed" : speaker.trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "mixed" -> {
                return java.util.Collections.singletonList(null);
            }
            case "candidate", "interviewer" -> {
                return List.of(Role.parse(s));
            }
            default -> throw new ApiException(422, "speaker must be mixed, candidate or interviewer, not '"
                    + speaker + "'");
        }
    }

    private void process(LiveInterview interview, short[][] pcm, List<Role> roles, String fileName) {
        long t0 = System.nanoTime();
        try {
            interview.setStatus("processing", "loading the speech recognizer");
            SpeechRecognizer asr = engines.batch();
            short[][] tracks = AudioFiles.tracks(pcm, roles.size());
            long total = 0;
            for (short[] t : tracks) {
                total += t.length;
            }
            long done = 0;
            for (int c = 0; c < tracks.length; c++) {
                Role role = roles.get(c);
                String speaker = role == null ? "mixed" : role.id();
                Function<String, Role> roleOf = role == null ? engines.mixedRoles() : null;
                try (AudioStore.Channel file = audio.open(interview.id(), speaker);
                     RecognitionStream stream = asr.open(new RecognitionListener() {
                         @Override
                         public void onSegment(RecognizedSegment s) {
                             interview.segment(s, role == null ? Role.UNKNOWN : role, null, 0, roleOf);
                         }
                     })) {
                    short[] track = tracks[c];
                    int chunk = PcmAudio.ASR_SAMPLE_RATE / 2;
                    int lastPercent = -1;
                    for (int i = 0; i < track.length; i += chunk) {
                        int n = Math.min(chunk, track.length - i);
                        file.append(track, i, n);
                        stream.accept(track, i, n);
                        done += n;
                        int percent = (int) (done * 100 / Math.max(1, total));
                        if (percent / 5 != lastPercent / 5) {
                            lastPercent = percent;
                            interview.setStatus("processing", "recognizing " + fileName + ": " + percent + " %");
                        }
                    }
                    stream.finish();
                }
            }
            interview.setStatus("scored", "recording " + fileName + " processed in "
                    + (System.nanoTime() - t0) / 1_000_000_000 + " s");
            LOG.info("interview {}: recording {} processed ({} utterances)", interview.id(), fileName,
                    interview.utteranceCount());
        } catch (RuntimeException e) {
            LOG.error("interview {}: processing {} failed: {}", interview.id(), fileName, e.getMessage(), e);
            interview.setStatus("failed", "processing " + fileName + " failed: " + e.getMessage());
        }
    }

    @PreDestroy
    public void shutdown() {
        recordings.shutdownNow();
        outboxes.shutdownNow();
    }
}
