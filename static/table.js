/*
 * The table page's behaviours, started by `datasette_init` (datasette-manager.js):
 * - a cog in each sortable column header opens a menu: sort ascending/descending, facet by this, hide this
 *   column, show all columns, show not-blank rows, choose columns, and plugins' makeColumnActions items;
 * - the filter form's rows get remove (trash) and add (+) buttons;
 * - filter value inputs suggest the values of a facet shown for the chosen column (a <datalist>);
 * - <column-chooser> picks and orders the columns shown (?_col=).
 * The manager exposes the column action builders as `manager.columnActions` for mobile-column-actions.js.
 */
(function () {
  var COG =
    '<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 24 24" fill="none" ' +
    'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">' +
    '<circle cx="12" cy="12" r="3"></circle><path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1' +
    'M4.9 19.1 7 17M17 7l2.1-2.1"></path></svg>';
  var TRASH =
    '<svg class="filter-row-remove-icon" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="14" height="14" ' +
    'viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round">' +
    '<path d="M3 6h18M8 6V4h8v2M6 6l1 15h10l1-15M10 11v6M14 11v6"></path></svg>';
  var PLUS =
    '<svg class="filter-row-add-icon" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="16" height="16" ' +
    'viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round">' +
    '<path d="M5 12h14M12 5v14"></path></svg>';

  /** A link to this page with the query string changed by `edit(params)`; `_next` never survives. */
  function urlWith(edit) {
    var params = new URLSearchParams(location.search);
    edit(params);
    params.delete("_next");
    var qs = params.toString();
    return qs ? "?" + qs : location.pathname;
  }
  var urls = {
    sortAscUrl: function (column) {
      return urlWith(function (p) {
        p.set("_sort", column);
        p.delete("_sort_desc");
      });
    },
    sortDescUrl: function (column) {
      return urlWith(function (p) {
        p.set("_sort_desc", column);
        p.delete("_sort");
      });
    },
    facetUrl: function (column) {
      return urlWith(function (p) {
        p.append("_facet", column);
      });
    },
    hideColumnUrl: function (column) {
      return urlWith(function (p) {
        p.append("_nocol", column);
      });
    },
    showAllColumnsUrl: function () {
      return urlWith(function (p) {
        p.delete("_nocol");
        p.delete("_col");
      });
    },
    notBlankUrl: function (column) {
      return urlWith(function (p) {
        p.set(column + "__notblank", "1");
      });
    },
  };

  function columnMeta(th) {
    return {
      columnName: th.dataset.column,
      columnNotNull: th.dataset.columnNotNull === "1",
      columnType: th.dataset.columnType,
      isPk: th.dataset.isPk === "1",
    };
  }

  function columnTypeText(th) {
    if (!th.dataset.columnType) return null;
    return (
      "Type: " + th.dataset.columnType.toUpperCase() + (th.dataset.columnNotNull === "1" ? " NOT NULL" : "")
    );
  }

  function columnCells(th) {
    var table = th.closest("table");
    var colClass = Array.prototype.find.call(th.classList, function (c) {
      return c.indexOf("col-") === 0;
    });
    return table && colClass ? Array.prototype.slice.call(table.querySelectorAll("td." + colClass)) : [];
  }

  function chooserData() {
    return window._columnChooserData || null;
  }

  function shownFacets() {
    return Array.prototype.map.call(document.querySelectorAll(".facet-info"), function (el) {
      return el.dataset.column;
    });
  }

  /** The menu items for one column header, in Datasette's order, then the plugins' own. */
  function columnActionItems(manager, th, options) {
    options = options || {};
    var column = th.dataset.column;
    var params = new URLSearchParams(location.search);
    var headers = document.querySelectorAll(manager.selectors.tableHeaders);
    var sortable = Boolean(th.querySelector("a"));
    var items = [];
    if (sortable && params.get("_sort") !== column)
      items.push({ label: "Sort ascending", href: urls.sortAscUrl(column) });
    if (sortable && params.get("_sort_desc") !== column)
      items.push({ label: "Sort descending", href: urls.sortDescUrl(column) });
    var onlyPk = th.dataset.isPk === "1" && document.querySelectorAll('th[data-is-pk="1"]').length === 1;
    if (window.DATASETTE_ALLOW_FACET && headers[0] !== th && !onlyPk && shownFacets().indexOf(column) < 0)
      items.push({ label: "Facet by this", href: urls.facetUrl(column) });
    if (options.includeChooseColumns && chooserData() && document.querySelector("column-chooser"))
      items.push({
        label: "Choose columns",
        href: "#",
        onClick: function (ev) {
          ev.preventDefault();
          if (options.onChooseColumns) options.onChooseColumns();
          openColumnChooser();
        },
      });
    if (th.dataset.isPk !== "1" && headers.length > 1)
      items.push({ label: "Hide this column", href: urls.hideColumnUrl(column) });
    if (options.includeShowAllColumns && (params.has("_col") || params.has("_nocol")))
      items.push({ label: "Show all columns", href: urls.showAllColumnsUrl() });
    var hasBlank = columnCells(th).some(function (td) {
      return td.innerText.trim() === "";
    });
    if (hasBlank && params.get(column + "__notblank") !== "1")
      items.push({ label: "Show not-blank rows", href: urls.notBlankUrl(column) });
    return items.concat(manager.makeColumnActions(columnMeta(th)));
  }

  function actionLink(item) {
    var a = document.createElement("a");
    a.textContent = item.label;
    a.href = item.href || "#";
    if (item.onClick) a.addEventListener("click", item.onClick);
    return a;
  }

  function buildMenu() {
    var menu = document.createElement("div");
    menu.className = "dropdown-menu";
    menu.innerHTML =
      '<div class="hook"></div><ul class="dropdown-actions"></ul>' +
      '<p class="dropdown-column-type"></p><p class="dropdown-column-description"></p>';
    menu.style.position = "absolute";
    menu.style.display = "none";
    document.body.appendChild(menu);
    return menu;
  }

  function initColumnMenus(manager) {
    var menu = buildMenu();
    function close() {
      menu.style.display = "none";
      menu.classList.remove("anim-scale-in");
    }
    var wrapper = document.querySelector(manager.selectors.tableWrapper);
    if (wrapper) wrapper.addEventListener("scroll", close);
    document.addEventListener("click", function (ev) {
      if (!menu.contains(ev.target)) close();
    });
    document.addEventListener("keydown", function (ev) {
      if (ev.key === "Escape") close();
    });

    function open(th, icon) {
      var list = menu.querySelector(".dropdown-actions");
      list.innerHTML = "";
      columnActionItems(manager, th, {
        includeChooseColumns: true,
        includeShowAllColumns: true,
        onChooseColumns: close,
      }).forEach(function (item) {
        var li = document.createElement("li");
        li.appendChild(actionLink(item));
        list.appendChild(li);
      });
      var typeP = menu.querySelector(".dropdown-column-type");
      var type = columnTypeText(th);
      typeP.textContent = type || "";
      typeP.style.display = type ? "block" : "none";
      var descP = menu.querySelector(".dropdown-column-description");
      descP.textContent = th.dataset.columnDescription || "";
      descP.style.display = th.dataset.columnDescription ? "block" : "none";
      var rect = th.getBoundingClientRect();
      var left = rect.left + window.scrollX;
      menu.style.top = rect.bottom + window.scrollY + 6 + "px";
      menu.style.left = left + "px";
      menu.style.display = "block";
      menu.classList.add("anim-scale-in");
      // Keep the menu on screen, and point its hook (the little arrow) at the cog that opened it.
      var width = menu.offsetWidth;
      if (left + width > window.innerWidth) {
        left = Math.max(0, window.innerWidth - width - 20);
        menu.style.left = left + "px";
      }
      var iconRect = icon.getBoundingClientRect();
      menu.querySelector(".hook").style.left = Math.max(0, iconRect.left + window.scrollX - left + 1) + "px";
    }

    Array.prototype.forEach.call(document.querySelectorAll(manager.selectors.tableHeaders), function (th) {
      if (!th.querySelector("a")) return;
      var holder = document.createElement("div");
      holder.innerHTML = COG;
      var icon = holder.firstChild;
      icon.classList.add("dropdown-menu-icon");
      icon.setAttribute("role", "button");
      icon.setAttribute("aria-label", "Actions for column " + th.dataset.column);
      icon.addEventListener("click", function (ev) {
        ev.preventDefault();
        ev.stopPropagation();
        open(th, icon);
      });
      th.appendChild(icon);
    });
  }

  /* Filter rows: numbered inputs (_filter_column_N) for rows added with +, a trash button to drop one. */
  function filterRows(manager) {
    return Array.prototype.filter.call(
      document.querySelectorAll(manager.selectors.filterRows),
      function (row) {
        return row.querySelector(".filter-op");
      },
    );
  }

  function nextFilterNumber(manager) {
    return (
      filterRows(manager).reduce(function (max, row) {
        var m = /^_filter_column_(\d+)$/.exec(row.querySelector("select").name);
        return m ? Math.max(max, parseInt(m[1], 10)) : max;
      }, 0) + 1
    );
  }

  function nameRow(row, suffix) {
    row.querySelector("select").name = "_filter_column" + suffix;
    row.querySelector(".filter-op select").name = "_filter_op" + suffix;
    row.querySelector("input.filter-value").name = "_filter_value" + suffix;
  }

  function refreshFilterButtons(manager) {
    var rows = filterRows(manager);
    rows.forEach(function (row, i) {
      var remove = row.querySelector(".filter-row-remove");
      var add = row.querySelector(".filter-row-add");
      if (remove) remove.hidden = i === 0;
      if (add) add.hidden = i !== rows.length - 1 || !row.querySelector("select").value;
      var shown = [remove, add].filter(function (b) {
        return b && !b.hidden;
      }).length;
      row.classList.toggle("filter-controls-row-has-buttons", shown > 0);
      row.classList.toggle("filter-controls-row-one-button", shown === 1);
      row.classList.toggle("filter-controls-row-two-buttons", shown === 2);
    });
  }

  function iconButton(className, label, svg, onClick) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "filter-row-icon " + className;
    button.title = label;
    button.setAttribute("aria-label", label);
    button.innerHTML = svg;
    button.addEventListener("click", onClick);
    return button;
  }

  function addFilterButtons(row, manager) {
    row.appendChild(
      iconButton("filter-row-remove", "Remove this filter", TRASH, function () {
        row.remove();
        refreshFilterButtons(manager);
      }),
    );
    row.appendChild(
      iconButton("filter-row-add", "Add another filter", PLUS, function () {
        if (row.querySelector("select").name === "_filter_column")
          nameRow(row, "_" + nextFilterNumber(manager));
        var clone = row.cloneNode(true);
        clone.querySelectorAll(".filter-row-icon").forEach(function (b) {
          b.remove();
        });
        nameRow(clone, "");
        clone.querySelector("select").value = "";
        clone.querySelector(".filter-op select").value = "exact";
        clone.querySelector("input.filter-value").value = "";
        addFilterButtons(clone, manager);
        row.parentNode.insertBefore(clone, row.nextSibling);
        refreshFilterButtons(manager);
        clone.querySelector("select").focus();
      }),
    );
    row.querySelector("select").addEventListener("change", function () {
      refreshFilterButtons(manager);
    });
  }

  function initFilterRows(manager) {
    filterRows(manager).forEach(function (row) {
      addFilterButtons(row, manager);
    });
    refreshFilterButtons(manager);
  }

  /* A <datalist> of each shown facet's values, offered by a filter row whose column is that facet. */
  function initFilterSuggestions(manager) {
    Array.prototype.forEach.call(document.querySelectorAll(manager.selectors.facetResults), function (facet) {
      var list = document.createElement("datalist");
      list.id = "datalist-" + facet.dataset.column;
      facet.querySelectorAll("li:not(.facet-truncated) a[data-facet-value]").forEach(function (a) {
        var option = document.createElement("option");
        option.label = a.innerText;
        option.value = a.dataset.facetValue;
        list.appendChild(option);
      });
      facet.appendChild(list);
    });
    document.addEventListener("change", function (ev) {
      var select = ev.target;
      if (!select.name || select.name.indexOf("_filter_column") !== 0) return;
      var row = select.closest(manager.selectors.filterRows);
      var input = row && row.querySelector(".filter-value");
      if (input) input.setAttribute("list", "datalist-" + select.value);
    });
  }

  /** Opens <column-chooser> with this table's columns; applying it reloads with ?_col= in the chosen order. */
  function openColumnChooser() {
    var chooser = document.querySelector("column-chooser");
    var data = chooserData();
    if (!chooser || !data || !chooser.open) return;
    var notPk = function (c) {
      return data.primaryKeys.indexOf(c) < 0;
    };
    var all = data.allColumns.filter(notPk);
    chooser.open({
      columns: all,
      selected: data.selectedColumns.filter(notPk),
      onApply: function (chosen) {
        location.href = urlWith(function (p) {
          p.delete("_col");
          p.delete("_nocol");
          var unchanged = chosen.length === all.length && chosen.every((c, i) => c === all[i]);
          if (!unchanged)
            chosen.forEach(function (c) {
              p.append("_col", c);
            });
        });
      },
    });
  }
  window.openColumnChooser = openColumnChooser;

  /**
   * What an earlier run left in a page saved after it ran (the exporter writes the DOM after scripts):
   * dead markup without its listeners, removed so this run builds it afresh.
   */
  function removeEarlierRun(manager) {
    var stale = document.querySelectorAll(
      manager.selectors.tableHeaders +
        " .dropdown-menu-icon, body > .dropdown-menu, .filter-row-icon, " +
        manager.selectors.facetResults +
        " > datalist",
    );
    Array.prototype.forEach.call(stale, function (el) {
      el.remove();
    });
  }

  document.addEventListener("datasette_init", function (ev) {
    var manager = ev.detail;
    removeEarlierRun(manager);
    manager.columnActions = {
      buildColumnActionItems: function (th, options) {
        return columnActionItems(manager, th, options);
      },
      buildColumnActionState: function (th, options) {
        return {
          column: th.dataset.column,
          columnDescription: th.dataset.columnDescription || null,
          columnMeta: columnMeta(th),
          columnTypeText: columnTypeText(th),
          actionItems: columnActionItems(manager, th, options),
        };
      },
      getColumnMeta: columnMeta,
      getColumnTypeText: columnTypeText,
      sortAscUrl: urls.sortAscUrl,
      sortDescUrl: urls.sortDescUrl,
      facetUrl: urls.facetUrl,
      hideColumnUrl: urls.hideColumnUrl,
      showAllColumnsUrl: urls.showAllColumnsUrl,
      notBlankUrl: urls.notBlankUrl,
    };
    initColumnMenus(manager);
    initFilterRows(manager);
    initFilterSuggestions(manager);
    var chooseButton = document.querySelector("[data-open-column-chooser]");
    if (chooseButton) chooseButton.addEventListener("click", openColumnChooser);
  });
})();
