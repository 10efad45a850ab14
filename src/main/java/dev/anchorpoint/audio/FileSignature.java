package dev.anchorpoint.audio;

import java.nio.charset.StandardCharsets;

/**
 * What a file is, judged by its first bytes ("magic numbers") rather than its name: people rename files, and
 * browsers label recordings loosely. {@link Route} says who decodes it.
 */
enum FileSignature {
    WAV("WAV", Route.IN_PROCESS),
    RIFF_OTHER("RIFF container", Route.FFMPEG),
    MP3("MP3", Route.FFMPEG),
    AAC_ADTS("AAC", Route.FFMPEG),
    FLAC("FLAC", Route.FFMPEG),
    OGG("Ogg (Vorbis/Opus)", Route.FFMPEG),
    MATROSKA("WebM/Matroska", Route.FFMPEG),
    MP4("MP4/M4A", Route.FFMPEG),
    AIFF("AIFF", Route.FFMPEG),
    CAF("Core Audio", Route.FFMPEG),
    ASF("WMA/ASF", Route.FFMPEG),
    AMR("AMR", Route.FFMPEG),
    AU("Sun AU", Route.FFMPEG),
    TEXT("text", Route.REJECT),
    PNG("PNG image", Route.REJECT),
    JPEG("JPEG image", Route.REJECT),
    GIF("GIF image", Route.REJECT),
    PDF("PDF document", Route.REJECT),
    ZIP("ZIP archive (or Office document)", Route.REJECT),
    GZIP("gzip archive", Route.REJECT),
    EXECUTABLE("program", Route.REJECT),
    /** Nothing recognised: ffmpeg probes the content and gets the last word. */
    UNKNOWN("unrecognised data", Route.FFMPEG);

    /** Who handles a file of this kind. */
    enum Route { IN_PROCESS, FFMPEG, REJECT }

    /** Bytes to read for {@link #of}: enough for every signature and a fair look at text. */
    static final int HEAD_BYTES = 512;

    private final String label;
    private final Route route;

    FileSignature(String label, Route route) {
        this.label = label;
        this.route = route;
    }

    String label() {
        return label;
    }

    Route route() {
        return route;
    }

    static FileSignature of(byte[] head, int length) {
        if (startsWith(head, length, 0, "RIFF") || startsWith(head, length, 0, "RF64")
                || startsWith(head, length, 0, "BW64")) {
            // A RIFF header cut short is still judged a WAV, so the message says "truncated" rather than "unknown".
            return length < 12 || startsWith(head, length, 8, "WAVE") ? WAV : RIFF_OTHER;
        }
        if (startsWith(head, length, 0, "ID3")) {
            return MP3;
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0) {
            // MPEG audio frame sync; layer bits 00 mean ADTS-framed AAC rather than MP1/2/3.
            return (head[1] & 0x06) == 0 ? AAC_ADTS : MP3;
        }
        if (startsWith(head, length, 0, "fLaC")) {
            return FLAC;
        }
        if (startsWith(head, length, 0, "OggS")) {
            return OGG;
        }
        if (startsWithBytes(head, length, 0x1A, 0x45, 0xDF, 0xA3)) {
            return MATROSKA;
        }
        if (startsWith(head, length, 4, "ftyp") || startsWith(head, length, 4, "moov")
                || startsWith(head, length, 4, "mdat") || startsWith(head, length, 4, "wide")) {
            return MP4;
        }
        if (startsWith(head, length, 0, "FORM") && (startsWith(head, length, 8, "AIFF")
                || startsWith(head, length, 8, "AIFC"))) {
            return AIFF;
        }
        if (startsWith(head, length, 0, "caff")) {
            return CAF;
        }
        if (startsWithBytes(head, length, 0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11)) {
            return ASF;
        }
        if (startsWith(head, length, 0, "#!AMR")) {
            return AMR;
        }
        if (startsWith(head, length, 0, ".snd")) {
            return AU;
        }
        return nonAudio(head, length);
    }

    private static FileSignature nonAudio(byte[] head, int length) {
        if (startsWithBytes(head, length, 0x89, 'P', 'N', 'G')) {
            return PNG;
        }
        if (startsWithBytes(head, length, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(head, length, 0, "GIF8")) {
            return GIF;
        }
        if (startsWith(head, length, 0, "%PDF")) {
            return PDF;
        }
        if (startsWithBytes(head, length, 'P', 'K', 0x03, 0x04)) {
            return ZIP;
        }
        if (startsWithBytes(head, length, 0x1F, 0x8B)) {
            return GZIP;
        }
        if (startsWithBytes(head, length, 0x7F, 'E', 'L', 'F') || startsWith(head, length, 0, "MZ")) {
            return EXECUTABLE;
        }
        return looksLikeText(head, length) ? TEXT : UNKNOWN;
    }

    /** No NUL bytes and almost only printable ASCII, whitespace or UTF-8 continuation bytes. */
    private static boolean looksLikeText(byte[] head, int length) {
        if (length == 0) {
            return false;
        }
        int printable = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b >= 0x20 && b != 0x7F || b == '\n' || b == '\r' || b == '\t') {
                printable++;
            }
        }
        return printable >= length * 0.95;
    }

    private static boolean startsWith(byte[] head, int length, int at, String ascii) {
        byte[] expected = ascii.getBytes(StandardCharsets.ISO_8859_1);
        if (length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (head[at + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithBytes(byte[] head, int length, int... expected) {
        if (length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
