// The newsletter's signup forms ([data-newsletter-form]) in place: the form is posted with fetch and the
// API's answer shown beside it. Without script the same form posts as a page and the API sends the
// browser to /newsletter/ with a notice; nothing here is needed for that.
(function () {
  'use strict';
  var forms = document.querySelectorAll('[data-newsletter-form]');
  Array.prototype.forEach.call(forms, function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.fetch || !window.URLSearchParams) {
        return;
      }
      event.preventDefault();
      var status = form.querySelector('.newsletter-status');
      var button = form.querySelector('button[type="submit"]');
      button.disabled = true;
      status.textContent = '送信しています…';
      // A form-encoded POST with a safelisted Accept header: a simple request, no CORS preflight.
      fetch(form.action, {
        method: 'POST',
        headers: { 'Accept': 'application/json' },
        body: new URLSearchParams(new FormData(form))
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (answer) {
          status.textContent = answer.message || answer.error || '送信できませんでした。時間をおいてお試しください。';
          form.classList.toggle('newsletter-sent', response.ok);
          if (response.ok) {
            form.reset();
          }
        });
      }).catch(function () {
        status.textContent = '送信できませんでした。通信環境をご確認ください。';
      }).then(function () {
        button.disabled = false;
      });
    });
  });
}());
