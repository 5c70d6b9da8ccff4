/* ClinicQueue appointment pages (/book, /a/{code}): their texts, the API helper and the date and time picker. */
(function () {
    'use strict';
    var T = window.cqText;
    T.add({
        en: {
            'book.title': 'Book an appointment',
            'book.lead': 'Choose a doctor and a free time. We confirm by SMS, with a link to change or cancel.',
            'book.doctor': 'Doctor',
            'book.noDoctors': 'No doctor can be booked online right now. Please call or ask at reception.',
            'book.date': 'Day',
            'book.time': 'Time',
            'book.noSlots': 'No free time that day. Choose another day.',
            'book.dayOff': 'not working',
            'book.free': '{n} free',
            'book.chooseDoctor': 'Choose a doctor.',
            'book.chooseTime': 'Choose a day and a time.',
            'book.details': 'Your details',
            'book.reason': 'Reason for the visit (optional)',
            'book.submit': 'Book this time',
            'book.summary': '{d} · {t} · {c}',
            'appt.loading': 'Loading your appointment…',
            'appt.none': 'There is no such appointment. Check the link in your SMS.',
            'appt.reference': 'Reference',
            'appt.when': 'When',
            'appt.where': 'Where',
            'appt.expected': 'The doctor is running {m} min late: expect to be seen around {t}.',
            'appt.showAtReception': 'On arrival, show this code at reception or at the kiosk to check in.',
            'appt.BOOKED': 'Booked',
            'appt.CHECKED_IN': 'Checked in',
            'appt.CANCELLED': 'Cancelled',
            'appt.NO_SHOW': 'Missed (not checked in)',
            'appt.ticket': 'Your token: {n}. Follow your turn live',
            'appt.change': 'Change the time',
            'appt.cancel': 'Cancel the appointment',
            'appt.confirmCancel': 'Cancel this appointment? The time goes to another patient.',
            'appt.saveChange': 'Move to this time',
            'appt.keep': 'Keep the current time',
            'appt.tooLate': 'It is too late to change or cancel online; please call or ask at reception.',
            'appt.bookAgain': 'Book another appointment',
            'appt.moved': 'Done: your appointment was moved. We sent you an SMS.',
            'appt.cancelled': 'Your appointment is cancelled. We sent you an SMS.'
        },
        hi: {
            'book.title': 'अपॉइंटमेंट बुक करें',
            'book.lead': 'डॉक्टर और खाली समय चुनें। हम SMS से पुष्टि करेंगे, बदलने या रद्द करने के लिंक के साथ।',
            'book.doctor': 'डॉक्टर',
            'book.noDoctors': 'अभी कोई डॉक्टर ऑनलाइन बुक नहीं हो सकता। कृपया फ़ोन करें या रिसेप्शन पर पूछें।',
            'book.date': 'दिन',
            'book.time': 'समय',
            'book.noSlots': 'उस दिन कोई खाली समय नहीं। दूसरा दिन चुनें।',
            'book.dayOff': 'छुट्टी',
            'book.free': '{n} खाली',
            'book.chooseDoctor': 'डॉक्टर चुनें।',
            'book.chooseTime': 'दिन और समय चुनें।',
            'book.details': 'आपकी जानकारी',
            'book.reason': 'आने का कारण (वैकल्पिक)',
            'book.submit': 'यह समय बुक करें',
            'book.summary': '{d} · {t} · {c}',
            'appt.loading': 'आपका अपॉइंटमेंट लोड हो रहा है…',
            'appt.none': 'ऐसा कोई अपॉइंटमेंट नहीं है। अपने SMS का लिंक जाँचें।',
            'appt.reference': 'संदर्भ',
            'appt.when': 'कब',
            'appt.where': 'कहाँ',
            'appt.expected': 'डॉक्टर {m} मिनट देर से चल रहे हैं: लगभग {t} बजे की अपेक्षा करें।',
            'appt.showAtReception': 'पहुँचने पर चेक-इन के लिए यह कोड रिसेप्शन या कियोस्क पर दिखाएँ।',
            'appt.BOOKED': 'बुक है',
            'appt.CHECKED_IN': 'चेक-इन हो गया',
            'appt.CANCELLED': 'रद्द',
            'appt.NO_SHOW': 'छूट गया (चेक-इन नहीं हुआ)',
            'appt.ticket': 'आपका टोकन: {n}। अपनी बारी लाइव देखें',
            'appt.change': 'समय बदलें',
            'appt.cancel': 'अपॉइंटमेंट रद्द करें',
            'appt.confirmCancel': 'यह अपॉइंटमेंट रद्द करें? यह समय किसी और मरीज़ को मिल जाएगा।',
            'appt.saveChange': 'इस समय पर बदलें',
            'appt.keep': 'वर्तमान समय रखें',
            'appt.tooLate': 'ऑनलाइन बदलने या रद्द करने में बहुत देर हो चुकी है; कृपया फ़ोन करें या रिसेप्शन पर पूछें।',
            'appt.bookAgain': 'दूसरा अपॉइंटमेंट बुक करें',
            'appt.moved': 'हो गया: आपका अपॉइंटमेंट बदल दिया गया। हमने आपको SMS भेजा है।',
            'appt.cancelled': 'आपका अपॉइंटमेंट रद्द हो गया। हमने आपको SMS भेजा है।'
        }
    });

    var ctx = document.body.getAttribute('data-ctx') || '';

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

    /** "Mon 24 Nov" for a date string 2026-11-24, in the page's language (the date itself is the hospital's). */
    function day(dateText) {
        var parts = dateText.split('-');
        var date = new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2], 12));
        return date.toLocaleDateString(T.language() === 'hi' ? 'hi-IN' : 'en-GB',
            { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    }

    /**
     * Fills {@code days} with the doctor's next two weeks and {@code times} with the free times of the chosen
     * day; calls onChoose(slot, date) when a time is chosen.
     */
    function Picker(days, times, onChoose) {
        this.days = days;
        this.times = times;
        this.onChoose = onChoose;
        this.doctorId = null;
    }

    Picker.prototype.load = function (doctorId, onError) {
        var self = this;
        self.doctorId = doctorId;
        self.days.textContent = '';
        self.times.textContent = '';
        return api('GET', 'doctors/' + doctorId + '/availability?days=14').then(function (list) {
            self.days.textContent = '';
            var first = null;
            list.forEach(function (d) {
                var b = document.createElement('button');
                b.type = 'button';
                b.className = 'chip';
                b.id = 'day-' + d.date;
                b.disabled = d.freeSlots === 0;
                var name = document.createElement('span');
                name.textContent = day(d.date);
                var free = document.createElement('small');
                free.textContent = d.dayOff ? T.t('book.dayOff') : T.t('book.free', { n: d.freeSlots });
                b.appendChild(name);
                b.appendChild(free);
                b.addEventListener('click', function () { self.pickDay(d.date, onError); });
                self.days.appendChild(b);
                if (!first && d.freeSlots > 0) {
                    first = d.date;
                }
            });
            if (first) {
                self.pickDay(first, onError);
            }
        }, onError);
    };

    Picker.prototype.pickDay = function (date, onError) {
        var self = this;
        Array.prototype.forEach.call(self.days.children, function (b) {
            b.classList.toggle('on', b.id === 'day-' + date);
        });
        self.onChoose(null, null);
        self.wanted = date;
        self.times.removeAttribute('data-date');
        return api('GET', 'doctors/' + self.doctorId + '/slots?date=' + date).then(function (result) {
            if (self.wanted !== date) {
                return; // another day was chosen meanwhile
            }
            self.times.textContent = '';
            self.times.setAttribute('data-date', date);
            if (!result.slots.length) {
                var none = document.createElement('p');
                none.className = 'muted';
                none.textContent = T.t('book.noSlots');
                self.times.appendChild(none);
                return;
            }
            result.slots.forEach(function (slot) {
                var b = document.createElement('button');
                b.type = 'button';
                b.className = 'chip time';
                b.id = 'slot-' + slot.time.replace(':', '');
                b.textContent = slot.time;
                b.addEventListener('click', function () {
                    Array.prototype.forEach.call(self.times.children, function (other) { other.classList.remove('on'); });
                    b.classList.add('on');
                    self.onChoose(slot, date);
                });
                self.times.appendChild(b);
            });
        }, onError);
    };

    window.cqAppointments = { api: api, day: day, Picker: Picker, ctx: ctx };
})();
