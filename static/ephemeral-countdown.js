/*
 * The countdown banner of ephemeral tables. This file (in <head>) only defines
 * window.datasetteEphemeralCountdown(expiresAtIso); the server's body script calls it at the end of <body>,
 * so the banner is inserted with its text before the first paint. Running it again on a page that already
 * has the banner (a saved copy of a rendered page) reuses that banner instead of adding a second one.
 */
(function () {
  var BANNER_ID = "ephemeral-timer";
  var timers = (window.__datasetteEphemeralTimers = window.__datasetteEphemeralTimers || {});

  /** "12m" from 10 minutes up, "4m 12s" below, "9s" under a minute. */
  function formatRemaining(seconds) {
    var minutes = Math.floor(seconds / 60);
    if (minutes >= 10) return minutes + "m";
    var rest = Math.ceil(seconds - minutes * 60);
    if (rest === 60) {
      minutes += 1;
      rest = 0;
    }
    if (minutes >= 10) return minutes + "m";
    return minutes ? minutes + "m " + rest + "s" : rest + "s";
  }

  function text(expiresAt) {
    var seconds = (expiresAt - Date.now()) / 1000;
    return seconds <= 0 ? "This table has expired" : "This table expires in " + formatRemaining(seconds);
  }

  function banner(expiresIso) {
    var div = document.getElementById(BANNER_ID);
    if (!div) {
      div = document.createElement("div");
      div.id = BANNER_ID;
      div.className = "ephemeral-timer";
      div.setAttribute("role", "status");
      div.style.padding = "0.5em";
      div.style.marginBottom = "0.75rem";
      div.style.backgroundColor = "pink";
      div.style.color = "black";
      var header = document.querySelector(".page-header") || document.querySelector(".content h1, h1");
      if (header) header.insertAdjacentElement("afterend", div);
      else (document.querySelector(".content") || document.body).prepend(div);
    }
    div.setAttribute("data-expires-at", expiresIso);
    return div;
  }

  function countdown(expiresIso) {
    var expiresAt = Date.parse(expiresIso);
    if (isNaN(expiresAt) || !document.body) return;
    var div = banner(expiresIso);
    div.textContent = text(expiresAt);
    // One timer per page, however many times this runs.
    if (timers[BANNER_ID]) clearInterval(timers[BANNER_ID]);
    timers[BANNER_ID] = setInterval(function () {
      div.textContent = text(expiresAt);
      if (Date.now() >= expiresAt) {
        clearInterval(timers[BANNER_ID]);
        timers[BANNER_ID] = null;
      }
    }, 250);
  }

  window.datasetteEphemeralCountdown = countdown;
  window.datasetteEphemeralCountdown.formatRemaining = formatRemaining;

  // Loaded after the page was parsed (injected later, or a saved page whose body script is gone): pick
  // up the expiry from an existing banner.
  if (document.readyState !== "loading") {
    var existing = document.getElementById(BANNER_ID);
    if (existing && existing.getAttribute("data-expires-at"))
      countdown(existing.getAttribute("data-expires-at"));
  }
})();
