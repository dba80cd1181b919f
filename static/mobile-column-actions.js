/*
 * On small screens the column headers scroll away, so "Column actions" opens a dialog listing every column;
 * tapping one reveals the same actions as its header menu (manager.columnActions, from table.js).
 */
(function () {
  function metaText(th) {
    var parts = [];
    if (th.dataset.columnType) parts.push(th.dataset.columnType);
    if (th.dataset.isPk === "1") parts.push("pk");
    if (th.dataset.columnNotNull === "1") parts.push("not null");
    return parts.join(", ");
  }

  function buildDialog() {
    // A dialog left by an earlier run (a page saved after this script ran) has no listeners: replace it.
    var stale = document.getElementById("mobile-column-actions-dialog");
    if (stale) stale.remove();
    var dialog = document.createElement("dialog");
    dialog.id = "mobile-column-actions-dialog";
    dialog.className = "mobile-column-actions-dialog";
    dialog.setAttribute("aria-labelledby", "mobile-column-actions-title");
    dialog.innerHTML =
      '<div class="modal-header"><span class="modal-title" id="mobile-column-actions-title">Column actions</span>' +
      '<span class="modal-meta"></span></div>' +
      '<div class="list-wrap mobile-column-list"></div>' +
      '<div class="modal-footer"><span class="footer-info">Tap a column to reveal actions.</span>' +
      '<button type="button" class="btn btn-ghost mobile-column-actions-done">Done</button></div>';
    document.body.appendChild(dialog);
    return dialog;
  }

  function fill(dialog, manager, headers) {
    var list = dialog.querySelector(".mobile-column-list");
    list.innerHTML = "";
    dialog.querySelector(".modal-meta").textContent =
      headers.length + " column" + (headers.length === 1 ? "" : "s");
    headers.forEach(function (th, i) {
      var section = document.createElement("div");
      section.className = "mobile-column-section";
      var header = document.createElement("button");
      header.type = "button";
      header.className = "col-header";
      header.setAttribute("aria-expanded", "false");
      header.setAttribute("aria-controls", "mobile-column-actions-" + i);
      var name = document.createElement("span");
      name.className = "mobile-column-name";
      name.textContent = th.dataset.column;
      header.appendChild(name);
      var meta = metaText(th);
      if (meta) {
        var metaSpan = document.createElement("span");
        metaSpan.className = "mobile-column-meta";
        metaSpan.textContent = meta;
        header.appendChild(metaSpan);
      }
      var actions = document.createElement("div");
      actions.id = "mobile-column-actions-" + i;
      actions.className = "col-actions";
      actions.hidden = true;
      var items = manager.columnActions.buildColumnActionItems(th, { includeShowAllColumns: false });
      if (!items.length) {
        var none = document.createElement("p");
        none.className = "mobile-column-no-actions";
        none.textContent = "No actions for this column.";
        actions.appendChild(none);
      }
      items.forEach(function (item) {
        var node = document.createElement(item.href ? "a" : "button");
        if (item.href) node.href = item.href;
        else node.type = "button";
        node.textContent = item.label;
        node.addEventListener("click", function (ev) {
          if (item.onClick) item.onClick.call(node, ev);
          if (!item.href || item.href === "#") dialog.close();
        });
        actions.appendChild(node);
      });
      header.addEventListener("click", function () {
        actions.hidden = !actions.hidden;
        header.setAttribute("aria-expanded", actions.hidden ? "false" : "true");
      });
      section.appendChild(header);
      section.appendChild(actions);
      list.appendChild(section);
    });
  }

  document.addEventListener("datasette_init", function (ev) {
    var manager = ev.detail;
    var trigger = document.querySelector(".column-actions-mobile");
    if (!trigger) return;
    var headers = Array.prototype.filter.call(
      document.querySelectorAll(manager.selectors.tableHeaders),
      function (th) {
        return th.dataset.column && th.dataset.isLinkColumn !== "1";
      },
    );
    if (!manager.columnActions || !window.HTMLDialogElement || !headers.length) {
      trigger.style.display = "none";
      return;
    }
    var dialog = buildDialog();
    dialog.querySelector(".mobile-column-actions-done").addEventListener("click", function () {
      dialog.close();
    });
    trigger.addEventListener("click", function () {
      fill(dialog, manager, headers);
      dialog.showModal();
    });
  });
})();
