// The site's one script, small and without a framework. On an article page it counts the view
// (POST /api/views); on every page with a 人気ランキング box it refreshes the box from the API's
// Query.ranking. The API's origin is in <meta name="kiosk-api"> (empty: this site's own origin).
// Pages work fully without it: the box then shows the rankings as of the bake.
(function () {
  'use strict';
  var meta = document.querySelector('meta[name="kiosk-api"]');
  if (!meta) {
    return;
  }
  var api = meta.content.replace(/\/+$/, '');

  var article = /^\/articles\/([^\/]+)\/$/.exec(location.pathname);
  if (article && navigator.sendBeacon) {
    // sendBeacon cannot set headers; a text/plain Blob is a CORS-safelisted request: no preflight.
    var view = JSON.stringify({ slug: decodeURIComponent(article[1]) });
    navigator.sendBeacon(api + '/api/views', new Blob([view], { type: 'text/plain' }));
  }

  var box = document.querySelector('[data-kiosk-ranking]');
  if (!box || !window.fetch) {
    return;
  }
  // One request for the three windows, each under its period's name: { DAY: ranking(period: DAY ...) ... }.
  var query = '{ ' + ['DAY', 'WEEK', 'MONTH'].map(function (period) {
    return period + ': ranking(period: ' + period + ', first: 5) { article { title path sponsored { label } } }';
  }).join(' ') + ' }';
  // A GET without custom headers: a simple CORS request, answered fresh (the API never caches rankings).
  fetch(api + '/graphql?query=' + encodeURIComponent(query))
    .then(function (response) {
      return response.ok ? response.json() : null;
    })
    .then(function (answer) {
      if (!answer || !answer.data) {
        return;
      }
      Object.keys(answer.data).forEach(function (period) {
        var list = box.querySelector('[data-period="' + period + '"]');
        if (list) {
          show(list, answer.data[period]);
        }
      });
      var now = new Date();
      var time = document.createElement('time');
      time.dateTime = now.toISOString();
      time.textContent = now.toLocaleTimeString('ja-JP', { hour: '2-digit', minute: '2-digit' });
      var asOf = box.querySelector('.ranking-as-of');
      asOf.replaceChildren(time, '現在');
      asOf.hidden = false;
      box.setAttribute('data-refreshed', '');
    })
    .catch(function () {
      // The API is unreachable: the baked rankings stay.
    });

  function show(list, ranked) {
    var items = ranked.map(function (place) {
      var link = document.createElement('a');
      link.href = place.article.path;
      link.textContent = place.article.title;
      var item = document.createElement('li');
      item.appendChild(link);
      if (place.article.sponsored) {
        // sponsored articles carry their label in every list, as the baked box does
        var label = document.createElement('span');
        label.className = 'pr-label';
        label.textContent = place.article.sponsored.label;
        item.append(' ', label);
      }
      return item;
    });
    var ol = list.querySelector('ol');
    ol.replaceChildren.apply(ol, items);
    list.querySelector('.empty').hidden = items.length > 0;
  }
}());
