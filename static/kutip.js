// Kutip dashboard: the few lines htmx does not cover. No build step.
"use strict";
document.addEventListener("click", function (event) {
  // A button with data-copy="#selector" copies that element's text to the clipboard.
  var button = event.target.closest("[data-copy]");
  if (!button) return;
  var source = document.querySelector(button.getAttribute("data-copy"));
  var status = button.parentElement.querySelector(".copied");
  if (!source) return;
  var text = source.textContent;
  var done = function () { if (status) status.textContent = button.getAttribute("data-copied") || "Copied"; };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(done, function () { fallback(text); done(); });
  } else {
    fallback(text);
    done();
  }
});

function fallback(text) {
  var area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "absolute";
  area.style.left = "-9999px";
  document.body.appendChild(area);
  area.select();
  try { document.execCommand("copy"); } catch (e) { /* the text stays selectable in the page */ }
  document.body.removeChild(area);
}
