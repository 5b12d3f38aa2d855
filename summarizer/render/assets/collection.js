/* summarizer collection page: filters (person, kind, date range) over every section, and the route to each
   article's view (#a3 an article, #a3.q1 one of its records). No network, no markup built from strings. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var overview = document.getElementById("overview");
  var wraps = document.querySelectorAll(".artwrap");
  if (!form || !overview) { return; }

  function route() {
    var m = /^#(a\d+)(?:\.([a-z]+\d+))?$/.exec(window.location.hash);
    var target = m ? m[1] : null;
    var found = false;
    wraps.forEach(function (w) {
      var on = w.getAttribute("data-art") === target;
      w.hidden = !on;
      found = found || on;
    });
    overview.hidden = found;
    if (!found) { return; }
    var item = m[2] ? document.getElementById(m[1] + "." + m[2]) : null;
    if (item) { item.click(); } else { window.scrollTo(0, 0); }
  }

  function state() {
    var kinds = {};
    form.querySelectorAll('input[name="kind"]').forEach(function (box) { kinds[box.value] = box.checked; });
    return { person: form.elements.person.value, kinds: kinds, from: form.elements.from.value, to: form.elements.to.value };
  }

  function passes(el, st) {
    if (!st.kinds[el.getAttribute("data-k")]) { return false; }
    if (st.person && (" " + el.getAttribute("data-p") + " ").indexOf(" " + st.person + " ") < 0) { return false; }
    if (st.from || st.to) {
      var a = el.getAttribute("data-from"), b = el.getAttribute("data-to") || a;
      if (!a) { return false; }
      if (st.from && b < st.from) { return false; }
      if (st.to && a > st.to) { return false; }
    }
    return true;
  }

  function show(el, on) { el.classList.toggle("off", !on); }

  function apply() {
    var st = state(), events = {}, counts = {};
    document.querySelectorAll("#overview .item").forEach(function (el) {
      var on = passes(el, st);
      show(el, on);
      if (on && el.tagName.toLowerCase() === "li") { counts[el.getAttribute("data-k")] = (counts[el.getAttribute("data-k")] || 0) + 1; }
      if (on && el.hasAttribute("data-e")) { events[el.getAttribute("data-e")] = true; }
    });
    var linked = {}, edges = 0, nodes = 0;
    document.querySelectorAll("#graph .edge").forEach(function (line) {
      var on = line.getAttribute("data-ev").split(" ").some(function (e) { return events[e]; });
      show(line, on);
      if (on) { edges += 1; linked[line.getAttribute("data-a")] = true; linked[line.getAttribute("data-b")] = true; }
    });
    document.querySelectorAll("#graph .node").forEach(function (node) {
      var id = node.getAttribute("data-node"), on = !!linked[id];
      show(node, on);
      node.classList.toggle("picked", id === st.person);
      if (on) { nodes += 1; }
    });
    document.querySelectorAll("#timeline .month").forEach(function (month) {
      show(month, !!month.querySelector(".item:not(.off)"));
    });
    document.querySelectorAll(".listing details.person").forEach(function (sp) {
      var n = sp.querySelectorAll(".item:not(.off)").length, total = sp.querySelector(".n").getAttribute("data-total");
      show(sp, n > 0);
      sp.querySelector(".n").textContent = String(n) === total ? total : n + " of " + total;
    });
    var shown = [];
    form.querySelectorAll('input[name="kind"]').forEach(function (box) {
      shown.push((counts[box.value] || 0) + " " + box.getAttribute("data-name"));
    });
    form.querySelector(".shown").textContent = shown.join(", ") + "; " + nodes + " nodes, " + edges + " edges shown";
    form.setAttribute("data-nodes", String(nodes));
    form.setAttribute("data-edges", String(edges));
  }

  document.querySelectorAll("#graph .node").forEach(function (node) {
    function pick() {
      var id = node.getAttribute("data-node");
      form.elements.person.value = form.elements.person.value === id ? "" : id;
      apply();
    }
    node.addEventListener("click", pick);
    node.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { pick(); } });
  });
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); });
  window.addEventListener("hashchange", route);
  apply();
  route();
})();
