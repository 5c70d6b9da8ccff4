/* ClinicQueue booking page: doctor, day, free time, details, the code sent to the phone, book. */
(function () {
    'use strict';
    var T = window.cqText;
    var A = window.cqAppointments;
    var $ = function (id) { return document.getElementById(id); };
    var wanted = new URLSearchParams(location.search).get('service');
    var doctors = [];
    var chosen = null;
    var codeSentTo = null;
    var resendTimer = null;

    function show(text, kind) {
        var box = $('message');
        box.textContent = text || '';
        box.className = 'message ' + (kind || 'error');
        box.hidden = !text;
    }

    var picker = new A.Picker($('days'), $('times'), function (slot, date) {
        chosen = slot ? { slot: slot, date: date } : null;
        var doctor = selectedDoctor();
        $('chosen').hidden = !chosen;
        if (chosen && doctor) {
            $('chosen').textContent = T.t('book.summary', { d: A.day(date), t: slot.time, c: doctor.name });
        }
    });

    function selectedDoctor() {
        var checked = document.querySelector('input[name=doctor]:checked');
        return checked ? doctors.filter(function (d) { return String(d.id) === checked.value; })[0] : null;
    }

    function renderDoctors() {
        var list = $('doctor-list');
        list.textContent = '';
        if (!doctors.length) {
            var none = document.createElement('p');
            none.className = 'message warn';
            none.textContent = T.t('book.noDoctors');
            list.appendChild(none);
            return;
        }
        doctors.forEach(function (d) {
            var label = document.createElement('label');
            label.className = 'service';
            var input = document.createElement('input');
            input.type = 'radio';
            input.name = 'doctor';
            input.value = d.id;
            input.id = 'doctor-' + d.id;
            input.addEventListener('change', function () { chooseDoctor(d); });
            var text = document.createElement('span');
            var name = document.createElement('span');
            name.className = 'name';
            name.textContent = d.name;
            var about = document.createElement('span');
            about.className = 'wait';
            about.textContent = [d.specialisation, d.services.map(function (s) { return s.name; }).join(', '), d.roomName]
                .filter(function (x) { return x; }).join(' · ');
            text.appendChild(name);
            text.appendChild(about);
            label.appendChild(input);
            label.appendChild(text);
            list.appendChild(label);
        });
        if (doctors.length === 1) {
            list.querySelector('input').checked = true;
            chooseDoctor(doctors[0]);
        }
    }

    function chooseDoctor(doctor) {
        show('');
        chosen = null;
        $('chosen').hidden = true;
        $('when').hidden = false;
        picker.load(doctor.id, function (e) { show(e.message); });
    }

    function updateSteps() {
        if (codeSentTo && codeSentTo !== $('phone').value.trim()) {
            codeSentTo = null;
        }
        $('send-code').hidden = codeSentTo !== null;
        $('code-step').hidden = codeSentTo === null;
        $('book-button').hidden = codeSentTo === null;
    }

    function startResendCountdown(seconds) {
        var left = seconds;
        clearInterval(resendTimer);
        var tick = function () {
            if (left <= 0) {
                clearInterval(resendTimer);
                $('resend').disabled = false;
                $('resend').textContent = T.t('join.resend');
                return;
            }
            $('resend').disabled = true;
            $('resend').textContent = T.t('join.resendIn', { s: left });
            left--;
        };
        tick();
        resendTimer = setInterval(tick, 1000);
    }

    function readyToBook() {
        if (!selectedDoctor()) {
            show(T.t('book.chooseDoctor'));
            return false;
        }
        if (!chosen) {
            show(T.t('book.chooseTime'));
            return false;
        }
        return true;
    }

    function sendCode() {
        if (!readyToBook()) {
            return;
        }
        show('');
        var phone = $('phone').value.trim();
        $('send-code').disabled = true;
        A.api('POST', 'appointments/phone-code', { phone: phone, language: $('language').value }).then(function (sent) {
            codeSentTo = phone;
            $('code-sent').textContent = T.t('join.codeSent', { p: sent.sentTo });
            updateSteps();
            startResendCountdown(sent.resendAfterSeconds);
            $('code').focus();
        }, function (e) {
            show(e.message);
        }).then(function () {
            $('send-code').disabled = false;
        });
    }

    function book(event) {
        event.preventDefault();
        if (!readyToBook()) {
            return;
        }
        show('');
        $('book-button').disabled = true;
        A.api('POST', 'appointments', {
            doctorId: selectedDoctor().id,
            serviceCode: wanted || selectedDoctor().services[0].code,
            start: chosen.slot.start,
            patientName: $('name').value,
            phone: $('phone').value,
            language: $('language').value,
            reason: $('reason').value,
            code: $('code').value
        }).then(function (appointment) {
            location.href = A.ctx + '/a/' + encodeURIComponent(appointment.code) + '?booked=1';
        }, function (e) {
            show(e.message);
            $('book-button').disabled = false;
            if (e.code === 'slot-taken' || e.code === 'no-such-slot' || e.code === 'slot-past') {
                picker.pickDay(chosen.date, function (err) { show(err.message); });
            }
        });
    }

    var language = T.guess();
    $('language').value = language;
    T.use(language);
    $('language').addEventListener('change', function () {
        try { localStorage.setItem('cq.language', this.value); } catch (e) { /* fine */ }
        T.use(this.value);
    });
    $('phone').addEventListener('input', updateSteps);
    $('send-code').addEventListener('click', sendCode);
    $('resend').addEventListener('click', sendCode);
    $('book-form').addEventListener('submit', book);
    A.api('GET', 'doctors' + (wanted ? '?service=' + encodeURIComponent(wanted) : '')).then(function (list) {
        doctors = list || [];
        renderDoctors();
    }, function (e) { show(e.message); });
})();
