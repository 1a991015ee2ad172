/*
 * Finsam Budget: the pane's bundle needs a modern webview (ES2020). Office 2016/2019 on
 * Windows may use Internet Explorer 11 or EdgeHTML, which cannot run it and would show a blank
 * pane. This file is plain ES5 on purpose: it runs there too and shows the page's message.
 */
(function () {
  var modern =
    typeof Promise === 'function' &&
    typeof Proxy === 'function' &&
    typeof Symbol === 'function' &&
    typeof Array.prototype.flatMap === 'function' &&
    typeof Object.fromEntries === 'function';
  if (modern) return;
  function show() {
    var note = document.getElementById('unsupported');
    if (note) note.removeAttribute('hidden');
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show);
  else show();
})();
