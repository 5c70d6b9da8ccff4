/*
 * ClinicQueue hall display.
 *
 * Live over a WebSocket (/ws/displays/{code}); the device proves itself by offering its key as a second
 * subprotocol ("key.<secret>"), because browsers cannot set headers on a WebSocket. Every message carries the
 * server node's epoch and a sequence number: after a network cut or a server restart the page reconnects
 * (jittered exponential back-off) telling both, and gets what it missed or a fresh snapshot. While
 * disconnected it polls the REST state every few seconds and shows a discreet "reconnecting" mark.
 *
 * Calls are announced one after another, never over each other: a chime (Web Audio, works offline), then
 * the sentences the server prepared (already in the right languages, names already privacy-filtered),
 * spoken with the device's own voices (Speech Synthesis; no internet needed), repeated as configured.
 * Every text from the server is inserted with textContent, never as HTML.
 */
(function () {
    'use strict';

    var LABELS = {
        en: {nowCalling: 'Now calling', recentCalls: 'Recent calls', waiting: 'Waiting', counters: 'Counters',
            pleaseGoTo: 'Please go to', reconnecting: 'Reconnecting…', AVAILABLE: 'open', SERVING: 'serving',
            ON_BREAK: 'on break', CLOSED: 'closed'},
        hi: {nowCalling: 'अभी बुलाया जा रहा है', recentCalls: 'हाल की पुकार', waiting: 'प्रतीक्षा में', counters: 'काउंटर',
            pleaseGoTo: 'कृपया जाएँ', reconnecting: 'फिर से जुड़ रहे हैं…', AVAILABLE: 'खुला', SERVING: 'सेवा में',
            ON_BREAK: 'विराम', CLOSED: 'बंद'}
    };
    /** Calls older than this are shown but not spoken (a display that was off must not read out the morning). */
    var ANNOUNCE_WITHIN_MS = 120000;
    var POLL_MS = 5000;

    var params = new URLSearchParams(location.search);
    var code = (params.get('d') || '').toUpperCase();
    var key = readKey();
    var base = location.pathname.replace(/\/display\/.*$/, '');

    var state = {epoch: null, seq: 0, settings: {repeats: 3, languages: ['en']}, services: {}, counters: {}, recent: []};
    var announced = {};
    var socket = null;
    var attempts = 0;
    var pollTimer = null;

    function byId(id) { return document.getElementById(id); }

    function readKey() {
        var storageName = 'clinicqueue.display.' + code;
        var match = /(?:^#|&)key=([A-Za-z0-9_-]+)/.exec(location.hash);
        if (match) {
            try { localStorage.setItem(storageName, match[1]); } catch (e) { /* private mode: keep it in memory */ }
            history.replaceState(null, '', location.pathname + location.search);
            return match[1];
        }
        try { return localStorage.getItem(storageName); } catch (e) { return null; }
    }

    function label(name) {
        var languages = state.settings.languages || ['en'];
        return languages.map(function (l) { return (LABELS[l] || LABELS.en)[name] || LABELS.en[name]; })
            .filter(function (v, i, all) { return all.indexOf(v) === i; }).join(' · ');
    }

    // ---- connection -------------------------------------------------------------------------------------

    function connect() {
        var scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
        var url = scheme + '//' + location.host + base + '/ws/displays/' + encodeURIComponent(code)
            + (state.epoch ? '?epoch=' + encodeURIComponent(state.epoch) + '&since=' + state.seq : '');
        try {
            socket = new WebSocket(url, ['clinicqueue.v1', 'key.' + key]);
        } catch (e) {
            scheduleReconnect();
            return;
        }
        socket.onopen = function () {
            attempts = 0;
            setStatus(null);
            stopPolling();
        };
        socket.onmessage = function (event) { handle(JSON.parse(event.data), false); };
        socket.onclose = function () {
            socket = null;
            setStatus(label('reconnecting'));
            startPolling();
            scheduleReconnect();
        };
    }

    /** 1 s, 2 s, 4 s ... up to 30 s, each with ±50 % jitter so a hall of screens does not reconnect at once. */
    function scheduleReconnect() {
        attempts++;
        var delay = Math.min(30000, 1000 * Math.pow(2, Math.min(attempts - 1, 5)));
        setTimeout(connect, delay * (0.5 + Math.random()));
    }

    function startPolling() {
        if (!pollTimer) {
            poll();
            pollTimer = setInterval(poll, POLL_MS);
        }
    }

    function stopPolling() {
        if (pollTimer) {
            clearInterval(pollTimer);
            pollTimer = null;
        }
    }

    function poll() {
        fetch(base + '/api/displays/' + encodeURIComponent(code) + '/state', {headers: {'X-Display-Key': key}, cache: 'no-store'})
            .then(function (r) {
                if (r.status === 403) {
                    byId('setup-text').textContent = 'This screen\'s display key is not accepted any more. Ask an admin for its new address.';
                    byId('setup').hidden = false;
                }
                return r.ok ? r.json() : null;
            })
            .then(function (message) { if (message) { handle(message, true); } })
            .catch(function () { /* still offline */ });
    }

    function setStatus(text) {
        var status = byId('status');
        status.hidden = !text;
        status.textContent = text || '';
    }

    // ---- messages ---------------------------------------------------------------------------------------

    function handle(message, fromPolling) {
        if (message.type === 'snapshot') {
            applySnapshot(message, fromPolling);
        } else if (message.type === 'update') {
            if (message.epoch === state.epoch && message.seq <= state.seq) {
                return;
            }
            applyUpdate(message);
        }
        if (message.seq !== undefined && (message.epoch !== state.epoch || message.seq > state.seq)) {
            state.epoch = message.epoch;
            state.seq = message.seq;
        }
    }

    function applySnapshot(message, fromPolling) {
        var s = message.state;
        state.settings = s.settings;
        document.documentElement.lang = (s.settings.languages || ['en'])[0];
        byId('display-name').textContent = s.displayName;
        state.services = {};
        (s.services || []).forEach(function (service) { state.services[service.code] = service; });
        state.counters = {};
        (s.counters || []).forEach(function (counter) { state.counters[counter.id] = counter; });
        var newest = (s.recentCalls || [])[0];
        state.recent = (s.recentCalls || []).slice();
        if (newest) {
            // Seen only through polling (no socket): a fresh call still flashes and is announced.
            var missedCall = fromPolling && isFresh(newest) && !announced[callKey(newest)];
            showNow(newest, missedCall);
            if (missedCall) {
                announce(newest);
            }
        }
        state.recent.forEach(function (call) { announced[callKey(call)] = announced[callKey(call)] || 'seen'; });
        setMessage(s.message);
        renderLabels();
        renderRecent();
        renderCounters();
        renderServices();
    }

    function applyUpdate(message) {
        if (message.call) {
            state.recent.unshift(message.call);
            state.recent = state.recent.slice(0, state.settings.recentCalls || 6);
            showNow(message.call, true);
            if (isFresh(message.call)) {
                announce(message.call);
            }
            renderRecent();
        }
        if (message.counter) {
            var known = state.counters[message.counter.id] || {};
            known.id = message.counter.id;
            known.name = message.counter.name;
            known.status = message.counter.status;
            known.currentNumber = message.counter.currentNumber;
            state.counters[message.counter.id] = known;
            renderCounters();
        }
        if (message.waiting) {
            Object.keys(message.waiting).forEach(function (service) {
                if (state.services[service]) {
                    state.services[service].waiting = message.waiting[service];
                }
            });
            renderServices();
        }
        if (message.messageChanged) {
            setMessage(message.message);
        }
    }

    function callKey(call) { return call.ticketId + '@' + call.at; }

    function isFresh(call) { return Date.now() - Date.parse(call.at) < ANNOUNCE_WITHIN_MS; }

    // ---- drawing (textContent only: names are data, never markup) -----------------------------------------

    function showNow(call, flash) {
        byId('now-number').textContent = call.number;
        byId('now-name').textContent = call.name || '';
        byId('now-counter').textContent = call.counter || '';
        var now = byId('now');
        if (flash) {
            now.classList.remove('flash');
            void now.offsetWidth; // restart the animation for a second call in a row
            now.classList.add('flash');
        }
    }

    function renderLabels() {
        Array.prototype.forEach.call(document.querySelectorAll('[data-label]'), function (element) {
            element.textContent = label(element.getAttribute('data-label'));
        });
    }

    function renderRecent() {
        var list = byId('recent-calls');
        list.replaceChildren();
        state.recent.slice(1).forEach(function (call) {
            var item = document.createElement('li');
            var number = document.createElement('span');
            number.className = 'number';
            number.textContent = call.number;
            var where = document.createElement('span');
            where.className = 'where';
            where.textContent = call.counter || '';
            item.append(number, where);
            list.append(item);
        });
    }

    function renderCounters() {
        var list = byId('counters');
        list.replaceChildren();
        Object.keys(state.counters).map(function (id) { return state.counters[id]; })
            .sort(function (a, b) { return a.name.localeCompare(b.name); })
            .forEach(function (counter) {
                var item = document.createElement('li');
                item.className = counter.status;
                item.textContent = counter.name + (counter.currentNumber ? ' → ' + counter.currentNumber : '');
                var status = document.createElement('span');
                status.className = 'state';
                status.textContent = label(counter.status);
                item.append(status);
                list.append(item);
            });
    }

    function renderServices() {
        var list = byId('services');
        list.replaceChildren();
        Object.keys(state.services).forEach(function (code) {
            var service = state.services[code];
            var item = document.createElement('li');
            item.textContent = service.name;
            var count = document.createElement('span');
            count.className = 'count';
            count.textContent = String(service.waiting);
            item.append(count);
            list.append(item);
        });
    }

    function setMessage(text) {
        byId('ticker').hidden = !text;
        byId('ticker-text').textContent = text || '';
    }

    function tick() {
        var languages = state.settings.languages || ['en'];
        var locale = languages[0] === 'hi' ? 'hi-IN' : languages[0];
        byId('clock').textContent = new Date().toLocaleTimeString(locale, {hour: '2-digit', minute: '2-digit'});
    }

    // ---- announcements: one at a time, chime then speech, repeated -----------------------------------------

    var queue = [];
    var speaking = false;
    var audio = null;

    function announce(call) {
        if (announced[callKey(call)] === 'announced') {
            return;
        }
        announced[callKey(call)] = 'announced';
        queue.push(call);
        if (!speaking) {
            next();
        }
    }

    function next() {
        var call = queue.shift();
        if (!call) {
            speaking = false;
            return;
        }
        speaking = true;
        chime().then(function () {
            var sentences = [];
            for (var i = 0; i < (state.settings.repeats || 1); i++) {
                sentences = sentences.concat(call.speak || []);
            }
            return sentences.reduce(function (done, utterance) {
                return done.then(function () { return say(utterance); });
            }, Promise.resolve());
        }).then(next, next);
    }

    function say(utterance) {
        return new Promise(function (resolve) {
            if (!('speechSynthesis' in window)) {
                resolve();
                return;
            }
            var voices = window.speechSynthesis.getVoices();
            var voice = voices.filter(function (v) { return v.lang && v.lang.toLowerCase().indexOf(utterance.lang) === 0; })[0];
            if (voices.length > 0 && !voice) {
                resolve(); // no voice for this language on this device: the chime and the card did the job
                return;
            }
            var spoken = new SpeechSynthesisUtterance(utterance.text);
            spoken.lang = utterance.lang;
            if (voice) {
                spoken.voice = voice;
            }
            spoken.rate = 0.9;
            var finished = false;
            var finish = function () { if (!finished) { finished = true; resolve(); } };
            spoken.onend = finish;
            spoken.onerror = finish;
            // Some engines never report the end: do not let one call block the next.
            setTimeout(finish, 2000 + utterance.text.length * 120);
            window.speechSynthesis.speak(spoken);
        });
    }

    function chime() {
        return new Promise(function (resolve) {
            try {
                audio = audio || new (window.AudioContext || window.webkitAudioContext)();
                if (audio.state === 'suspended') {
                    audio.resume();
                    byId('enable-sound').hidden = false;
                }
                [[880, 0], [660, 0.35]].forEach(function (tone) {
                    var oscillator = audio.createOscillator();
                    var gain = audio.createGain();
                    oscillator.frequency.value = tone[0];
                    gain.gain.setValueAtTime(0.0001, audio.currentTime + tone[1]);
                    gain.gain.exponentialRampToValueAtTime(0.4, audio.currentTime + tone[1] + 0.02);
                    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + tone[1] + 0.6);
                    oscillator.connect(gain).connect(audio.destination);
                    oscillator.start(audio.currentTime + tone[1]);
                    oscillator.stop(audio.currentTime + tone[1] + 0.65);
                });
            } catch (e) {
                // no audio on this device: the flashing card still shows the call
            }
            setTimeout(resolve, 1000);
        });
    }

    byId('enable-sound').addEventListener('click', function () {
        if (audio) {
            audio.resume();
        }
        byId('enable-sound').hidden = true;
    });

    // ---- start ------------------------------------------------------------------------------------------

    tick();
    setInterval(tick, 1000);
    if (!code || !key) {
        byId('setup').hidden = false;
        return;
    }
    renderLabels();
    connect();
}());
