/**
 * Audio in: turns interview recordings and live microphone frames into the 16 kHz, 16-bit samples the
 * recognisers take.
 *
 * <ul>
 *   <li>{@link dev.anchorpoint.audio.AudioDecoder} reads a file or an upload into {@link dev.anchorpoint.audio.PcmAudio}
 *       (float samples per channel at the original rate). The container is recognised by its first bytes; WAV
 *       (PCM 8-32 bit, float, extensible, RF64) is decoded in-process, MP3/M4A/Ogg/WebM/FLAC and the rest by the
 *       ffmpeg binary bundled with jave ({@link dev.anchorpoint.audio.FfmpegBinary}).</li>
 *   <li>{@link dev.anchorpoint.audio.Resampler} is a windowed-sinc polyphase resampler with an anti-alias
 *       low-pass, so 44.1/48 kHz recordings reach 16 kHz without folding high frequencies into speech;
 *       {@link dev.anchorpoint.audio.StreamingResampler} does the same chunk by chunk, sample-identical.</li>
 *   <li>{@code AudioDecoder.decode16kMono/decode16kChannels} resample while decoding, so an hour-long
 *       recording is never held at 44.1/48 kHz: use them for recognition, {@code decode} for analysis.</li>
 *   <li>{@link dev.anchorpoint.audio.Pcm16}, {@link dev.anchorpoint.audio.Pcm16Stream} and
 *       {@link dev.anchorpoint.audio.AudioChunker} move 16-bit samples between bytes, web socket frames and
 *       recogniser-sized chunks; {@link dev.anchorpoint.audio.LiveAudioStream} turns a browser's 16-bit frames
 *       at any rate into 16 kHz samples.</li>
 * </ul>
 *
 * <p>Bad input raises {@link dev.anchorpoint.audio.AudioFormatException} with one line naming the file and,
 * where there is one, the fix. Nothing here knows about Spring, HTTP or the recognisers.
 */
package dev.anchorpoint.audio;
