/*
 * ClinicQueue status page: the patient's own ticket, live over a WebSocket, with REST polling whenever the
 * socket is down (phone asleep, server restarting, a proxy that drops sockets) and a refresh button.
 */
(function () {
    'use strict';
    var ctx = document.body.getAttribute('data-ctx') || '';
    var T = window.cqText;
    var $ = function (id) { return document.getElementById(id); };
    var trackingId = decodeURIComponent(location.pathname.replace(/\/+$/, '').split('/').pop());

    var socket = null;
    var backoff = 1000;
    var reconnectTimer = null;
    var pingTimer = null;
    var pongTimer = null;
    var pollTimer = null;
    var lastStatus = null;
    var gone = false;
    var alertedFor = null;
    var feedbackLoadedFor = null;
    var audio = null;

    function api(method, path, body) {
        return fetch(ctx + '/api/' + path, {
            method: method,
            headers: body ? { 'Content-Type': 'application/json', 'Accept': 'application/json' } : { 'Accept': 'application/json' },
            body: body ? JSON.stringify(body) : undefined,
            cache: 'no-store'
        }).then(function (response) {
            return response.text().then(function (text) {
                var data = null;
                try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
                if (!response.ok) {
                    var error = new Error(data && data.detail ? data.detail : ('HTTP ' + response.status));
                    error.status = response.status;
                    throw error;
                }
                return data;
            });
        });
    }

    function message(text) {
        $('message').textContent = text || '';
        $('message').hidden = !text;
    }

    function live(on) {
        var el = $('live');
        el.className = 'live ' + (on ? 'on' : 'off');
        el.textContent = on ? T.t('status.live') : T.t('status.reconnecting');
    }

    function refresh() {
        return api('GET', 'tickets/' + encodeURIComponent(trackingId)).then(function (ticket) {
            render(ticket);
            message('');
        }, function (e) {
            if (e.status === 404) {
                notFound();
            } else if (lastStatus) {
                message(T.t('status.offline'));
            } else {
                message(e.message);
            }
        });
    }

    function notFound() {
        gone = true;
        stopSocket();
        clearInterval(pollTimer);
        $('loading').hidden = true;
        $('ticket').hidden = true;
        message(T.t('status.none'));
    }

    function render(t) {
        lastStatus = t;
        if (T.language() !== t.language) {
            T.use(t.language);
        }
        $('loading').hidden = true;
        $('ticket').hidden = false;
        $('service-name').textContent = t.serviceName;
        $('number').textContent = t.number;
        document.title = t.number + ' · ' + t.serviceName;
        var counter = t.counterName || '';
        var state = $('state-text');
        state.className = 'state';
        var waiting = t.status === 'WAITING';
        var ended = t.status === 'DONE' || t.status === 'NO_SHOW' || t.status === 'CANCELLED';
        if (waiting) {
            state.textContent = t.onHold ? T.t('status.onHold') : T.t('status.WAITING');
        } else {
            state.textContent = T.t('status.' + t.status, { c: counter });
            if (t.status === 'CALLED' || t.status === 'IN_SERVICE') {
                state.className = 'state called';
            } else if (t.status !== 'DONE') {
                state.className = 'state ended';
            }
        }
        $('facts').hidden = !waiting;
        $('ahead').textContent = t.peopleAhead;
        $('wait').textContent = t.peopleAhead === 0 ? T.t('status.next') : T.t('status.minutes', { m: t.estimatedWaitMinutes });
        $('note').hidden = !(waiting && t.servicePaused);
        $('note').textContent = T.t('status.paused');
        $('cancel').hidden = ended;

        var endedBox = $('ended');
        endedBox.hidden = !(t.status === 'CANCELLED' || t.status === 'NO_SHOW');
        if (t.sessionClosed) {
            $('ended-text').textContent = T.t('status.sessionClosed', { r: t.endReason || '' });
        } else if (t.status === 'NO_SHOW') {
            $('ended-text').textContent = T.t('status.noShowHelp');
        } else {
            $('ended-text').textContent = t.endReason || '';
        }
        $('join-again').href = ctx + '/join?service=' + encodeURIComponent(t.serviceCode);

        if (t.status === 'CALLED') {
            yourTurn(t);
        } else {
            $('your-turn').hidden = true;
        }
        if (t.status === 'DONE' && feedbackLoadedFor !== trackingId) {
            feedbackLoadedFor = trackingId;
            loadFeedback();
        }
        $('updated').textContent = T.t('status.updated', { t: new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' }) });
    }

    /** Full screen, vibration and a beep, once per call (a later call of the same ticket alerts again). */
    function yourTurn(t) {
        $('your-turn-where').textContent = T.t('turn.where', { c: t.counterName || '' });
        $('your-turn-number').textContent = t.number + ' · ' + t.serviceName;
        var key = t.calledAt || 'called';
        if (alertedFor === key) {
            return;
        }
        alertedFor = key;
        $('your-turn').hidden = false;
        $('your-turn-ok').focus();
        if (navigator.vibrate) {
            try { navigator.vibrate([400, 200, 400, 200, 800]); } catch (e) { /* not allowed */ }
        }
        beep();
    }

    /** Browsers allow sound only after the patient touched the page once; every tap prepares it. */
    function unlockAudio() {
        var Context = window.AudioContext || window.webkitAudioContext;
        if (!audio && Context) {
            try { audio = new Context(); } catch (e) { audio = null; }
        }
        if (audio && audio.state === 'suspended') {
            audio.resume();
        }
    }

    function beep() {
        if (!audio) {
            return;
        }
        try {
            [0, 0.45, 0.9].forEach(function (offset) {
                var osc = audio.createOscillator();
                var gain = audio.createGain();
                osc.frequency.value = 880;
                gain.gain.value = 0.25;
                osc.connect(gain);
                gain.connect(audio.destination);
                osc.start(audio.currentTime + offset);
                osc.stop(audio.currentTime + offset + 0.3);
            });
        } catch (e) { /* no sound: the screen and vibration remain */ }
    }

    function connect() {
        if (gone || (socket && (socket.readyState === 0 || socket.readyState === 1))) {
            return;
        }
        clearTimeout(reconnectTimer);
        var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + ctx + '/ws/tickets/' + encodeURIComponent(trackingId);
        try {
            socket = new WebSocket(url);
        } catch (e) {
            live(false);
            scheduleReconnect();
            return;
        }
        socket.onopen = function () {
            backoff = 1000;
            live(true);
            clearInterval(pingTimer);
            pingTimer = setInterval(ping, 25000);
            startPolling(60000);
        };
        socket.onmessage = function (event) {
            clearTimeout(pongTimer);
            var data;
            try { data = JSON.parse(event.data); } catch (e) { return; }
            if (data.type === 'status' && data.ticket) {
                render(data.ticket);
                message('');
            }
        };
        socket.onclose = function (event) {
            clearInterval(pingTimer);
            clearTimeout(pongTimer);
            socket = null;
            if (event.code === 4404) {
                notFound();
                return;
            }
            live(false);
            startPolling(15000);
            scheduleReconnect();
        };
        socket.onerror = function () { /* onclose follows */ };
    }

    /** A socket can look open after the phone slept while the server is long gone: no answer means reconnect. */
    function ping() {
        if (!socket || socket.readyState !== 1) {
            return;
        }
        socket.send('ping');
        clearTimeout(pongTimer);
        pongTimer = setTimeout(function () {
            if (socket) {
                socket.close();
            }
        }, 10000);
    }

    function scheduleReconnect() {
        if (gone) {
            return;
        }
        clearTimeout(reconnectTimer);
        var delay = backoff + Math.floor(Math.random() * 500);
        backoff = Math.min(backoff * 2, 30000);
        reconnectTimer = setTimeout(connect, delay);
    }

    function stopSocket() {
        clearTimeout(reconnectTimer);
        clearInterval(pingTimer);
        if (socket) {
            socket.onclose = null;
            socket.close();
            socket = null;
        }
    }

    /** Every 15 s while the socket is down, every minute as a safety net while it is up. */
    function startPolling(every) {
        clearInterval(pollTimer);
        pollTimer = setInterval(function () {
            if (!gone) {
                refresh();
            }
        }, every);
    }

    function loadFeedback() {
        api('GET', 'tickets/' + encodeURIComponent(trackingId) + '/feedback').then(function (state) {
            $('feedback').hidden = !state.canGive;
            if (state.given) {
                $('feedback-done').textContent = T.t('feedback.thanks');
                $('feedback-done').hidden = false;
            }
        }, function () { /* the form simply stays hidden */ });
    }

    function sendFeedback(event) {
        event.preventDefault();
        var rating = document.querySelector('input[name=rating]:checked');
        if (!rating) {
            message(T.t('feedback.choose'));
            return;
        }
        $('feedback-send').disabled = true;
        api('POST', 'tickets/' + encodeURIComponent(trackingId) + '/feedback', {
            rating: parseInt(rating.value, 10),
            comment: $('comment').value
        }).then(function () {
            $('feedback').hidden = true;
            $('feedback-done').textContent = T.t('feedback.thanks');
            $('feedback-done').hidden = false;
            message('');
        }, function (e) {
            message(e.message);
            $('feedback-send').disabled = false;
        });
    }

    function cancel() {
        if (!window.confirm(T.t('status.confirmCancel'))) {
            return;
        }
        api('DELETE', 'tickets/' + encodeURIComponent(trackingId)).then(refresh, function (e) {
            message(e.message);
        });
    }

    T.use(T.guess());
    document.addEventListener('click', unlockAudio);
    document.addEventListener('touchstart', unlockAudio);
    $('refresh').addEventListener('click', refresh);
    $('cancel').addEventListener('click', cancel);
    $('feedback').addEventListener('submit', sendFeedback);
    $('your-turn-ok').addEventListener('click', function () {
        $('your-turn').hidden = true;
    });
    // Back from sleep or from another app: catch up at once and reconnect without waiting for the back-off.
    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'visible' && !gone) {
            refresh();
            backoff = 1000;
            connect();
        }
    });
    window.addEventListener('online', function () {
        backoff = 1000;
        connect();
    });
    refresh().then(function () {
        if (!gone) {
            connect();
        }
    });
    startPolling(15000);
})();
