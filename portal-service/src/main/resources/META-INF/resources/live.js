// Deadlines count down from the seconds the server computed (never from the browser's clock), and pages with
// something under way reload themselves: a removal being applied, a bulk upload being processed.
(function () {
  'use strict';
  var started = Date.now();
  var countdowns = Array.prototype.slice.call(document.querySelectorAll('time.countdown[data-seconds]'));

  function render() {
    var elapsed = Math.floor((Date.now() - started) / 1000);
    countdowns.forEach(function (el) {
      var left = parseInt(el.getAttribute('data-seconds'), 10) - elapsed;
      if (isNaN(left)) {
        return;
      }
      if (left <= 0) {
        el.textContent = el.getAttribute('data-past');
        el.classList.add('past');
        return;
      }
      var hours = Math.floor(left / 3600);
      var minutes = Math.floor((left % 3600) / 60);
      el.textContent = el.getAttribute('data-format').replace('%h', hours).replace('%m', minutes);
    });
  }

  if (countdowns.length > 0) {
    setInterval(render, 15000);
  }
  // The reviewer's decision form preselects the policy's default severity for the reason code picked, until the
  // reviewer picks a severity themselves.
  var code = document.getElementById('accept-reason-code');
  var severity = document.getElementById('severity');
  if (code && severity) {
    var touched = false;
    severity.addEventListener('change', function () { touched = true; });
    code.addEventListener('change', function () {
      var chosen = code.options[code.selectedIndex];
      var byDefault = chosen && chosen.getAttribute('data-severity');
      if (!touched && byDefault) {
        severity.value = byDefault;
      }
    });
  }
  var live = document.querySelector('[data-refresh]');
  if (live) {
    var seconds = parseInt(live.getAttribute('data-refresh'), 10);
    setTimeout(function () { window.location.reload(); }, (isNaN(seconds) ? 5 : seconds) * 1000);
  }
})();
