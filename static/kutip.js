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

// A speaker box (input[data-id-field], claims.forms.SpeakerNameInput): picking one of its
// suggestions puts that speaker's id in the hidden field it names; typing anything else clears
// the id, so the form reads the typed text instead.
function speakerBoxChanged(event) {
  var box = event.target;
  if (!box.matches || !box.matches("input[data-id-field]")) return;
  var hidden = document.getElementById(box.getAttribute("data-id-field"));
  if (!hidden) return;
  var picked = "";
  var options = box.list ? box.list.options : [];
  for (var i = 0; i < options.length; i++) {
    if (options[i].value === box.value) {
      picked = options[i].getAttribute("data-id") || "";
      break;
    }
  }
  hidden.value = picked;
}
document.addEventListener("input", speakerBoxChanged);
document.addEventListener("change", speakerBoxChanged);
