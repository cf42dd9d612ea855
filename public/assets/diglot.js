// Diglot's only script: previews on hover and focus. Everything it shows is also reachable without it:
// glossed terms link to the glossary, note calls to their notes, editor's marks to the editor's notes.
(function () {
  "use strict";
  var tip = null;
  var owner = null;
  var hideTimer = 0;

  function content(trigger) {
    var gloss = trigger.getAttribute("data-gloss");
    if (gloss) {
      var store = document.getElementById("diglot-glosses");
      var entry = store && store.content.querySelector('[data-gloss="' + gloss + '"]');
      return entry ? entry.cloneNode(true) : null;
    }
    var href = trigger.getAttribute("href") || "";
    var hash = href.indexOf("#");
    if (hash < 0) return null;
    var target = document.getElementById(decodeURIComponent(href.slice(hash + 1)));
    if (!target) return null;
    var body = target.querySelector(".note-body") || target.querySelector("p") || target;
    var copy = body.cloneNode(true);
    // A preview is for reading: its links and ids would duplicate the note's own.
    Array.prototype.forEach.call(copy.querySelectorAll("[id]"), function (el) { el.removeAttribute("id"); });
    Array.prototype.forEach.call(copy.querySelectorAll("a"), function (a) { a.setAttribute("tabindex", "-1"); });
    return copy;
  }

  function show(trigger) {
    clearTimeout(hideTimer);
    if (owner === trigger) return;
    hide();
    var body = content(trigger);
    if (!body) return;
    tip = document.createElement("div");
    tip.id = "diglot-tip";
    tip.setAttribute("role", "tooltip");
    tip.className = "tip" + (trigger.hasAttribute("data-gloss") || trigger.hasAttribute("data-ed-note") ? " tip-editorial" : "");
    tip.appendChild(body);
    tip.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
    tip.addEventListener("mouseleave", scheduleHide);
    document.body.appendChild(tip);
    var rect = trigger.getBoundingClientRect();
    var width = Math.min(420, document.documentElement.clientWidth - 16);
    tip.style.maxWidth = width + "px";
    var left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
    tip.style.left = left + "px";
    tip.style.top = (rect.bottom + window.scrollY + 6) + "px";
    owner = trigger;
    trigger.setAttribute("aria-describedby", "diglot-tip");
  }

  function hide() {
    if (tip) tip.remove();
    if (owner) owner.removeAttribute("aria-describedby");
    tip = null;
    owner = null;
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 250);
  }

  function triggerOf(node) {
    return node && node.closest ? node.closest('a.gloss, a[role="doc-noteref"], a[data-ed-note]') : null;
  }

  document.addEventListener("mouseover", function (event) { var t = triggerOf(event.target); if (t) show(t); });
  document.addEventListener("mouseout", function (event) { if (triggerOf(event.target)) scheduleHide(); });
  document.addEventListener("focusin", function (event) { var t = triggerOf(event.target); if (t) show(t); else hide(); });
  document.addEventListener("focusout", function (event) { if (triggerOf(event.target)) scheduleHide(); });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape") hide(); });
})();
