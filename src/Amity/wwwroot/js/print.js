// The briefing's Print button: wired here rather than in an onclick attribute, which the Content-Security-Policy forbids.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.addEventListener("click", function () { window.print(); });
});
