// Collapsible navigation on narrow screens. Without JavaScript the menu simply stays open.
(function () {
  "use strict";
  var toggle = document.querySelector(".nav-toggle");
  var menu = document.getElementById("site-menu");
  if (!toggle || !menu) return;

  var narrow = window.matchMedia("(max-width: 47.99em)");

  function setOpen(open) {
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    menu.classList.toggle("is-open", open);
  }

  function sync() {
    toggle.hidden = !narrow.matches;
    document.documentElement.classList.toggle("has-nav-toggle", narrow.matches);
    setOpen(false);
  }

  toggle.addEventListener("click", function () {
    setOpen(toggle.getAttribute("aria-expanded") !== "true");
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && menu.classList.contains("is-open")) {
      setOpen(false);
      toggle.focus();
    }
  });
  narrow.addEventListener("change", sync);
  sync();
})();
