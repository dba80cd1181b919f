/*
 * Menus built from <details class="details-menu"> (the navigation menu, page action menus): a click
 * outside closes them, Escape closes them and returns focus to their summary, arrow keys move between
 * their items, and the summary's aria-expanded follows the open state.
 */
(function () {
  function openMenus() {
    return Array.prototype.slice.call(document.querySelectorAll("details.details-menu[open]"));
  }

  document.addEventListener("click", function (ev) {
    var inside = ev.target instanceof Element ? ev.target.closest("details") : null;
    openMenus().forEach(function (menu) {
      if (menu !== inside) menu.open = false;
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll("details.details-menu"), function (menu) {
    var summary = menu.querySelector("summary");
    menu.addEventListener("toggle", function () {
      if (summary) summary.setAttribute("aria-expanded", menu.open ? "true" : "false");
      var first = menu.open && menu.querySelector('[role="menuitem"]');
      if (first) first.focus();
    });
  });

  document.addEventListener("keydown", function (ev) {
    var menus = openMenus();
    if (!menus.length) return;
    if (ev.key === "Escape") {
      menus.forEach(function (menu) {
        menu.open = false;
        var summary = menu.querySelector("summary");
        if (summary) summary.focus();
      });
      return;
    }
    if (ev.key !== "ArrowDown" && ev.key !== "ArrowUp") return;
    menus.forEach(function (menu) {
      var items = Array.prototype.slice.call(menu.querySelectorAll('[role="menuitem"]'));
      var at = items.indexOf(document.activeElement);
      if (at < 0) return;
      ev.preventDefault();
      var step = ev.key === "ArrowDown" ? 1 : -1;
      items[(at + step + items.length) % items.length].focus();
    });
  });
})();
