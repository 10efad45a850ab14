package dev.anchorpoint.audio;

/** A well-formed file that holds no samples; ffmpeg's log may explain it better, so it is told apart. */
final class EmptyAudioException extends AudioFormatException {
    EmptyAudioException(String message) {
        super(message);
    }
}
