/*
 * The page's JavaScript plugin registry, as Datasette's datasette-manager.js documents it
 * (docs/javascript_plugins.rst): plugins listen for the `datasette_init` event and call
 * `manager.registerPlugin(name, {version, makeColumnActions, makeAboveTablePanelConfigs})`.
 * The table page's own scripts start from the same event.
 */
(function () {
  var selectors = {
    jsonExportLink: ".export-links a[href*=json]",
    tableWrapper: ".table-wrapper",
    table: "table.rows-and-columns",
    aboveTablePanel: ".above-table-panel",
    tableHeaders: "table.rows-and-columns th",
    filterRows: ".filter-row",
    facetResults: ".facet-results [data-column]",
  };

  var manager = {
    VERSION: window.datasetteVersion,
    selectors: selectors,
    plugins: new Map(),

    registerPlugin: function (name, plugin) {
      if (manager.plugins.has(name)) console.warn("Plugin " + name + " was registered twice");
      manager.plugins.set(name, plugin);
      if (plugin.makeAboveTablePanelConfigs) manager.renderAboveTablePanel();
    },

    /** Every plugin's extra column actions for one column: [{label, href?, onClick?}]. */
    makeColumnActions: function (columnMeta) {
      var actions = [];
      manager.plugins.forEach(function (plugin) {
        if (plugin.makeColumnActions) actions.push.apply(actions, plugin.makeColumnActions(columnMeta) || []);
      });
      return actions;
    },

    makeJumpSections: function (context) {
      var sections = [];
      manager.plugins.forEach(function (plugin) {
        if (plugin.makeJumpSections) sections.push.apply(sections, plugin.makeJumpSections(context) || []);
      });
      return sections;
    },

    /** Tabs above the table, one per panel a plugin offers; the first is shown. */
    renderAboveTablePanel: function () {
      var panel = document.querySelector(selectors.aboveTablePanel);
      if (!panel) return;
      var controls = panel.querySelector(".tab-controls");
      var contents = panel.querySelector(".tab-contents");
      if (!controls) {
        controls = document.createElement("div");
        controls.className = "tab-controls";
        contents = document.createElement("div");
        contents.className = "tab-contents";
        panel.appendChild(controls);
        panel.appendChild(contents);
      }
      manager.plugins.forEach(function (plugin, pluginName) {
        if (!plugin.makeAboveTablePanelConfigs) return;
        plugin.makeAboveTablePanelConfigs().forEach(function (config) {
          var id = pluginName + "_" + config.id + "_panel-content";
          if (document.getElementById(id)) return;
          var node = document.createElement("div");
          node.id = id;
          node.hidden = contents.children.length > 0;
          config.render(node);
          var button = document.createElement("button");
          button.type = "button";
          button.textContent = config.label;
          button.addEventListener("click", function () {
            Array.prototype.forEach.call(contents.children, function (child) {
              child.hidden = child !== node;
            });
          });
          controls.appendChild(button);
          contents.appendChild(node);
        });
      });
    },
  };

  window.__DATASETTE__ = manager;
  function init() {
    document.dispatchEvent(new CustomEvent("datasette_init", { detail: manager }));
  }
  // DOMContentLoaded comes after every deferred script (table.js too) has added its listener.
  if (document.readyState === "complete") init();
  else document.addEventListener("DOMContentLoaded", init);
})();
