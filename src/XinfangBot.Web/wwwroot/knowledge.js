// Live preview of the knowledge editor: while staff type, the text goes (with the form's antiforgery token) to the
// server, which renders it with Markdig (raw HTML shown as text) and the same checks publishing makes.
(function () {
  'use strict';
  var raw = document.getElementById('raw');
  var preview = document.getElementById('preview');
  if (!raw || !preview) {
    return;
  }

  var timer = null;
  raw.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      fetch('/knowledge/entry/preview?fragment=1', { method: 'POST', body: new FormData(raw.form), credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) {
          if (html !== null) {
            preview.innerHTML = html;
          }
        });
    }, 400);
  });
})();
