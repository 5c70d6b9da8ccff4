/* ClinicQueue appointment page (/a/{code}): details, QR code for check-in, move and cancel before the cut-off. */
(function () {
    'use strict';
    var T = window.cqText;
    var A = window.cqAppointments;
    var $ = function (id) { return document.getElementById(id); };
    var code = decodeURIComponent(location.pathname.replace(/\/+$/, '').split('/').pop());
    var current = null;
    var newSlot = null;

    function show(text, kind) {
        var box = $('message');
        box.textContent = text || '';
        box.className = 'message ' + (kind || 'error');
        box.hidden = !text;
    }

    function time(instant) {
        return new Date(instant).toLocaleTimeString(T.language() === 'hi' ? 'hi-IN' : 'en-GB',
            { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: current.timeZone });
    }

    function render(a) {
        current = a;
        T.use(a.language || T.guess());
        $('loading').hidden = true;
        $('details').hidden = false;
        $('status').textContent = T.t('appt.' + a.status);
        $('status').className = 'state' + (a.status === 'CANCELLED' || a.status === 'NO_SHOW' ? ' ended' : a.status === 'CHECKED_IN' ? ' called' : '');
        $('reference').textContent = a.reference;
        $('when').textContent = A.day(a.date) + ' · ' + a.time;
        $('where').textContent = [a.doctorName, a.roomName, a.serviceName].filter(function (x) { return x; }).join(' · ');
        $('patient').textContent = a.patientName;
        var booked = a.status === 'BOOKED';
        $('qr').hidden = !booked;
        $('scan-hint').hidden = !booked;
        if (booked) {
            $('qr').src = A.ctx + '/api/appointments/' + encodeURIComponent(a.code) + '/qr.png?size=440';
        }
        $('expected').hidden = !(booked && a.doctorLateMinutes > 0);
        $('expected').textContent = T.t('appt.expected', { m: a.doctorLateMinutes, t: time(a.expectedAt) });
        $('ticket').hidden = !a.ticketTrackingId;
        if (a.ticketTrackingId) {
            $('ticket-link').href = A.ctx + '/t/' + encodeURIComponent(a.ticketTrackingId);
            $('ticket-link').textContent = T.t('appt.ticket', { n: a.ticketNumber });
        }
        $('actions').hidden = !a.patientMayChange;
        $('too-late').hidden = !(booked && !a.patientMayChange);
        $('move').hidden = true;
        $('book-again').hidden = booked || a.status === 'CHECKED_IN';
        $('book-again-link').href = A.ctx + '/book?service=' + encodeURIComponent(a.serviceCode);
    }

    function load() {
        A.api('GET', 'appointments/' + encodeURIComponent(code)).then(render, function (e) {
            $('loading').hidden = true;
            show(e.status === 404 ? T.t('appt.none') : e.message);
        });
    }

    var picker = new A.Picker($('days'), $('times'), function (slot) {
        newSlot = slot;
        $('save-move').disabled = !slot;
    });

    $('change').addEventListener('click', function () {
        show('');
        $('actions').hidden = true;
        $('move').hidden = false;
        picker.load(current.doctorId, function (e) { show(e.message); });
    });
    $('keep').addEventListener('click', function () { render(current); });
    $('save-move').addEventListener('click', function () {
        $('save-move').disabled = true;
        A.api('PATCH', 'appointments/' + encodeURIComponent(code), { start: newSlot.start }).then(function (a) {
            render(a);
            show(T.t('appt.moved'), 'info');
        }, function (e) {
            show(e.message);
            $('save-move').disabled = false;
        });
    });
    $('cancel').addEventListener('click', function () {
        if (!window.confirm(T.t('appt.confirmCancel'))) {
            return;
        }
        A.api('DELETE', 'appointments/' + encodeURIComponent(code)).then(function (a) {
            render(a);
            show(T.t('appt.cancelled'), 'info');
        }, function (e) { show(e.message); });
    });

    T.use(T.guess());
    load();
})();
