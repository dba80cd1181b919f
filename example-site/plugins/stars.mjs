/**
 * The example site's own plugin, on the same hooks a Datasette plugin uses (in camelCase):
 * - renderCell shows the plugins table's stars as "★ 112";
 * - prepareConnection adds a SQL function, years_since(date), used by the plugin pages;
 * - extraTemplateVars gives every template `repository_url`.
 */
export default {
  name: "example-stars",
  version: "1.0.0",
  renderCell({ value, column, table }) {
    if (table === "plugins" && column === "stars" && typeof value === "number") {
      return `<span class="stars">${value}</span>`;
    }
    return null;
  },
  prepareConnection(conn) {
    conn.function("years_since", { deterministic: false }, (date) =>
      date ? Math.floor((Date.now() - Date.parse(String(date))) / (365.25 * 24 * 3600 * 1000)) : null,
    );
  },
  extraTemplateVars() {
    return { repository_url: "https://github.com/datasette-export/datasette-export" };
  },
};
