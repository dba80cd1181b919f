/*
 * <navigation-search url="/-/jump">: the "Jump to..." dialog of the navigation menu. "/" (outside a text
 * field) or a [data-navigation-search-open] button opens it; typing asks `url?q=…` for matching
 * databases, tables, views and queries; arrow keys choose, Enter goes there, Escape closes.
 */
(function () {
  if (!window.customElements || customElements.get("navigation-search")) return;
  var STYLE =
    "dialog{border:0;border-radius:8px;padding:0;width:min(36rem,94vw);box-shadow:0 10px 30px rgba(0,0,0,.3)}" +
    "dialog::backdrop{background:rgba(0,0,0,.35)}input{font:inherit;font-size:1.1rem;width:100%;" +
    "box-sizing:border-box;border:0;border-bottom:1px solid #ddd;padding:.8rem 1rem;outline:none}" +
    "ul{list-style:none;margin:0;padding:.3rem 0;max-height:60vh;overflow:auto}" +
    "li a{display:block;padding:.45rem 1rem;color:#111a35;text-decoration:none}" +
    "li[aria-selected=true] a{background:#e8f0f6}.type{float:right;color:#888;font-size:.8rem}" +
    ".empty{padding:.6rem 1rem;color:#888}";

  class NavigationSearch extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var root = this.attachShadow({ mode: "open" });
      root.innerHTML =
        "<style>" +
        STYLE +
        "</style>" +
        '<dialog aria-label="Jump to"><input type="search" placeholder="Jump to a database, table or query"' +
        ' aria-label="Jump to" autocomplete="off"><ul role="listbox"></ul></dialog>';
      this.dialog = root.querySelector("dialog");
      this.input = root.querySelector("input");
      this.list = root.querySelector("ul");
      this.selected = 0;
      this.input.addEventListener("input", () => this.search());
      this.input.addEventListener("keydown", (ev) => this.onKey(ev));
      this.dialog.addEventListener("click", (ev) => {
        if (ev.target === this.dialog) this.dialog.close();
      });
      this.dialog.addEventListener("close", () => this.setExpanded(false));
      document.addEventListener("keydown", (ev) => {
        var t = ev.target;
        var typing = t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
        if (ev.key === "/" && !typing && !ev.metaKey && !ev.ctrlKey && !this.dialog.open) {
          ev.preventDefault();
          this.open();
        }
      });
      document.querySelectorAll("[data-navigation-search-open]").forEach((button) => {
        button.addEventListener("click", () => {
          var menu = button.closest("details");
          if (menu) menu.open = false;
          this.open();
        });
      });
    }

    setExpanded(open) {
      document.querySelectorAll("[data-navigation-search-open]").forEach(function (button) {
        button.setAttribute("aria-expanded", open ? "true" : "false");
      });
    }

    open() {
      this.dialog.showModal();
      this.setExpanded(true);
      this.input.value = "";
      this.input.focus();
      this.search();
    }

    async search() {
      var q = this.input.value;
      var url = (this.getAttribute("url") || "/-/jump") + "?q=" + encodeURIComponent(q);
      var data;
      try {
        data = await (await fetch(url, { headers: { accept: "application/json" } })).json();
      } catch {
        data = { matches: [] };
      }
      if (q !== this.input.value) return; // a later keystroke has its own answer coming
      this.render(data.matches || []);
    }

    render(matches) {
      this.list.innerHTML = "";
      this.selected = 0;
      if (!matches.length) {
        var empty = document.createElement("li");
        empty.className = "empty";
        empty.textContent = "No matches";
        this.list.appendChild(empty);
        return;
      }
      matches.forEach((match, i) => {
        var li = document.createElement("li");
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", i === 0 ? "true" : "false");
        var a = document.createElement("a");
        a.href = match.url;
        a.textContent = match.display_name || match.name;
        var type = document.createElement("span");
        type.className = "type";
        type.textContent = match.type;
        a.appendChild(type);
        li.appendChild(a);
        this.list.appendChild(li);
      });
    }

    onKey(ev) {
      var options = this.list.querySelectorAll("li[role=option]");
      if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
        ev.preventDefault();
        if (!options.length) return;
        this.selected = (this.selected + (ev.key === "ArrowDown" ? 1 : -1) + options.length) % options.length;
        options.forEach((li, i) => li.setAttribute("aria-selected", i === this.selected ? "true" : "false"));
        options[this.selected].scrollIntoView({ block: "nearest" });
      } else if (ev.key === "Enter" && options[this.selected]) {
        ev.preventDefault();
        location.href = options[this.selected].querySelector("a").href;
      }
    }
  }
  customElements.define("navigation-search", NavigationSearch);
})();
