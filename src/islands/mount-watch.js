// Inline in the <head> of pages whose controls a script mounts (src/islands/mount.ts), so it
// runs even when those scripts never load. When a script of the page fails to load, every root
// still loading (data-mount="") has failed; when a mount fails, its root gets an `error` event.
// Either way the plain notice beside the root (id "<root>-failed", hidden until now) is shown:
// "needs JavaScript" is said only when it will not load. Plain ES5, inlined as is; the page's
// CSP allows it by its hash (src/data/inline-scripts.ts).
(function () {
  function show(root) {
    var notice = document.getElementById(root.id + '-failed');
    if (notice) notice.hidden = false;
  }
  function failAll() {
    var roots = document.querySelectorAll('[data-mount=""]');
    for (var i = 0; i < roots.length; i++) {
      roots[i].setAttribute('data-mount', 'failed');
      show(roots[i]);
    }
  }
  addEventListener(
    'error',
    function (e) {
      var t = e.target;
      if (!t || !t.getAttribute) return;
      if (t.tagName === 'SCRIPT') {
        if (document.readyState === 'loading') addEventListener('DOMContentLoaded', failAll);
        else failAll();
      } else if (t.getAttribute('data-mount') === 'failed') show(t);
    },
    true,
  );
})();
