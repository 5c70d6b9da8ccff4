/*
 * ClinicQueue console: signs an idle person out.
 * Live updates keep the server session alive while the queue moves, so the session timeout alone would
 * never end an unattended desk. The console therefore counts the person's own activity (keys, clicks,
 * touches) and, after the session timeout without any, signs out through the logout form, whose answer
 * is the login page saying that the session ended. A local timer: nothing is sent while waiting.
 */
(function () {
    "use strict";
    var lastActivity = Date.now();
    function touched() { lastActivity = Date.now(); }
    ["keydown", "mousedown", "touchstart", "wheel"].forEach(function (type) {
        document.addEventListener(type, touched, true);
    });
    document.addEventListener("DOMContentLoaded", function () {
        var seconds = parseInt(document.body.getAttribute("data-idle-seconds"), 10);
        if (!(seconds > 0)) {
            return;
        }
        window.setInterval(function () {
            if (Date.now() - lastActivity > seconds * 1000) {
                document.getElementById("idle-logout").submit();
            }
        }, 10000);
    });
})();
