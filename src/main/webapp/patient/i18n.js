/* ClinicQueue patient pages: the few texts they show, in English and Hindi. */
(function () {
    'use strict';
    var TEXT = {
        en: {
            'brand': 'ClinicQueue',
            'join.title': 'Join the queue',
            'join.lead': 'Take your place from your phone and we will tell you when it is your turn.',
            'join.service': 'Choose a service',
            'join.loading': 'Loading…',
            'join.name': 'Your name',
            'join.phone': 'Mobile number',
            'join.language': 'Language for messages',
            'join.code': 'Code from the SMS',
            'join.sendCode': 'Send me a code',
            'join.submit': 'Join the queue',
            'join.none': 'No service is taking patients right now. Please ask at reception.',
            'join.waiting': '{n} waiting',
            'join.about': 'about {m} min',
            'join.paused': 'no counter open yet',
            'join.needsCode': 'we send a code to your phone',
            'join.notOpen': 'The service {s} is not taking patients now. Choose another or ask at reception.',
            'join.chooseService': 'Choose a service.',
            'join.codeSent': 'We sent a 6-digit code to {p}. It works for 5 minutes.',
            'join.resendIn': 'Send a new code in {s} s',
            'join.resend': 'Send a new code',
            'join.yours': 'Your tickets on this phone:',
            'join.offline': 'Cannot reach the hospital server. Check your connection and try again.',
            'status.loading': 'Loading your ticket…',
            'status.ahead': 'People ahead',
            'status.wait': 'Estimated wait',
            'status.refresh': 'Refresh',
            'status.cancel': 'Cancel my ticket',
            'status.confirmCancel': 'Cancel your ticket? You would lose your place.',
            'status.joinAgain': 'Join again',
            'status.WAITING': 'Waiting',
            'status.onHold': 'On hold: please wait to be called back',
            'status.CALLED': "It's your turn: go to {c}",
            'status.IN_SERVICE': 'Being served at {c}',
            'status.DONE': 'Done. Thank you for your visit!',
            'status.NO_SHOW': 'You missed your turn',
            'status.CANCELLED': 'This ticket was cancelled',
            'status.sessionClosed': 'Your ticket ended: {r}. You can join again.',
            'status.noShowHelp': 'Please ask at reception, or join again.',
            'status.paused': 'No counter is open for this service right now; the estimate assumes one opens soon.',
            'status.next': "You're next",
            'status.minutes': 'about {m} min',
            'status.none': 'There is no such ticket. Check the link on your ticket or SMS.',
            'status.live': 'Live',
            'status.reconnecting': 'Reconnecting…',
            'status.updated': 'Updated {t}',
            'status.offline': 'No connection: showing the last known status.',
            'turn.title': "It's your turn",
            'turn.where': 'Go to {c}',
            'turn.ok': 'OK',
            'feedback.title': 'How was your visit?',
            'feedback.poor': '1 = poor',
            'feedback.excellent': '5 = excellent',
            'feedback.comment': 'Anything to tell us? (optional)',
            'feedback.send': 'Send',
            'feedback.choose': 'Choose a rating from 1 to 5.',
            'feedback.thanks': 'Thank you for your feedback!'
        },
        hi: {
            'brand': 'क्लिनिकक्यू',
            'join.title': 'कतार में शामिल हों',
            'join.lead': 'अपने फ़ोन से अपनी जगह लें, आपकी बारी आने पर हम बताएँगे।',
            'join.service': 'सेवा चुनें',
            'join.loading': 'लोड हो रहा है…',
            'join.name': 'आपका नाम',
            'join.phone': 'मोबाइल नंबर',
            'join.language': 'संदेशों की भाषा',
            'join.code': 'SMS में आया कोड',
            'join.sendCode': 'मुझे कोड भेजें',
            'join.submit': 'कतार में शामिल हों',
            'join.none': 'अभी कोई सेवा मरीज़ नहीं ले रही है। कृपया रिसेप्शन पर पूछें।',
            'join.waiting': '{n} प्रतीक्षा में',
            'join.about': 'लगभग {m} मिनट',
            'join.paused': 'अभी कोई काउंटर खुला नहीं',
            'join.needsCode': 'आपके फ़ोन पर कोड भेजा जाएगा',
            'join.notOpen': 'सेवा {s} अभी मरीज़ नहीं ले रही है। दूसरी चुनें या रिसेप्शन पर पूछें।',
            'join.chooseService': 'सेवा चुनें।',
            'join.codeSent': 'हमने {p} पर 6 अंकों का कोड भेजा है। यह 5 मिनट तक मान्य है।',
            'join.resendIn': '{s} सेकंड में नया कोड भेजें',
            'join.resend': 'नया कोड भेजें',
            'join.yours': 'इस फ़ोन पर आपके टिकट:',
            'join.offline': 'अस्पताल के सर्वर से संपर्क नहीं हो पा रहा। कनेक्शन जाँचें और फिर प्रयास करें।',
            'status.loading': 'आपका टिकट लोड हो रहा है…',
            'status.ahead': 'आपसे आगे',
            'status.wait': 'अनुमानित प्रतीक्षा',
            'status.refresh': 'ताज़ा करें',
            'status.cancel': 'मेरा टिकट रद्द करें',
            'status.confirmCancel': 'टिकट रद्द करें? आपकी जगह चली जाएगी।',
            'status.joinAgain': 'फिर से शामिल हों',
            'status.WAITING': 'प्रतीक्षा में',
            'status.onHold': 'रुका हुआ: कृपया फिर बुलाए जाने की प्रतीक्षा करें',
            'status.CALLED': 'आपकी बारी है: {c} पर जाएँ',
            'status.IN_SERVICE': '{c} पर सेवा जारी',
            'status.DONE': 'पूरा हुआ। आने के लिए धन्यवाद!',
            'status.NO_SHOW': 'आपकी बारी निकल गई',
            'status.CANCELLED': 'यह टिकट रद्द हो गया',
            'status.sessionClosed': 'आपका टिकट समाप्त हो गया: {r}। आप फिर से शामिल हो सकते हैं।',
            'status.noShowHelp': 'कृपया रिसेप्शन पर पूछें, या फिर से शामिल हों।',
            'status.paused': 'इस सेवा का अभी कोई काउंटर खुला नहीं है; अनुमान मानता है कि जल्द खुलेगा।',
            'status.next': 'अगली बारी आपकी',
            'status.minutes': 'लगभग {m} मिनट',
            'status.none': 'ऐसा कोई टिकट नहीं है। अपने टिकट या SMS का लिंक जाँचें।',
            'status.live': 'लाइव',
            'status.reconnecting': 'फिर से जुड़ रहा है…',
            'status.updated': '{t} पर अपडेट',
            'status.offline': 'कनेक्शन नहीं: अंतिम ज्ञात स्थिति दिखाई जा रही है।',
            'turn.title': 'आपकी बारी है',
            'turn.where': '{c} पर जाएँ',
            'turn.ok': 'ठीक है',
            'feedback.title': 'आपका अनुभव कैसा रहा?',
            'feedback.poor': '1 = खराब',
            'feedback.excellent': '5 = बहुत अच्छा',
            'feedback.comment': 'कुछ कहना चाहेंगे? (वैकल्पिक)',
            'feedback.send': 'भेजें',
            'feedback.choose': '1 से 5 तक रेटिंग चुनें।',
            'feedback.thanks': 'आपकी प्रतिक्रिया के लिए धन्यवाद!'
        }
    };

    var language = 'en';

    window.cqText = {
        use: function (lang) {
            language = TEXT[lang] ? lang : 'en';
            document.documentElement.lang = language;
            var nodes = document.querySelectorAll('[data-t]');
            for (var i = 0; i < nodes.length; i++) {
                nodes[i].textContent = this.t(nodes[i].getAttribute('data-t'));
            }
        },
        language: function () {
            return language;
        },
        /** More texts for a page's own script ({en: {...}, hi: {...}}), e.g. the appointment pages. */
        add: function (more) {
            Object.keys(more).forEach(function (lang) {
                TEXT[lang] = TEXT[lang] || {};
                Object.keys(more[lang]).forEach(function (key) {
                    TEXT[lang][key] = more[lang][key];
                });
            });
        },
        /** The text for a key with {placeholders} filled; English when the language lacks it. */
        t: function (key, values) {
            var text = (TEXT[language] && TEXT[language][key]) || TEXT.en[key] || key;
            return text.replace(/\{(\w)\}/g, function (all, name) {
                return values && values[name] !== undefined && values[name] !== null ? String(values[name]) : all;
            });
        },
        guess: function () {
            var saved = null;
            try { saved = localStorage.getItem('cq.language'); } catch (e) { /* private mode */ }
            if (saved && TEXT[saved]) {
                return saved;
            }
            var nav = (navigator.language || 'en').slice(0, 2).toLowerCase();
            return TEXT[nav] ? nav : 'en';
        }
    };
})();
