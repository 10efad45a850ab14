package dev.anchorpoint.tagging;

/** The words a signal rests on and where they are in the audio. Always candidate speech; {@code speaker} is the role id. */
public record Evidence(String utteranceId, String text, long startMs, long endMs, String speaker) {
}
