package dev.anchorpoint.transcript;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an interview transcript file into a {@link Transcript}. The format is recognised by content, not by the
 * file name:
 * <ul>
 *   <li><b>WebVTT</b> (first line {@code WEBVTT}): cues with {@code [hh:]mm:ss.mmm --> [hh:]mm:ss.mmm} timings,
 *       optional cue identifiers and cue settings (ignored), multi-line cue text; the speaker comes from voice
 *       tags {@code <v Name>}, {@code <v.loud Name>} (closed by {@code </v>} or the cue end) or, without a voice
 *       tag, from a {@code Name: text} line; other tags ({@code <c>}, {@code <b>}, {@code <i>}, inline
 *       timestamps, ...) are stripped, entities decoded; NOTE, STYLE and REGION blocks are skipped. Zoom and
 *       Teams exports are of this kind.</li>
 *   <li><b>SRT</b> (a {@code 00:00:01,000 --> 00:00:04,000} line): numbered subtitles with multi-line text;
 *       speakers from {@code Name: text}; formatting tags ({@code <i>}, {@code <font>}, {@code {\an8}})
 *       stripped. A missing number or a blank line inside the text is tolerated.</li>
 *   <li><b>Plain text</b>: one turn per {@code Name: text} line, optionally after a {@code [00:01:02]} or
 *       {@code 00:01:02} timestamp; also {@code Name (00:05):} and "Name  0:05" header lines with the text
 *       below (Rev and Otter exports). Lines
 *       without a name continue the previous speaker's turn. When turns have no times, times are estimated at
 *       {@value #WORDS_PER_MINUTE} words a minute so evidence still has a place, and the transcript is marked
 *       {@link Transcript#timesEstimated()}.</li>
 * </ul>
 * A cue or line without a speaker continues the previous speaker. Consecutive cues by one speaker stay separate
 * utterances; a cue holding several voices is split, its time shared by word count. A speaker name in
 * {@code Name: text} is one word, or up to four capitalised words ("Dana Smith", "Speaker 2",
 * "Ana de Souza (Guest)"), so sentences with a colon are not mistaken for speakers; inside a cue, a name on a
 * later line counts only when that speaker has already spoken ("Note: ..." stays text). Roles are then given by
 * {@link SpeakerRoles}; their warnings go to the log.
 *
 * <p>UTF-8 (with or without BOM), UTF-16 with BOM and Windows-1252 files are read. Bad input fails with a
 * {@link TranscriptException} whose one-line message names the file and line.
 */
public final class TranscriptReader {
    /** Speaking rate used to estimate times for untimed text. */
    public static final int WORDS_PER_MINUTE = 150;
    private static final long MS_PER_WORD = 60_000L / WORDS_PER_MINUTE;
    /** A day of speech is a few MB of text; anything far larger is not a transcript. */
    private static final long MAX_BYTES = 50_000_000L;

    private static final Logger log = LoggerFactory.getLogger(TranscriptReader.class);

    private static final String TS = "(?:\\d+:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?";
    private static final Pattern TIMING = Pattern.compile("^\\s*(" + TS + ")\\s*-->\\s*(" + TS + ")(?:\\s.*)?$");
    private static final Pattern TIME = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{2})(?:[.,](\\d{1,3}))?");
    private static final Pattern LEADING_TIME =
            Pattern.compile("^[\\[(]?((?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?)[\\])]?(?:\\s*[-\u2013|]\\s*|\\s+)");
    private static final Pattern NAME_COLON = Pattern.compile("^([^:]{1,60}?):(?:\\s+(.*))?$");
    private static final Pattern NAME_TIME_COLON = Pattern.compile(
            "^([^:\\[(]{1,60}?)\\s*[\\[(]((?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:[.,]\\d{1,3})?)[\\])]\\s*:(?:\\s+(.*))?$");
    private static final Pattern NAME_TIME_HEADER =
            Pattern.compile("^(\\S.{0,59}?)\\s+((?:\\d{1,2}:)?\\d{1,2}:\\d{2})$");
    private static final Pattern TAG = Pattern.compile("<(/?)([^>\\s.]*)([^>]*)>");
    private static final Pattern BRACE_TAG = Pattern.compile("\\{\\\\[^}]*}");
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}\\d][\\p{L}\\d.'\u2019-]*|\\(.*\\)");
    private static final Set<String> NAME_PARTICLES =
            Set.of("van", "von", "de", "da", "del", "der", "den", "la", "le", "di", "du", "bin", "al", "el", "dos");
    private static final Set<String> BLOCKS_TO_SKIP = Set.of("NOTE", "STYLE", "REGION");

    /** Detected kind of transcript. */
    public enum Format { WEBVTT, SRT, TEXT }

    private TranscriptReader() {
    }

    /**
     * Reads and parses a transcript file and assigns roles.
     *
     * @throws TranscriptException for a missing, unreadable or malformed file, or speaker names that do not match
     */
    public static Transcript read(Path file, SpeakerRoles roles) {
        String where = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new TranscriptException(where + " is a directory; give a transcript file (.vtt, .srt or .txt)");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new TranscriptException(where + " is " + Files.size(file) / 1_000_000 + " MB, too large for a"
                        + " transcript (limit " + MAX_BYTES / 1_000_000 + " MB); is it the right file?");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TranscriptException(where + ": no such file; check the path");
        } catch (IOException e) {
            log.debug("cannot read {}", where, e);
            throw new TranscriptException(where + ": cannot read (" + e.getMessage() + "); check its permissions", e);
        }
        Path name = file.getFileName();
        return parse(where, name == null ? where : name.toString(), decode(where, bytes), roles);
    }

    /**
     * Parses transcript text already in memory (an upload, a test).
     *
     * @param source names the transcript in messages and in {@link Transcript#source()}
     */
    public static Transcript read(String source, String content, SpeakerRoles roles) {
        return parse(source, source, content, roles);
    }

    /** The format {@link #read} would use for this content. */
    public static Format detect(String content) {
        String text = normalise(content);
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                if (line.strip().startsWith("WEBVTT")) {
                    return Format.WEBVTT;
                }
                break;
            }
        }
        for (String line : text.split("\n")) {
            if (TIMING.matcher(line).matches()) {
                return Format.SRT;
            }
        }
        return Format.TEXT;
    }

    private static Transcript parse(String where, String source, String content, SpeakerRoles roles) {
        String text = normalise(content);
        if (text.isBlank()) {
            throw new TranscriptException(where + " is empty; give a WebVTT, SRT or 'Name: text' transcript");
        }
        Format format = detect(text);
        String[] lines = text.split("\n", -1);
        List<Turn> turns;
        boolean estimated = false;
        switch (format) {
            case WEBVTT -> turns = new CueParser(where, lines, true).parse();
            case SRT -> turns = new CueParser(where, lines, false).parse();
            default -> {
                PlainText plain = new PlainText(where, lines);
                turns = plain.parse();
                estimated = plain.estimated;
            }
        }
        if (turns.isEmpty()) {
            throw new TranscriptException(where + ": no speech found in this " + format + " file");
        }
        List<Utterance> utterances = new ArrayList<>(turns.size());
        int n = 0;
        for (Turn t : turns) {
            utterances.add(new Utterance(String.format(Locale.ROOT, "u%04d", ++n), Role.UNKNOWN, t.speaker, t.text,
                    t.startMs, t.endMs, List.of()));
        }
        SpeakerRoles.Assignment assignment = (roles == null ? SpeakerRoles.heuristic() : roles).assign(where, utterances);
        assignment.warnings().forEach(log::warn);
        log.info("{}: {} {} utterances, speakers {}{}", where, utterances.size(), format, assignment.speakers(),
                estimated ? ", times estimated" : "");
        return new Transcript(source, assignment.utterances(), estimated);
    }

    /** One speaker's stretch of text with its time, before roles are given. */
    private record Turn(String speaker, String text, long startMs, long endMs) {
    }

    // ---------------------------------------------------------------- decoding

    private static String decode(String where, byte[] bytes) {
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        for (byte b : bytes) {
            if (b == 0) { // text never holds NUL; audio and office documents do
                throw new TranscriptException(where + " holds binary data, not text (an audio file?); give a WebVTT,"
                        + " SRT or plain-text transcript");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            log.info("{} is not UTF-8; reading it as Windows-1252", where);
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static String normalise(String content) {
        String s = content == null ? "" : content;
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    // ---------------------------------------------------------------- times and names

    /** "01:02:03.5", "2:03,250", "00:01:02" to milliseconds. */
    static long parseTime(String s) {
        Matcher m = TIME.matcher(s.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(s);
        }
        long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long min = Long.parseLong(m.group(2));
        long sec = Long.parseLong(m.group(3));
        String frac = m.group(4) == null ? "0" : (m.group(4) + "00").substring(0, 3);
        if (sec > 59 || (m.group(1) != null && min > 59)) {
            throw new IllegalArgumentException(s);
        }
        return ((h * 60 + min) * 60 + sec) * 1000 + Long.parseLong(frac);
    }

    static String formatTime(long ms) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60);
    }

    /** One word, or up to four capitalised words (particles and a "(Guest)" remark allowed). */
    static boolean isSpeakerName(String candidate) {
        String s = candidate.strip();
        if (s.isEmpty() || s.length() > 60 || !Character.isLetter(s.codePointAt(0))) {
            return false;
        }
        String[] words = s.replaceAll("\\s*\\(.*\\)\\s*$", "").split("\\s+");
        if (words.length == 1) {
            return words[0].chars().allMatch(c -> Character.isLetterOrDigit(c) || ".'-_\u2019".indexOf(c) >= 0);
        }
        if (words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches() && !NAME_PARTICLES.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static long estimateMs(String text) {
        int words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        return Math.max(1, words) * MS_PER_WORD;
    }

    private static String decodeEntities(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&lrm;", "")
                .replace("&rlm;", "").replace("&quot;", "\"").replace("&#39;", "'").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static String collapse(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    // ---------------------------------------------------------------- WebVTT and SRT

    /** Cue files: blocks separated by blank lines, each with a timing line and text. */
    private static final class CueParser {
        private final String where;
        private final String[] lines;
        private final boolean vtt;
        private final List<Turn> turns = new ArrayList<>();
        private final Set<String> knownSpeakers = new java.util.HashSet<>();
        private String lastSpeaker;
        private boolean cueStart;

        CueParser(String where, String[] lines, boolean vtt) {
            this.where = where;
            this.lines = lines;
            this.vtt = vtt;
        }

        List<Turn> parse() {
            int i = 0;
            if (vtt) {
                while (lines[i].isBlank()) {
                    i++;
                }
                String header = lines[i].strip();
                if (!(header.equals("WEBVTT") || header.startsWith("WEBVTT ") || header.startsWith("WEBVTT\t"))) {
                    throw TranscriptException.at(where, i + 1, "the first line must be 'WEBVTT' (found '"
                            + abbreviate(header) + "')");
                }
                while (i < lines.length && !lines[i].isBlank()) {
                    i++; // header block: "WEBVTT", "Kind: captions", "Language: en", ...
                }
            }
            int[] lastCueLines = null;
            while (i < lines.length) {
                if (lines[i].isBlank()) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < lines.length && !lines[i].isBlank()) {
                    i++;
                }
                int end = i; // block is lines[start, end)
                String first = lines[start].strip();
                if (vtt && BLOCKS_TO_SKIP.contains(first.split("[\\s]", 2)[0])) {
                    continue;
                }
                int timing;
                if (lines[start].contains("-->")) {
                    timing = start;
                } else if (start + 1 < end && lines[start + 1].contains("-->")) {
                    timing = start + 1; // cue identifier or subtitle number first
                } else if (!vtt && lastCueLines != null && !first.matches("\\d+")) {
                    // A blank line inside an SRT subtitle: the text belongs to the previous subtitle.
                    log.debug("{} line {}: text after a blank line joined to the previous subtitle", where, start + 1);
                    extendLast(lastCueLines, start, end);
                    continue;
                } else {
                    throw TranscriptException.at(where, start + 1, "expected a cue timing like '"
                            + (vtt ? "00:00:01.000 --> 00:00:04.000" : "00:00:01,000 --> 00:00:04,000")
                            + "' (found '" + abbreviate(first) + "')");
                }
                Matcher m = TIMING.matcher(lines[timing]);
                long from;
                long to;
                try {
                    if (!m.matches()) {
                        throw new IllegalArgumentException();
                    }
                    from = parseTime(m.group(1));
                    to = parseTime(m.group(2));
                } catch (IllegalArgumentException e) {
                    throw TranscriptException.at(where, timing + 1, "bad cue timing '" + abbreviate(lines[timing].strip())
                            + "'; write it as '" + (vtt ? "00:00:01.000 --> 00:00:04.000" : "00:00:01,000 --> 00:00:04,000")
                            + "'");
                }
                if (to < from) {
                    throw TranscriptException.at(where, timing + 1, "cue ends (" + m.group(2) + ") before it starts ("
                            + m.group(1) + ")");
                }
                lastCueLines = new int[]{turns.size(), 0};
                addCue(from, to, timing + 1, end);
                lastCueLines[1] = turns.size();
            }
            return turns;
        }

        /** Parses cue text lines [from, to) into turns sharing the cue time by word count. */
        private void addCue(long startMs, long endMs, int from, int to) {
            List<String[]> spans = spans(from, to); // {speaker, text}
            int totalWords = 0;
            for (String[] s : spans) {
                totalWords += s[1].split("\\s+").length;
            }
            long t = startMs;
            int wordsSoFar = 0;
            for (String[] s : spans) {
                wordsSoFar += s[1].split("\\s+").length;
                long end = startMs + (endMs - startMs) * wordsSoFar / totalWords;
                turns.add(new Turn(s[0], s[1], t, end));
                t = end;
            }
        }

        private void extendLast(int[] lastCue, int from, int to) {
            if (lastCue[1] <= lastCue[0]) {
                return;
            }
            Turn last = turns.get(lastCue[1] - 1);
            StringBuilder extra = new StringBuilder();
            for (int i = from; i < to; i++) {
                extra.append(' ').append(lines[i]);
            }
            String added = collapse(decodeEntities(BRACE_TAG.matcher(TAG.matcher(extra).replaceAll("")).replaceAll("")));
            turns.set(lastCue[1] - 1, new Turn(last.speaker, collapse(last.text + " " + added), last.startMs, last.endMs));
        }

        /** Splits cue text into (speaker, text) spans: voice tags first, then "Name: text" lines. */
        private List<String[]> spans(int from, int to) {
            List<String[]> out = new ArrayList<>();
            String voice = null;
            StringBuilder text = new StringBuilder();
            cueStart = true;
            for (int i = from; i < to; i++) {
                String line = BRACE_TAG.matcher(lines[i]).replaceAll("");
                Matcher m = TAG.matcher(line);
                int pos = 0;
                while (m.find()) {
                    text.append(line, pos, m.start());
                    pos = m.end();
                    boolean closing = !m.group(1).isEmpty();
                    if (m.group(2).equalsIgnoreCase("v")) {
                        flush(out, voice, text);
                        voice = closing ? null : voiceName(m.group(3));
                    }
                }
                text.append(line.substring(pos)).append('\n');
            }
            flush(out, voice, text);
            return out;
        }

        /** "<v.loud Dana Smith>" annotation part ".loud Dana Smith" to "Dana Smith". */
        private static String voiceName(String annotation) {
            String s = annotation;
            while (s.startsWith(".")) {
                int space = s.indexOf(' ');
                s = space < 0 ? "" : s.substring(space);
            }
            s = collapse(decodeEntities(s));
            return s.isEmpty() ? null : s;
        }

        private void flush(List<String[]> out, String voice, StringBuilder buffer) {
            String raw = buffer.toString();
            buffer.setLength(0);
            if (raw.isBlank()) {
                return;
            }
            if (voice != null) {
                cueStart = false;
                add(out, voice, raw);
                return;
            }
            String speaker = null;
            StringBuilder current = new StringBuilder();
            for (String line : raw.split("\n")) {
                String l = decodeEntities(line).strip();
                if (l.startsWith("- ") || l.startsWith("\u2013 ")) {
                    l = l.substring(2); // dialogue dash
                }
                Matcher m = NAME_COLON.matcher(l);
                // A name opens the cue; further down only a known speaker does ("Note: ..." is text).
                if (m.matches() && isSpeakerName(m.group(1))
                        && (cueStart || knownSpeakers.contains(SpeakerRoles.key(m.group(1))))) {
                    add(out, speaker, current.toString());
                    current.setLength(0);
                    speaker = m.group(1).strip();
                    l = Objects.toString(m.group(2), "");
                }
                if (!l.isBlank()) {
                    cueStart = false;
                }
                current.append(l).append(' ');
            }
            add(out, speaker, current.toString());
        }

        /** Text without a speaker continues the previous speaker (a sentence running over two cues). */
        private void add(List<String[]> out, String speaker, String raw) {
            String text = collapse(decodeEntities(raw));
            if (text.isEmpty()) {
                return;
            }
            String who = speaker != null ? speaker : lastSpeaker;
            lastSpeaker = who;
            if (who != null) {
                knownSpeakers.add(SpeakerRoles.key(who));
            }
            out.add(new String[]{who, text});
        }
    }

    // ---------------------------------------------------------------- plain text

    /** "Name: text" lines, optional leading timestamps, continuation lines, estimated times when untimed. */
    private static final class PlainText {
        private final String where;
        private final String[] lines;
        boolean estimated;

        PlainText(String where, String[] lines) {
            this.where = where;
            this.lines = lines;
        }

        private static final class Draft {
            final String speaker;
            final Long startMs;
            final int line;
            final StringBuilder text = new StringBuilder();

            Draft(String speaker, Long startMs, int line) {
                this.speaker = speaker;
                this.startMs = startMs;
                this.line = line;
            }
        }

        List<Turn> parse() {
            List<Draft> drafts = new ArrayList<>();
            Draft current = null;
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) {
                    continue;
                }
                Long time = null;
                Matcher t = LEADING_TIME.matcher(line + " ");
                if (t.find() && t.start() == 0) {
                    time = time(t.group(1), i);
                    line = (line + " ").substring(t.end()).strip();
                }
                Matcher named = NAME_COLON.matcher(line);
                Matcher header = NAME_TIME_HEADER.matcher(line);
                Matcher timedName = NAME_TIME_COLON.matcher(line);
                if (time == null && timedName.matches() && isSpeakerName(timedName.group(1))) {
                    current = new Draft(timedName.group(1).strip(), time(timedName.group(2), i), i + 1);
                    drafts.add(current);
                    current.text.append(Objects.toString(timedName.group(3), "")).append(' ');
                } else if (named.matches() && isSpeakerName(named.group(1))) {
                    current = new Draft(named.group(1).strip(), time, i + 1);
                    drafts.add(current);
                    current.text.append(Objects.toString(named.group(2), "")).append(' ');
                } else if (time == null && header.matches() && isSpeakerName(header.group(1))) {
                    current = new Draft(header.group(1).strip(), time(header.group(2), i), i + 1);
                    drafts.add(current);
                } else if (time != null) {
                    // A timestamped line without a name: a new turn by the same speaker.
                    current = new Draft(current == null ? null : current.speaker, time, i + 1);
                    drafts.add(current);
                    current.text.append(line).append(' ');
                } else if (current == null) {
                    throw TranscriptException.at(where, i + 1, "text before the first speaker ('" + abbreviate(line)
                            + "'); start each turn with the speaker's name, e.g. 'Interviewer: How do you plan?'");
                } else {
                    current.text.append(line).append(' ');
                }
            }
            if (drafts.isEmpty()) {
                throw new TranscriptException(where + ": no 'Name: text' lines found; give a WebVTT, SRT or"
                        + " plain-text transcript with one 'Name: text' line per turn");
            }
            List<Turn> turns = new ArrayList<>();
            long previousGiven = -1;
            long clock = 0;
            for (int d = 0; d < drafts.size(); d++) {
                Draft draft = drafts.get(d);
                String text = collapse(draft.text.toString());
                if (text.isEmpty()) {
                    continue;
                }
                long start;
                if (draft.startMs != null) {
                    if (draft.startMs < previousGiven) {
                        throw TranscriptException.at(where, draft.line, "time " + formatTime(draft.startMs)
                                + " is earlier than the turn before (" + formatTime(previousGiven)
                                + "); put the turns in time order");
                    }
                    start = draft.startMs;
                    previousGiven = start;
                } else {
                    start = clock;
                    estimated = true;
                }
                long end = start + estimateMs(text);
                Long immediateNext = d + 1 < drafts.size() ? drafts.get(d + 1).startMs : null;
                if (draft.startMs != null && immediateNext != null && immediateNext > start) {
                    end = immediateNext; // a timed turn runs until the next timed turn
                }
                Long later = nextTime(drafts, d + 1);
                if (later != null && end > later) {
                    end = Math.max(start, later); // untimed text squeezed in before the next timestamp
                }
                turns.add(new Turn(draft.speaker, text, start, end));
                clock = end;
            }
            return turns;
        }

        private static Long nextTime(List<Draft> drafts, int from) {
            for (int i = from; i < drafts.size(); i++) {
                if (drafts.get(i).startMs != null) {
                    return drafts.get(i).startMs;
                }
            }
            return null;
        }

        private long time(String s, int lineIndex) {
            try {
                return parseTime(s);
            } catch (IllegalArgumentException e) {
                throw TranscriptException.at(where, lineIndex + 1, "bad time '" + s + "'; write it as hh:mm:ss");
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
