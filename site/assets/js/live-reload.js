// Live reload for pages served by kiosk serve (the preview's pages, and every page with --live-reload);
// never part of a baked site. Listens to the server's /api/events, which tells this page ("reload") when
// a change names it, and tells editors (preview cookie) how each reload of the content went ("status"):
// while the last one failed, an overlay lists its problems (file:line:column, message, hint), as the
// server reported them, until a reload succeeds. Text only: nothing from the server becomes markup.
(function () {
  'use strict';
  if (!window.EventSource) {
    return;
  }
  var root = location.pathname.indexOf('/preview/') === 0 ? '/preview' : '';
  // the site path the server's change sets name, percent-encoded as location gives it
  var page = location.pathname.substring(root.length) || '/';
  var overlay = null;

  function line(parent, tag, className, text) {
    var element = document.createElement(tag);
    element.className = className;
    element.textContent = text;
    parent.appendChild(element);
    return element;
  }

  function place(problem) {
    return problem.file + (problem.line ? ':' + problem.line + (problem.column ? ':' + problem.column : '') : '');
  }

  function show(status) {
    hide();
    overlay = document.createElement('section');
    overlay.id = 'kiosk-problems';
    overlay.className = 'kiosk-problems';
    overlay.setAttribute('role', 'alert');
    line(overlay, 'h2', 'kiosk-problems-title',
      'コンテンツにエラーがあります。直すまで前の版を表示しています (the last reload failed)');
    var list = line(overlay, 'ol', 'kiosk-problems-list', '');
    status.problems.filter(function (problem) {
      return problem.severity === 'ERROR';
    }).forEach(function (problem) {
      var item = line(list, 'li', 'kiosk-problem', '');
      line(item, 'code', 'kiosk-problem-place', place(problem));
      line(item, 'span', 'kiosk-problem-message', ' ' + problem.message);
      if (problem.hint) {
        line(item, 'p', 'kiosk-problem-hint', problem.hint);
      }
    });
    status.reasons.forEach(function (reason) {
      line(overlay, 'p', 'kiosk-problems-reason', reason);
    });
    document.body.appendChild(overlay);
  }

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  var events = new EventSource('/api/events?page=' + encodeURIComponent(page));
  events.addEventListener('reload', function () {
    location.reload();
  });
  events.addEventListener('status', function (event) {
    var status = JSON.parse(event.data);
    if (status.ok) {
      hide();
    } else {
      show(status);
    }
  });
})();
