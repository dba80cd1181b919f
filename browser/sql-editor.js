/*
 * The SQL editor of the database and query pages, bundled by browser/build.mjs into static/sql-editor.js:
 * CodeMirror 6 with SQLite highlighting and completion of the database's tables and columns, replacing
 * <textarea id="sql-editor">; Shift-Enter or Cmd/Ctrl-Enter runs the query; <button id="sql-format">
 * ("Format SQL") reformats it with sql-formatter. A read-only <pre id="sql-query"> gets the button too
 * when formatting would change it. Without this bundle the plain textarea still works.
 */
import {
  EditorView,
  crosshairCursor,
  drawSelection,
  dropCursor,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  rectangularSelection,
} from "@codemirror/view";
import { Compartment, EditorState } from "@codemirror/state";
import {
  bracketMatching,
  defaultHighlightStyle,
  foldGutter,
  foldKeymap,
  forceParsing,
  indentOnInput,
  syntaxHighlighting,
} from "@codemirror/language";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { highlightSelectionMatches, searchKeymap } from "@codemirror/search";
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from "@codemirror/autocomplete";
import { sql, SQLite } from "@codemirror/lang-sql";
import { formatDialect, sqlite } from "sql-formatter";

/*
 * CodeMirror's basic setup, except that completion starts on the first focus: until then the editor's
 * DOM depends on nothing but its text, so a page the exporter renders is the same on every run.
 */
const completion = new Compartment();
const setup = [
  lineNumbers(),
  highlightActiveLineGutter(),
  highlightSpecialChars(),
  history(),
  foldGutter(),
  drawSelection(),
  dropCursor(),
  EditorState.allowMultipleSelections.of(true),
  indentOnInput(),
  syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
  bracketMatching(),
  closeBrackets(),
  rectangularSelection(),
  crosshairCursor(),
  highlightActiveLine(),
  highlightSelectionMatches(),
  completion.of([]),
  keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...foldKeymap]),
];
const completionOnFocus = EditorView.focusChangeEffect.of((state, focusing) =>
  focusing && !completion.get(state).length
    ? completion.reconfigure([autocompletion(), keymap.of(completionKeymap)])
    : null,
);

function formatSql(text) {
  try {
    return formatDialect(text, { dialect: sqlite });
  } catch {
    return text; // not SQL the formatter understands: leave it as the user wrote it
  }
}

/**
 * Replaces a textarea with an editor that writes back into it whenever its form is submitted. An editor
 * left before the textarea by an earlier run (a page saved after this script ran) is dead markup: replaced.
 */
export function editorFromTextArea(textarea, options = {}) {
  const stale = textarea.previousElementSibling;
  if (stale && stale.classList.contains("cm-editor")) stale.remove();
  const submit = () => {
    textarea.value = view.state.doc.toString();
    if (textarea.form) textarea.form.requestSubmit();
    return true;
  };
  const view = new EditorView({
    doc: textarea.value,
    extensions: [
      keymap.of([
        { key: "Shift-Enter", run: submit },
        { key: "Mod-Enter", run: submit },
      ]),
      setup,
      completionOnFocus,
      EditorView.lineWrapping,
      sql({ dialect: SQLite, schema: options.schema || {}, upperCaseKeywords: false }),
    ],
  });
  // CodeMirror parses on a 20 ms budget and finishes later when idle, so on a busy machine the first
  // paint highlights only part of the query, and an exported page would differ from run to run. A query
  // is short: parse all of it now.
  forceParsing(view, view.state.doc.length, 5_000);
  new ResizeObserver(() => view.requestMeasure()).observe(view.dom);
  textarea.parentNode.insertBefore(view.dom, textarea);
  textarea.style.display = "none";
  if (textarea.form)
    textarea.form.addEventListener("submit", () => {
      textarea.value = view.state.doc.toString();
    });
  return view;
}

function start() {
  const textarea = document.querySelector("textarea#sql-editor");
  const readOnly = document.querySelector("pre#sql-query");
  const button = document.querySelector("button#sql-format");
  if (textarea) {
    const view = editorFromTextArea(textarea, { schema: window.datasetteSqlSchema || {} });
    window.editor = view;
    if (button) {
      button.hidden = false;
      button.addEventListener("click", () => {
        const formatted = formatSql(view.state.doc.toString());
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: formatted } });
      });
    }
  } else if (readOnly && button) {
    const formatted = formatSql(readOnly.textContent);
    if (formatted !== readOnly.textContent) {
      button.hidden = false;
      button.addEventListener("click", () => {
        readOnly.textContent = formatted;
      });
    }
  }
}

// Datasette's names, for templates and plugins written against its editor bundle.
window.cm = { editorFromTextArea };
window.sqlFormatter = { format: formatSql };

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
