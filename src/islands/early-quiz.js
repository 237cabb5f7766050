// Runs inline right after the quiz's markup on question pages, before the quiz island (and
// on phones where the island never loads): a tap on an option carries the answers so far on
// to the next page, and 上一步 leads to the question answered last. Plain ES5 and
// hand-written, since it is inlined as is; QuizRoot.astro adds its hash to the page's CSP.
(function () {
  // The site's id rule (src/lib/core.ts), written in by src/data/inline-scripts.ts.
  var ID = /__ID_PATTERN__/;
  // The answers in a fragment (#q=o&q=o), or null when it is not answer state.
  function answers(hash) {
    var raw = hash.replace(/^#/, '');
    var out = [];
    if (!raw) return out;
    var parts = raw.split('&');
    for (var i = 0; i < parts.length; i++) {
      var kv = parts[i].split('=');
      if (kv.length !== 2 || !ID.test(kv[0]) || !ID.test(kv[1])) return null;
      out.push(kv);
    }
    return out;
  }
  // The answers before this page's question, or null when the fragment is not answer state.
  function before(question) {
    // After an in-page link (#main) the island keeps the answers on the history entry.
    var state = history.state && typeof history.state.answers === 'string' ? history.state.answers : '';
    var sofar = answers(location.hash.indexOf('=') < 0 ? state : location.hash);
    if (!sofar) return null;
    // Answers from this question on are being replaced (a 修改 link comes back here).
    for (var i = 0; i < sofar.length && sofar[i][0] !== question; i++);
    return sofar.slice(0, i);
  }
  function join(list) {
    return list
      .map(function (pair) {
        return pair.join('=');
      })
      .join('&');
  }
  var here = /([a-z0-9-]+)\/$/.exec(location.pathname);
  var back = document.querySelector('#quiz a.back');
  var prior = here && back ? before(here[1]) : null;
  if (prior && prior.length) {
    // The question answered last, with that answer (the island shows it selected).
    back.setAttribute('href', location.pathname.replace(/[a-z0-9-]+\/$/, prior[prior.length - 1][0] + '/') + '#' + join(prior));
    back.hidden = false;
  }
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('#quiz .options a');
    // Once the island has the tree it moves itself (and prevents the default).
    if (!a || e.defaultPrevented) return;
    var href = a.getAttribute('href') || '';
    var at = href.indexOf('#');
    var mine = at < 0 ? null : answers(href.slice(at));
    if (!mine || !mine.length) return;
    var own = mine[mine.length - 1];
    var chain = before(own[0]);
    if (!chain) return;
    chain.push(own);
    a.setAttribute('href', href.slice(0, at) + '#' + join(chain));
  });
})();
