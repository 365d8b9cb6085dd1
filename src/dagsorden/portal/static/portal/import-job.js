// An import job's page brings itself up to date while the job runs: the parts of the page
// with ids are replaced in place from the page fetched again, so that a screen reader keeps
// its place and hears the state (a live region) rather than a reloaded page. Without
// script the page's "Opdatér" link does it. What updates by itself can be stopped (WCAG
// 2.2.2): a button beside the note says so.
(function () {
  "use strict";
  var PARTS = ["job-state", "job-progress", "job-actions", "job-results"];

  function start() {
    var control = document.getElementById("job-refresh");
    if (!control || !window.fetch || !window.DOMParser) {
      return;
    }
    var every = Number(control.dataset.every) * 1000;
    var timer = null;
    var link = control.innerHTML;
    var stop = document.createElement("button");
    stop.type = "button";
    stop.className = "secondary";
    stop.textContent = control.dataset.stop;
    control.textContent = control.dataset.note + " ";
    control.appendChild(stop);
    stop.addEventListener("click", function () {
      window.clearTimeout(timer);
      timer = null;
      control.innerHTML = link;
    });

    function update(html) {
      var fresh = new DOMParser().parseFromString(html, "text/html");
      PARTS.forEach(function (id) {
        var now = document.getElementById(id);
        var then = fresh.getElementById(id);
        if (now && then && now.innerHTML !== then.innerHTML) {
          now.innerHTML = then.innerHTML;
        }
      });
      var state = fresh.getElementById("job-state");
      return state !== null && state.dataset.running === "1";
    }

    function poll() {
      window
        .fetch(window.location.href, { credentials: "same-origin", cache: "no-store" })
        .then(function (response) {
          return response.ok ? response.text() : Promise.reject(response.status);
        })
        .then(function (html) {
          if (timer === null) {
            return; // stopped meanwhile
          }
          if (update(html)) {
            timer = window.setTimeout(poll, every);
          } else {
            timer = null;
            control.remove(); // the job has ended: nothing more to come
          }
        })
        .catch(function () {
          if (timer !== null) {
            timer = window.setTimeout(poll, every); // a server restarting: try again
          }
        });
    }
    timer = window.setTimeout(poll, every);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
