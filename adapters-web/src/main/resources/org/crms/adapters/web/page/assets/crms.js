// Progressive enhancement only: every page works without this script.
(function () {
  "use strict";

  // A button or link with data-confirm asks before it acts (deletes, deactivations).
  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-confirm]");
    if (target && !window.confirm(target.getAttribute("data-confirm"))) {
      event.preventDefault();
    }
  });

  // A checkbox with data-select-all="name" ticks or clears every checkbox of that name in its form.
  document.addEventListener("change", function (event) {
    var all = event.target.closest("[data-select-all]");
    if (!all) {
      return;
    }
    var name = all.getAttribute("data-select-all");
    var boxes = document.querySelectorAll('input[type="checkbox"][name="' + name + '"]');
    boxes.forEach(function (box) {
      box.checked = all.checked;
    });
  });

  // A select with data-autosubmit sends its form when changed (the form still has a submit button).
  document.addEventListener("change", function (event) {
    if (event.target.matches("select[data-autosubmit]")) {
      event.target.form.submit();
    }
  });
})();
