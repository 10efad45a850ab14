// AudioWorklet: microphone (or tab) audio at the context's rate -> 16 kHz mono 16-bit PCM chunks of 100 ms,
// posted to the page, which sends them to /ws/interviews/{id}/audio. Downsampling averages the input samples
// that fall into each output sample (a box filter), which keeps speech clear without aliasing hiss.
class PcmDownsampler extends AudioWorkletProcessor {
  constructor() {
    super();
    this.ratio = sampleRate / 16000;
    this.acc = 0;       // sum of input samples for the output sample being built
    this.count = 0;     // how many input samples went into it
    this.pos = 0;       // input samples consumed towards the next output sample (fractional)
    this.out = new Int16Array(1600);
    this.n = 0;
    this.peak = 0;
  }

  process(inputs) {
    const input = inputs[0];
    if (!input || input.length === 0) return true;
    const channels = input.length;
    const frames = input[0].length;
    for (let i = 0; i < frames; i++) {
      let v = 0;
      for (let c = 0; c < channels; c++) v += input[c][i];
      v /= channels;
      this.acc += v;
      this.count++;
      this.pos += 1;
      if (this.pos >= this.ratio) {
        this.pos -= this.ratio;
        const s = Math.max(-1, Math.min(1, this.acc / this.count));
        this.peak = Math.max(this.peak, Math.abs(s));
        this.out[this.n++] = s < 0 ? s * 0x8000 : s * 0x7fff;
        this.acc = 0;
        this.count = 0;
        if (this.n === this.out.length) {
          this.port.postMessage({pcm: this.out.buffer, peak: this.peak}, [this.out.buffer]);
          this.out = new Int16Array(1600);
          this.n = 0;
          this.peak = 0;
        }
      }
    }
    return true;
  }
}

registerProcessor('pcm-downsampler', PcmDownsampler);
