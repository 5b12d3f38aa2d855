/* summarizer article page in a collection folder: #v.t0 in the address selects that record (its spans outlined). */
(function () {
  "use strict";
  function pick() {
    var m = /^#(v\.[a-z]+\d+)$/.exec(window.location.hash);
    var item = m ? document.getElementById(m[1]) : null;
    if (item) { item.click(); item.scrollIntoView({ block: "center" }); }
  }
  window.addEventListener("hashchange", pick);
  pick();
})();
