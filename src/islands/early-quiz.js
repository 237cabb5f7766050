// Runs inline from first paint on question pages, before the quiz island (and on phones
// where the island never loads): a tap on an option carries the answers so far on to the
// next page. Plain ES5 and hand-written, since it is inlined as is; its CSP hash is
// computed from this file in astro.config.mjs.
(function () {
  var ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
  // The answers in a fragment (#q=o&q=o), or null when it is not answer state.
  function answers(hash) {
    var raw = hash.charAt(0) === '#' ? hash.slice(1) : hash;
    var out = [];
    if (raw === '') return out;
    var parts = raw.split('&');
    for (var i = 0; i < parts.length; i++) {
      var kv = parts[i].split('=');
      if (kv.length !== 2 || !ID.test(kv[0]) || !ID.test(kv[1])) return null;
      out.push(kv);
    }
    return out;
  }
  document.addEventListener('click', function (e) {
    var a = e.target && e.target.closest ? e.target.closest('#quiz .options a') : null;
    // Once the island has the tree it moves itself (and prevents the default).
    if (!a || e.defaultPrevented) return;
    var href = a.getAttribute('href') || '';
    var at = href.indexOf('#');
    var mine = at < 0 ? null : answers(href.slice(at));
    if (!mine || mine.length === 0) return;
    var own = mine[mine.length - 1];
    // After an in-page link (#main) the island keeps the answers on the history entry.
    var state = history.state && typeof history.state.answers === 'string' ? history.state.answers : '';
    var sofar = answers(location.hash.indexOf('=') < 0 ? state : location.hash);
    if (!sofar) return;
    var chain = [];
    // Answers from this question on are being replaced by this tap (a 修改 link comes back here).
    for (var i = 0; i < sofar.length && sofar[i][0] !== own[0]; i++) chain.push(sofar[i].join('='));
    chain.push(own.join('='));
    a.setAttribute('href', href.slice(0, at) + '#' + chain.join('&'));
  });
})();
