/* ClinicQueue join page: choose a service, give name and phone, verify the phone if the service asks, join. */
(function () {
    'use strict';
    var ctx = document.body.getAttribute('data-ctx') || '';
    var T = window.cqText;
    var $ = function (id) { return document.getElementById(id); };
    var services = [];
    var codeSentTo = null;
    var resendTimer = null;
    var wanted = new URLSearchParams(location.search).get('service');

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
                    error.code = data && data.code;
                    throw error;
                }
                return data;
            });
        }, function () {
            throw new Error(T.t('join.offline'));
        });
    }

    function show(text, kind) {
        var box = $('message');
        box.textContent = text || '';
        box.className = 'message ' + (kind || 'error');
        box.hidden = !text;
    }

    function selected() {
        var checked = document.querySelector('input[name=service]:checked');
        if (!checked) {
            return null;
        }
        for (var i = 0; i < services.length; i++) {
            if (services[i].code === checked.value) {
                return services[i];
            }
        }
        return null;
    }

    function renderServices() {
        var list = $('service-list');
        list.textContent = '';
        if (!services.length) {
            var none = document.createElement('p');
            none.className = 'message warn';
            none.textContent = T.t('join.none');
            list.appendChild(none);
            return;
        }
        services.forEach(function (s) {
            var label = document.createElement('label');
            label.className = 'service';
            var input = document.createElement('input');
            input.type = 'radio';
            input.name = 'service';
            input.value = s.code;
            input.id = 'service-' + s.code;
            if (wanted && wanted.toUpperCase() === s.code) {
                input.checked = true;
            }
            input.addEventListener('change', updateSteps);
            var text = document.createElement('span');
            var name = document.createElement('span');
            name.className = 'name';
            name.textContent = s.name;
            var wait = document.createElement('span');
            wait.className = 'wait';
            var parts = [T.t('join.waiting', { n: s.waiting })];
            parts.push(s.paused ? T.t('join.paused') : T.t('join.about', { m: s.estimatedWaitMinutes }));
            if (s.phoneVerification) {
                parts.push(T.t('join.needsCode'));
            }
            wait.textContent = parts.join(' · ');
            text.appendChild(name);
            text.appendChild(wait);
            label.appendChild(input);
            label.appendChild(text);
            list.appendChild(label);
        });
        if (services.length === 1) {
            list.querySelector('input').checked = true;
        }
        if (wanted && !services.some(function (s) { return s.code === wanted.toUpperCase(); })) {
            show(T.t('join.notOpen', { s: wanted }), 'warn');
        }
        updateSteps();
    }

    function loadServices() {
        api('GET', 'join/services').then(function (list) {
            services = list || [];
            renderServices();
        }, function (e) {
            show(e.message);
        });
    }

    /** A service that verifies phones first shows "Send me a code"; once sent, the code field and "Join". */
    function updateSteps() {
        var s = selected();
        var needsCode = !!(s && s.phoneVerification);
        var phoneNow = $('phone').value.trim();
        if (codeSentTo && codeSentTo !== phoneNow) {
            codeSentTo = null;
        }
        var codeStep = needsCode && codeSentTo !== null;
        $('send-code').hidden = !needsCode || codeStep;
        $('code-step').hidden = !codeStep;
        $('join-button').hidden = needsCode && !codeStep;
    }

    function startResendCountdown(seconds) {
        var left = seconds;
        var button = $('resend');
        clearInterval(resendTimer);
        var tick = function () {
            if (left <= 0) {
                clearInterval(resendTimer);
                button.disabled = false;
                button.textContent = T.t('join.resend');
                return;
            }
            button.disabled = true;
            button.textContent = T.t('join.resendIn', { s: left });
            left--;
        };
        tick();
        resendTimer = setInterval(tick, 1000);
    }

    function sendCode() {
        var s = selected();
        if (!s) {
            show(T.t('join.chooseService'));
            return;
        }
        show('');
        var phone = $('phone').value.trim();
        $('send-code').disabled = true;
        $('resend').disabled = true;
        api('POST', 'join/code', { serviceCode: s.code, phone: phone, language: $('language').value }).then(function (sent) {
            codeSentTo = phone;
            $('code-sent').textContent = T.t('join.codeSent', { p: sent.sentTo });
            updateSteps();
            startResendCountdown(sent.resendAfterSeconds);
            $('code').focus();
        }, function (e) {
            show(e.message);
            if (codeSentTo) {
                $('resend').disabled = false;
            }
        }).then(function () {
            $('send-code').disabled = false;
        });
    }

    function join(event) {
        event.preventDefault();
        var s = selected();
        if (!s) {
            show(T.t('join.chooseService'));
            return;
        }
        show('');
        $('join-button').disabled = true;
        api('POST', 'join', {
            serviceCode: s.code,
            patientName: $('name').value,
            phone: $('phone').value,
            language: $('language').value,
            code: s.phoneVerification ? $('code').value : null
        }).then(function (ticket) {
            remember(ticket);
            location.href = ctx + '/t/' + encodeURIComponent(ticket.trackingId);
        }, function (e) {
            show(e.message);
            $('join-button').disabled = false;
            if (e.code === 'otp-expired' || e.code === 'otp-locked' || e.code === 'otp-used' || e.code === 'otp-missing') {
                $('resend').disabled = false;
                clearInterval(resendTimer);
                $('resend').textContent = T.t('join.resend');
            }
        });
    }

    /** The phone keeps its own tickets (number and link only) so the patient finds them again here. */
    function remember(ticket) {
        try {
            var mine = JSON.parse(localStorage.getItem('cq.tickets') || '[]');
            mine.unshift({ id: ticket.trackingId, number: ticket.number, service: ticket.serviceName, at: Date.now() });
            localStorage.setItem('cq.tickets', JSON.stringify(mine.slice(0, 5)));
        } catch (e) { /* private mode: fine */ }
    }

    function showMine() {
        var mine = [];
        try { mine = JSON.parse(localStorage.getItem('cq.tickets') || '[]'); } catch (e) { mine = []; }
        var recent = mine.filter(function (t) { return Date.now() - t.at < 16 * 3600 * 1000; });
        if (!recent.length) {
            return;
        }
        var box = $('mine');
        box.textContent = T.t('join.yours');
        recent.forEach(function (t) {
            var a = document.createElement('a');
            a.href = ctx + '/t/' + encodeURIComponent(t.id);
            a.textContent = t.number + ' · ' + t.service;
            box.appendChild(a);
        });
        box.hidden = false;
    }

    var language = T.guess();
    $('language').value = language;
    T.use(language);
    $('language').addEventListener('change', function () {
        try { localStorage.setItem('cq.language', this.value); } catch (e) { /* fine */ }
        T.use(this.value);
        var s = selected();
        if (s) {
            wanted = s.code;
        }
        renderServices();
        updateSteps();
    });
    $('phone').addEventListener('input', updateSteps);
    $('send-code').addEventListener('click', sendCode);
    $('resend').addEventListener('click', sendCode);
    $('join-form').addEventListener('submit', join);
    showMine();
    loadServices();
})();
