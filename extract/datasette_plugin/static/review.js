// Reviewing extractions on the notice page (policykb, issue 13): selecting text of
// the notice fills the "add a row" form with its offsets into documents.text.
// Served as a static file (no inline script): the page's Content-Security-Policy
// allows scripts from this origin only.
(function () {
  "use strict";
  var form = document.getElementById("rv-add");
  if (!form) { return; }
  var tableSelect = document.getElementById("rv-table");

  function showFields() {
    form.querySelectorAll("fieldset[data-table]").forEach(function (fs) {
      var on = fs.getAttribute("data-table") === tableSelect.value;
      fs.disabled = !on;
      fs.hidden = !on;
    });
  }
  tableSelect.addEventListener("change", showFields);
  showFields();

  // Offsets count code points, as Python does; the DOM counts UTF-16 units.
  function codePoints(s) { return Array.from(s).length; }

  function sentenceOf(node) {
    var el = node && (node.nodeType === 3 ? node.parentElement : node);
    return el && el.closest ? el.closest("span.ptext") : null;
  }

  function pick() {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return; }
    var range = sel.getRangeAt(0);
    var a = sentenceOf(range.startContainer);
    var b = sentenceOf(range.endContainer);
    if (!a || a !== b) { return; }  // only a stretch of one sentence of the notice
    var before = document.createRange();
    before.selectNodeContents(a);
    before.setEnd(range.startContainer, range.startOffset);
    var selected = range.toString();
    var start = parseInt(a.getAttribute("data-start"), 10) + codePoints(before.toString());
    form.elements.start.value = String(start);
    form.elements.end.value = String(start + codePoints(selected));
    form.elements.evidence.value = selected;
    document.getElementById("rv-selected").textContent = selected;
    form.hidden = false;
  }

  document.addEventListener("mouseup", function () { window.setTimeout(pick, 0); });
  document.addEventListener("keyup", function (e) { if (e.shiftKey) { pick(); } });
  document.getElementById("rv-cancel").addEventListener("click", function () { form.hidden = true; });
  form.setAttribute("data-ready", "1");
})();
