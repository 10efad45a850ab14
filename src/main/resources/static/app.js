// Anchorpoint live scorecard page. Plain JS, no build step. Two routes in the URL fragment:
//   #            create an interview (live or from a recording)
//   #i=ID&t=TOKEN  the interview: live transcript, scorecard, decisions (the link can be shared with the panel)
'use strict';

const $ = (sel, root = document) => root.querySelector(sel);
const el = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
};
const wsBase = () => (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host;
const fmtTime = ms => {
  const s = Math.max(0, Math.round(ms / 1000));
  return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
};

// ---------- routing ----------

function route() {
  const p = new URLSearchParams(location.hash.replace(/^#/, ''));
  stopInterview();
  if (p.get('i') && p.get('t')) {
    showInterview(p.get('i'), p.get('t'));
  } else {
    showHome();
  }
}
window.addEventListener('hashchange', route);

// ---------- home: create ----------

let rubrics = [];

async function showHome() {
  $('#view').hidden = true;
  $('#home').hidden = false;
  document.body.classList.remove('locked');
  document.title = 'Anchorpoint · new interview';
  if (!rubrics.length) {
    try {
      rubrics = await (await fetch('/api/rubrics')).json();
    } catch (e) {
      $('#create-error').textContent = 'Cannot reach the server: ' + e.message;
      return;
    }
    const sel = $('#f-rubric');
    sel.innerHTML = '';
    rubrics.forEach(r => sel.append(new Option(r.name + ' (v' + r.version + ')', r.file)));
    sel.addEventListener('change', fillLevels);
    fillLevels();
  }
  const recent = JSON.parse(localStorage.getItem('anchorpoint.recent') || '[]');
  $('#recent-panel').hidden = recent.length === 0;
  const ul = $('#recent');
  ul.innerHTML = '';
  recent.slice(0, 12).forEach(r => {
    const li = el('li');
    const a = el('a', null, r.candidate);
    a.href = '#i=' + encodeURIComponent(r.id) + '&t=' + encodeURIComponent(r.token);
    li.append(a, el('span', 'detail', ' · ' + new Date(r.at).toLocaleString()));
    ul.append(li);
  });
  $('#f-candidate').focus();
}

function fillLevels() {
  const r = rubrics.find(x => x.file === $('#f-rubric').value);
  const sel = $('#f-level');
  sel.innerHTML = '';
  (r ? r.levels : []).forEach(l => sel.append(new Option(l.name + ' (expects ' + l.expectedScore + ')', l.id)));
  if (r && r.levels.some(l => l.id === 'mid')) sel.value = 'mid';
}

async function createInterview() {
  $('#create-error').textContent = '';
  const body = {
    candidate: $('#f-candidate').value.trim(),
    rubric: $('#f-rubric').value,
    level: $('#f-level').value,
    interviewer: $('#f-interviewer').value.trim()
  };
  if (!body.candidate) {
    $('#create-error').textContent = 'Enter the candidate\'s name.';
    $('#f-candidate').focus();
    return null;
  }
  localStorage.setItem('anchorpoint.me', body.interviewer);
  const res = await fetch('/api/interviews', {
    method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)
  });
  const json = await res.json();
  if (!res.ok) {
    $('#create-error').textContent = json.error || ('Server said ' + res.status);
    return null;
  }
  const recent = JSON.parse(localStorage.getItem('anchorpoint.recent') || '[]');
  recent.unshift({id: json.id, token: json.token, candidate: body.candidate, at: Date.now()});
  localStorage.setItem('anchorpoint.recent', JSON.stringify(recent.slice(0, 50)));
  return json;
}

$('#create-form').addEventListener('submit', async ev => {
  ev.preventDefault();
  const c = await createInterview();
  if (c) location.hash = 'i=' + encodeURIComponent(c.id) + '&t=' + encodeURIComponent(c.token);
});

$('#create-upload').addEventListener('click', async () => {
  const file = $('#f-file').files[0];
  if (!file) {
    $('#create-error').textContent = 'Choose a recording first.';
    return;
  }
  const c = await createInterview();
  if (!c) return;
  const form = new FormData();
  form.append('file', file);
  const mode = $('#f-speaker').value;
  if (mode === 'stereo') form.append('channels', 'interviewer,candidate');
  else form.append('speaker', mode);
  const res = await fetch('/api/interviews/' + c.id + '/recording', {
    method: 'POST', headers: {'Authorization': 'Bearer ' + c.token}, body: form
  });
  if (!res.ok) {
    const json = await res.json().catch(() => ({}));
    $('#create-error').textContent = json.error || ('Upload failed: ' + res.status);
    return;
  }
  location.hash = 'i=' + encodeURIComponent(c.id) + '&t=' + encodeURIComponent(c.token);
});

// ---------- interview view ----------

const state = {
  id: null, token: null, rubric: null, events: null, retry: 0, locked: false, closing: false,
  suggestions: {}, decisions: {}, notes: {}, score: null, partials: {}
};

async function showInterview(id, token) {
  $('#home').hidden = true;
  $('#view').hidden = false;
  Object.assign(state, {id, token, closing: false, retry: 0, suggestions: {}, decisions: {}, notes: {},
    score: null, partials: {}});
  $('#view-error').textContent = '';
  const res = await fetch('/api/interviews/' + encodeURIComponent(id), {headers: {'Authorization': 'Bearer ' + token}});
  const info = await res.json().catch(() => ({}));
  if (!res.ok) {
    $('#view-error').textContent = info.error || ('Cannot open interview: ' + res.status);
    return;
  }
  const rubricFile = info.rubric.id;
  state.rubric = await (await fetch('/api/rubrics/' + encodeURIComponent(rubricFile))).json();
  buildDimensions();
  connectEvents();
}

function stopInterview() {
  state.closing = true;
  if (state.events) state.events.close();
  state.events = null;
  stopCapture();
}

function connectEvents() {
  const me = localStorage.getItem('anchorpoint.me') || '';
  const url = wsBase() + '/ws/interviews/' + encodeURIComponent(state.id) + '/events?token='
    + encodeURIComponent(state.token) + (me ? '&name=' + encodeURIComponent(me) : '');
  const ws = new WebSocket(url);
  state.events = ws;
  let first = true;
  ws.onopen = () => {
    state.retry = 0;
    setConn(true);
  };
  ws.onmessage = m => {
    let e;
    try { e = JSON.parse(m.data); } catch (x) { return; }
    if (first && e.type === 'status') {
      // The server replays the whole state after every (re)connect: start from a clean slate.
      first = false;
      $('#transcript').innerHTML = '';
      state.decisions = {};
      state.notes = {};
      document.querySelectorAll('.dim .notes').forEach(n => n.innerHTML = '');
    }
    handle(e);
  };
  ws.onclose = () => {
    if (state.events !== ws || state.closing) return;
    setConn(false);
    const delay = Math.min(10000, 500 * Math.pow(2, state.retry++));
    setTimeout(() => { if (state.events === ws && !state.closing) connectEvents(); }, delay);
  };
}

function setConn(up) {
  const c = $('#conn');
  c.textContent = up ? 'connected' : 'reconnecting…';
  c.classList.toggle('down', !up);
}

function send(msg) {
  if (state.events && state.events.readyState === WebSocket.OPEN) {
    state.events.send(JSON.stringify(msg));
  } else {
    $('#view-error').textContent = 'Not connected; try again in a moment.';
  }
}

function handle(e) {
  switch (e.type) {
    case 'status': return onStatus(e);
    case 'partial': return onPartial(e);
    case 'utterance': return onUtterance(e);
    case 'suggestion': return onSuggestion(e);
    case 'decision': return onDecision(e);
    case 'score': return onScore(e);
    case 'error': $('#view-error').textContent = e.message; return;
    default: return;
  }
}

function onStatus(e) {
  document.title = 'Anchorpoint · ' + e.candidate;
  $('#v-candidate').textContent = e.candidate;
  $('#v-rubric').textContent = e.rubric.name + ' v' + e.rubric.version;
  $('#v-level').textContent = e.level;
  $('#v-interviewers').textContent = (e.interviewers || []).join(', ') || 'no interviewer named';
  const st = $('#v-status');
  st.textContent = e.status;
  st.className = 'pill ' + e.status;
  $('#v-detail').textContent = (e.detail || '') + (e.channels && e.channels.length ? ' streaming: '
    + e.channels.join(', ') : '');
  state.locked = !!e.locked;
  document.body.classList.toggle('locked', state.locked);
  $('#submit').disabled = state.locked;
  $('#locked').textContent = state.locked ? 'Submitted: the scorecard is locked.' : '';
  if (state.locked) stopCapture();
}

function onPartial(e) {
  state.partials[e.speaker] = e.text;
  renderPartials();
}

function renderPartials() {
  const box = $('#partials');
  box.innerHTML = '';
  Object.entries(state.partials).forEach(([who, text]) => {
    if (!text) return;
    const d = el('div');
    d.append(el('span', 'who ' + who, who + ' '), document.createTextNode(text + '…'));
    box.append(d);
  });
}

function onUtterance(u) {
  // A final utterance replaces the partial of its channel.
  if (u.speaker in state.partials) state.partials[u.speaker] = '';
  state.partials.mixed = '';
  renderPartials();
  const ol = $('#transcript');
  const li = el('li');
  li.id = 'utt-' + u.id;
  li.dataset.start = u.startMs;
  li.append(el('span', 'who ' + u.speaker, u.name || u.speaker), el('span', 't', fmtTime(u.startMs)),
    el('div', 'text', u.text));
  // Keep time order (two channels may deliver out of order).
  let before = null;
  for (const other of ol.children) {
    if (Number(other.dataset.start) > u.startMs) { before = other; break; }
  }
  const atBottom = ol.scrollTop + ol.clientHeight >= ol.scrollHeight - 40;
  ol.insertBefore(li, before);
  if (atBottom) ol.scrollTop = ol.scrollHeight;
}

function buildDimensions() {
  const ol = $('#dimensions');
  ol.innerHTML = '';
  state.rubric.dimensions.forEach((d, i) => {
    const li = $('#dim-template').content.firstElementChild.cloneNode(true);
    li.dataset.dim = d.id;
    li.classList.add('none');
    $('.dim-name', li).textContent = d.name;
    $('.dim-weight', li).textContent = d.weight + ' %';
    const anchors = $('.anchors', li);
    d.anchors.slice().reverse().forEach(a => {
      const ai = el('li');
      ai.dataset.from = a.from;
      ai.dataset.to = a.to;
      ai.append(el('span', 'band', a.band), document.createTextNode(a.text));
      anchors.append(ai);
    });
    $('.confirm', li).addEventListener('click', () => send({type: 'confirm', dimension: d.id}));
    li.querySelectorAll('.override button').forEach(b => b.addEventListener('click',
      () => send({type: 'override', dimension: d.id, score: Number(b.dataset.score)})));
    const note = $('.note', li);
    note.addEventListener('keydown', ev => {
      if (ev.key === 'Enter' && note.value.trim()) {
        send({type: 'note', dimension: d.id, text: note.value.trim()});
        note.value = '';
        ev.preventDefault();
      }
      if (ev.key === 'Escape') li.focus();
      ev.stopPropagation();
    });
    li.addEventListener('keydown', ev => {
      if (ev.target !== li || state.locked) return;
      if (ev.key === 'c') send({type: 'confirm', dimension: d.id});
      else if (/^[1-5]$/.test(ev.key)) send({type: 'override', dimension: d.id, score: Number(ev.key)});
      else if (ev.key === 'n') { note.focus(); ev.preventDefault(); }
      else if (ev.key === 'j' || ev.key === 'ArrowDown') { (li.nextElementSibling || li).focus(); ev.preventDefault(); }
      else if (ev.key === 'k' || ev.key === 'ArrowUp') { (li.previousElementSibling || li).focus(); ev.preventDefault(); }
    });
    ol.append(li);
  });
  drawRadar();
}

const dimEl = id => document.querySelector('.dim[data-dim="' + CSS.escape(id) + '"]');

function onSuggestion(s) {
  state.suggestions[s.dimension] = s;
  const li = dimEl(s.dimension);
  if (!li) return;
  li.classList.toggle('none', s.score === null);
  $('.num', li).textContent = s.score === null ? 'no evidence yet' : s.score;
  $('.conf', li).textContent = s.score === null ? '' : 'suggested · ' + Math.round(s.confidence * 100) + ' % sure';
  li.querySelectorAll('.anchors li').forEach(a => a.classList.toggle('hit',
    s.score !== null && s.score >= Number(a.dataset.from) && s.score <= Number(a.dataset.to)));
  const ev = $('.evidence', li);
  ev.innerHTML = '';
  (s.evidence || []).slice(0, 4).forEach(x => {
    const item = el('li');
    item.append(el('q', null, x.text), el('span', 't', fmtTime(x.startMs) + '–' + fmtTime(x.endMs)),
      el('span', 'lvl', 'level ' + x.level + (x.cues && x.cues.length ? ' · ' + x.cues.join(', ') : '')));
    item.title = 'Matched: ' + (x.anchor || '');
    item.addEventListener('click', () => {
      const u = document.getElementById('utt-' + x.utteranceId);
      if (u) { u.scrollIntoView({block: 'center'}); u.classList.add('flash'); setTimeout(() => u.classList.remove('flash'), 1500); }
    });
    ev.append(item);
  });
  $('.confirm', li).disabled = s.score === null;
  li.classList.remove('updated');
  void li.offsetWidth;
  li.classList.add('updated');
}

function onDecision(d) {
  const li = dimEl(d.dimension);
  if (d.action === 'note') {
    if (li) {
      const n = el('li', null, '“' + d.note + '” — ' + d.by + ', ' + new Date(d.at).toLocaleTimeString());
      $('.notes', li).append(n);
    }
    return;
  }
  state.decisions[d.dimension] = d;
  if (!li) return;
  const box = $('.decision', li);
  box.className = 'decision set';
  box.textContent = (d.action === 'confirm' ? 'Confirmed ' : 'Set to ') + d.score + ' by ' + d.by
    + (d.before !== null && d.before !== d.score ? ' (was ' + d.before + ')' : '')
    + (d.note ? ' — ' + d.note : '');
  li.dataset.decided = d.score;
  li.querySelectorAll('.override button').forEach(b => b.classList.toggle('chosen', Number(b.dataset.score) === d.score));
}

function onScore(s) {
  state.score = s;
  $('#v-final').textContent = s.finalScore === null ? '–' : s.finalScore.toFixed(2);
  $('#v-expected').textContent = 'expected at this level: ' + s.expectedScore;
  const m = $('#v-meets');
  m.textContent = s.finalScore === null ? 'not enough evidence yet' : (s.meetsLevel ? 'meets the level' : 'below the level');
  m.className = 'meets ' + (s.finalScore === null ? '' : (s.meetsLevel ? 'yes' : 'no'));
  const ul = $('#rules');
  ul.innerHTML = '';
  (s.rules || []).forEach(r => {
    const li = el('li');
    li.append(el('span', 'st ' + r.status, r.status.replace(/_/g, ' ')), el('span', null, r.description),
      el('div', 'detail', r.reason));
    ul.append(li);
  });
  drawRadar();
}

// ---------- radar chart (hand-written SVG) ----------

function drawRadar() {
  const svg = $('#radar');
  if (!state.rubric) return;
  const dims = state.rubric.dimensions;
  const n = dims.length, cx = 130, cy = 130, R = 88;
  const ns = 'http://www.w3.org/2000/svg';
  const point = (i, v) => {
    const a = -Math.PI / 2 + i * 2 * Math.PI / n;
    return [cx + Math.cos(a) * R * v / 5, cy + Math.sin(a) * R * v / 5];
  };
  const poly = (vals, cls) => {
    const p = document.createElementNS(ns, 'polygon');
    p.setAttribute('points', vals.map((v, i) => point(i, v).join(',')).join(' '));
    p.setAttribute('class', cls);
    return p;
  };
  svg.innerHTML = '';
  for (let ring = 1; ring <= 5; ring++) svg.append(poly(dims.map(() => ring), 'grid'));
  dims.forEach((d, i) => {
    const [x, y] = point(i, 5);
    const line = document.createElementNS(ns, 'line');
    line.setAttribute('x1', cx); line.setAttribute('y1', cy); line.setAttribute('x2', x); line.setAttribute('y2', y);
    line.setAttribute('class', 'axis');
    svg.append(line);
    const [tx, ty] = point(i, 6.1);
    const t = document.createElementNS(ns, 'text');
    t.setAttribute('x', tx); t.setAttribute('y', ty);
    t.setAttribute('text-anchor', Math.abs(tx - cx) < 10 ? 'middle' : (tx > cx ? 'start' : 'end'));
    t.setAttribute('dominant-baseline', 'middle');
    t.textContent = d.name.length > 18 ? d.name.slice(0, 17) + '…' : d.name;
    svg.append(t);
  });
  const byId = {};
  (state.score ? state.score.dimensions : []).forEach(d => byId[d.id] = d);
  const sugg = dims.map(d => (byId[d.id] && byId[d.id].suggested) || 0);
  const eff = dims.map(d => (byId[d.id] && byId[d.id].score) || 0);
  svg.append(poly(sugg, 'suggested'));
  svg.append(poly(eff, 'area'));
}

// ---------- submit ----------

$('#submit').addEventListener('click', async () => {
  const decided = Object.keys(state.decisions).length;
  if (!confirm('Submit the scorecard for ' + $('#v-candidate').textContent + '? ' + decided + ' of '
    + state.rubric.dimensions.length + ' dimensions have your decision. It cannot be changed afterwards.')) return;
  const res = await fetch('/api/interviews/' + encodeURIComponent(state.id) + '/submit', {
    method: 'POST', headers: {'Authorization': 'Bearer ' + state.token, 'Content-Type': 'application/json'},
    body: JSON.stringify({by: localStorage.getItem('anchorpoint.me') || ''})
  });
  if (!res.ok) {
    const j = await res.json().catch(() => ({}));
    $('#view-error').textContent = j.error || ('Submit failed: ' + res.status);
  }
});

// ---------- audio capture: getUserMedia / getDisplayMedia -> AudioWorklet -> 16 kHz PCM16 -> socket ----------

const capture = {ctx: null, streams: [], channels: []};

class AudioChannel {
  constructor(speaker, meter) {
    this.speaker = speaker;
    this.meter = meter;
    this.queue = [];
    this.retry = 0;
    this.stopped = false;
    this.connect();
  }

  connect() {
    const ws = new WebSocket(wsBase() + '/ws/interviews/' + encodeURIComponent(state.id) + '/audio?token='
      + encodeURIComponent(state.token));
    ws.binaryType = 'arraybuffer';
    this.ws = ws;
    ws.onopen = () => {
      this.retry = 0;
      ws.send(JSON.stringify({config: {sample_rate: 16000, speaker: this.speaker}}));
      // Audio captured while the socket was down goes first (bounded: the last 30 s).
      while (this.queue.length) ws.send(this.queue.shift());
      setCaptureState();
    };
    ws.onmessage = m => {
      try {
        const r = JSON.parse(m.data);
        if (r.error) $('#a-state').textContent = this.speaker + ': ' + r.error;
      } catch (x) { /* vosk replies are for vosk clients; the events socket drives the page */ }
    };
    ws.onclose = () => {
      setCaptureState();
      if (this.stopped || this.ws !== ws) return;
      const delay = Math.min(8000, 300 * Math.pow(2, this.retry++));
      setTimeout(() => { if (!this.stopped && this.ws === ws) this.connect(); }, delay);
    };
  }

  push(buf, peak) {
    this.meter.style.width = Math.min(100, Math.round(peak * 140)) + '%';
    if (this.ws.readyState === WebSocket.OPEN) {
      this.ws.send(buf);
    } else {
      this.queue.push(buf);
      if (this.queue.length > 300) this.queue.shift();
    }
  }

  stop() {
    this.stopped = true;
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send('{"eof" : 1}');
    else this.ws.close();
    this.meter.style.width = '0';
  }
}

async function startCapture() {
  $('#a-state').textContent = '';
  const mode = $('#a-mode').value;
  try {
    capture.ctx = new AudioContext();
    await capture.ctx.audioWorklet.addModule('pcm-worklet.js');
    // The recognizer wants the voice as it is: no noise suppression or gain riding. Echo cancellation only when
    // the candidate comes through the speakers and has a channel of their own (split mode).
    const mic = await navigator.mediaDevices.getUserMedia({
      audio: {echoCancellation: mode === 'split', noiseSuppression: false, autoGainControl: false, channelCount: 1}
    });
    capture.streams.push(mic);
    const micSpeaker = mode === 'split' ? 'interviewer' : mode;
    attach(mic, new AudioChannel(micSpeaker, $('#a-meter-mic')));
    if (mode === 'split') {
      try {
        const tab = await navigator.mediaDevices.getDisplayMedia({audio: true, video: true});
        tab.getVideoTracks().forEach(t => t.stop());
        if (tab.getAudioTracks().length) {
          capture.streams.push(tab);
          attach(tab, new AudioChannel('candidate', $('#a-meter-tab')));
        } else {
          $('#a-state').textContent = 'The shared tab has no audio: tick "share tab audio" to hear the candidate.';
        }
      } catch (e) {
        $('#a-state').textContent = 'No tab shared: only your microphone is heard.';
      }
    }
    $('#a-start').disabled = true;
    $('#a-stop').disabled = false;
    $('#a-mode').disabled = true;
    setCaptureState();
  } catch (e) {
    $('#a-state').textContent = 'Cannot capture audio: ' + e.message;
    stopCapture();
  }
}

function attach(stream, channel) {
  const src = capture.ctx.createMediaStreamSource(new MediaStream(stream.getAudioTracks()));
  const node = new AudioWorkletNode(capture.ctx, 'pcm-downsampler', {numberOfInputs: 1, numberOfOutputs: 0});
  node.port.onmessage = m => channel.push(m.data.pcm, m.data.peak);
  src.connect(node);
  capture.channels.push(channel);
}

function stopCapture() {
  capture.channels.forEach(c => c.stop());
  capture.channels = [];
  capture.streams.forEach(s => s.getTracks().forEach(t => t.stop()));
  capture.streams = [];
  if (capture.ctx) capture.ctx.close();
  capture.ctx = null;
  $('#a-start').disabled = false;
  $('#a-stop').disabled = true;
  $('#a-mode').disabled = false;
}

function setCaptureState() {
  if (!capture.channels.length) return;
  $('#a-state').textContent = capture.channels.map(c => c.speaker + ': '
    + (c.ws.readyState === WebSocket.OPEN ? 'streaming' : 'reconnecting…')).join(' · ');
}

$('#a-start').addEventListener('click', startCapture);
$('#a-stop').addEventListener('click', stopCapture);

route();
