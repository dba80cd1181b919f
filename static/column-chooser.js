/*
 * <column-chooser>: a dialog to pick which columns a table page shows and in what order. table.js calls
 * `chooser.open({columns, selected, onApply(chosen)})`. Its markup lives in a shadow root, so the page's
 * CSS does not reach it.
 */
(function () {
  if (!window.customElements || customElements.get("column-chooser")) return;
  var STYLE =
    "dialog{border:1px solid #ccc;border-radius:6px;padding:0;max-width:26em;width:90vw}" +
    ".modal-header,.modal-footer{display:flex;gap:.5em;align-items:center;padding:.6em 1em}" +
    ".modal-title{font-weight:bold;flex:1}.list-wrap{max-height:60vh;overflow:auto;padding:0 1em}" +
    "ul{list-style:none;margin:0;padding:0}li{display:flex;align-items:center;gap:.4em;padding:.25em 0}" +
    "li label{flex:1}.footer-info{flex:1;color:#666;font-size:.85em}button{font:inherit}";

  class ColumnChooser extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      var root = this.attachShadow({ mode: "open" });
      root.innerHTML =
        "<style>" +
        STYLE +
        "</style>" +
        '<dialog aria-labelledby="title"><div class="modal-header"><span class="modal-title" id="title">Choose columns</span>' +
        '<span class="modal-meta" id="count"></span></div>' +
        '<div class="list-toolbar modal-header"><button type="button" id="all">Select all</button>' +
        '<button type="button" id="none">Deselect all</button></div>' +
        '<div class="list-wrap"><ul id="list"></ul></div>' +
        '<div class="modal-footer"><span class="footer-info">Use ↑ ↓ to reorder</span>' +
        '<button type="button" id="cancel">Cancel</button><button type="button" id="apply">Apply</button></div></dialog>';
      root.getElementById("cancel").addEventListener("click", function () {
        root.querySelector("dialog").close();
      });
      root.getElementById("all").addEventListener("click", () => this._setAll(true));
      root.getElementById("none").addEventListener("click", () => this._setAll(false));
      root.getElementById("apply").addEventListener("click", () => {
        var chosen = Array.prototype.filter
          .call(root.querySelectorAll("#list input"), function (box) {
            return box.checked;
          })
          .map(function (box) {
            return box.value;
          });
        root.querySelector("dialog").close();
        if (this._onApply) this._onApply(chosen);
      });
    }

    _setAll(checked) {
      this.shadowRoot.querySelectorAll("#list input").forEach(function (box) {
        box.checked = checked;
      });
      this._count();
    }

    _count() {
      var boxes = this.shadowRoot.querySelectorAll("#list input");
      var on = Array.prototype.filter.call(boxes, function (b) {
        return b.checked;
      }).length;
      this.shadowRoot.getElementById("count").textContent = on + " of " + boxes.length + " selected";
    }

    open(options) {
      this.connectedCallback();
      var root = this.shadowRoot;
      this._onApply = options.onApply;
      var list = root.getElementById("list");
      list.innerHTML = "";
      // Selected columns first in their current order, then the rest.
      var order = options.selected.concat(
        options.columns.filter(function (c) {
          return options.selected.indexOf(c) < 0;
        }),
      );
      order.forEach((column) => {
        var li = document.createElement("li");
        var label = document.createElement("label");
        var box = document.createElement("input");
        box.type = "checkbox";
        box.value = column;
        box.checked = options.selected.indexOf(column) >= 0;
        box.addEventListener("change", () => this._count());
        label.appendChild(box);
        label.appendChild(document.createTextNode(" " + column));
        li.appendChild(label);
        [
          ["↑", -1],
          ["↓", 1],
        ].forEach(function (move) {
          var b = document.createElement("button");
          b.type = "button";
          b.textContent = move[0];
          b.setAttribute("aria-label", "Move " + column + (move[1] < 0 ? " up" : " down"));
          b.addEventListener("click", function () {
            var sibling = move[1] < 0 ? li.previousElementSibling : li.nextElementSibling;
            if (sibling) list.insertBefore(li, move[1] < 0 ? sibling : sibling.nextSibling);
          });
          li.appendChild(b);
        });
        list.appendChild(li);
      });
      this._count();
      root.querySelector("dialog").showModal();
    }
  }
  customElements.define("column-chooser", ColumnChooser);
})();
