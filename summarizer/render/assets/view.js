/* summarizer article view: click a record to outline its spans, click a span to find its record, hover for details.
   It binds every .smz view on the page once; it builds nodes only by cloning the page's own escaped markup. */
(function () {
  "use strict";

  function recItem(root, rid) {
    return root.querySelector('.rec[data-rec="' + rid + '"]');
  }

  function spansOf(root, rid) {
    return root.querySelectorAll('.s[data-r~="' + rid + '"]');
  }

  function select(root, rid, scrollText) {
    root.querySelectorAll(".s.on").forEach(function (e) { e.classList.remove("on"); });
    root.querySelectorAll(".rec.sel").forEach(function (e) { e.classList.remove("sel"); });
    var item = recItem(root, rid);
    if (!item) { return; }
    var spans = spansOf(root, rid);
    spans.forEach(function (e) { e.classList.add("on"); });
    item.classList.add("sel");
    root.setAttribute("data-selcat", item.getAttribute("data-cat"));
    root.setAttribute("data-sel", rid);
    if (scrollText && spans.length) {
      spans[0].scrollIntoView({ block: "center" });
    } else {
      item.scrollIntoView({ block: "nearest" });
    }
  }

  function showTip(root, tip, seg, x, y) {
    var rids = (seg.getAttribute("data-r") || "").split(" ");
    while (tip.firstChild) { tip.removeChild(tip.firstChild); }
    rids.forEach(function (rid) {
      var item = recItem(root, rid);
      if (!item) { return; }
      var box = document.createElement("div");
      box.className = "tiprec c-" + item.getAttribute("data-cat");
      box.appendChild(item.querySelector(".head").cloneNode(true));
      box.appendChild(item.querySelector(".card").cloneNode(true));
      box.lastChild.style.display = "block";
      tip.appendChild(box);
    });
    tip.hidden = !tip.firstChild;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    tip.style.left = Math.max(4, Math.min(x + 14, window.innerWidth - w - 8)) + "px";
    tip.style.top = (y + 18 + h > window.innerHeight ? Math.max(4, y - h - 12) : y + 18) + "px";
  }

  function init(root) {
    if (root.hasAttribute("data-ready")) { return; }
    root.setAttribute("data-ready", "1");
    var tip = root.querySelector(".tip");
    root.querySelectorAll(".s[title]").forEach(function (e) { e.removeAttribute("title"); });
    root.addEventListener("click", function (ev) {
      var item = ev.target.closest(".rec");
      if (item && root.contains(item)) { select(root, item.getAttribute("data-rec"), true); return; }
      var seg = ev.target.closest(".s");
      if (!seg || !root.contains(seg)) { return; }
      var rids = seg.getAttribute("data-r").split(" ");
      var now = rids.indexOf(root.getAttribute("data-sel"));
      select(root, rids[(now + 1) % rids.length], false);
    });
    root.addEventListener("keydown", function (ev) {
      var item = ev.target.closest(".rec");
      if (item && (ev.key === "Enter" || ev.key === " ")) {
        ev.preventDefault();
        select(root, item.getAttribute("data-rec"), true);
      }
    });
    if (!tip) { return; }
    root.addEventListener("mouseover", function (ev) {
      var seg = ev.target.closest(".s");
      if (seg && root.contains(seg)) { showTip(root, tip, seg, ev.clientX, ev.clientY); }
    });
    root.addEventListener("mouseout", function (ev) {
      var seg = ev.target.closest(".s");
      if (seg && !(ev.relatedTarget && seg.contains(ev.relatedTarget))) { tip.hidden = true; }
    });
  }

  document.querySelectorAll(".smz").forEach(init);
})();
