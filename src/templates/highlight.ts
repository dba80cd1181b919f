/**
 * Syntax highlighting for markdown's `codehilite` extension, marked up the way Pygments marks it up
 * (`<span class="k">def</span>`), so the Pygments stylesheets Datasette sites already carry colour it.
 *
 * This is a small tokenizer, not Pygments: it knows Python, SQL, JavaScript and JSON (by the fence's
 * language name, Pygments' aliases included), gives each token Pygments' short class name (k keyword,
 * kc constant, kn import, nf/nc a defined function/class, nb builtin, n name, s1/s2 single/double-quoted
 * string, sb backtick string, ss SQL quoted identifier, nt JSON key, mi/mf integer/float, o operator,
 * ow word operator, p punctuation, c1 line comment, cm block comment), joins neighbouring tokens of one
 * class into one span as Pygments does, and leaves whitespace unmarked. Other languages, and code
 * without a language, are escaped only — as Pygments' plain-text lexer does.
 */

type Rule = [cls: string | null, pattern: RegExp];

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const NUMBER: Rule[] = [
  ["mf", /^(\d+\.\d*|\.\d+)([eE][+-]?\d+)?|^\d+[eE][+-]?\d+/],
  ["mi", /^\d+/],
];

const PYTHON_KEYWORDS =
  "assert async await break continue del elif else except finally for global if lambda nonlocal pass raise return try while with yield def class";
const PYTHON_BUILTINS =
  "abs all any bool dict enumerate filter float format getattr hasattr int isinstance len list map max min open print range repr reversed round set sorted str sum super tuple type zip";

const SQL_KEYWORDS =
  "select distinct from where and or not in is null like glob between group by having order asc desc limit offset " +
  "join inner left right outer cross natural on using union all intersect except as case when then else end " +
  "insert into values update set delete create table view index unique primary key foreign references " +
  "drop alter add column if exists with recursive over partition window filter escape collate cast " +
  "integer int text real blob numeric boolean varchar default check constraint trigger begin commit rollback";

function words(list: string, flags = ""): RegExp {
  return new RegExp(`^(?:${list.split(/\s+/).join("|")})\\b`, flags);
}

const LANGUAGES: Record<string, Rule[]> = {
  python: [
    ["c1", /^#[^\n]*/],
    ["s2", /^[rbuf]*"""[\s\S]*?"""|^[rbuf]*"(?:\\.|[^"\\\n])*"/i],
    ["s1", /^[rbuf]*'''[\s\S]*?'''|^[rbuf]*'(?:\\.|[^'\\\n])*'/i],
    ...NUMBER,
    ["kc", words("True False None")],
    ["kn", words("import from as")],
    ["ow", words("and or not in is")],
    ["k", words(PYTHON_KEYWORDS)],
    ["nb", words(PYTHON_BUILTINS)],
    ["n", /^[A-Za-z_]\w*/],
    ["o", /^(\*\*|\/\/|==|!=|<=|>=|->|[-+*/%@&|^~<>=])/],
    ["p", /^[()[\]{},:;.]/],
  ],
  sql: [
    ["c1", /^--[^\n]*/],
    ["cm", /^\/\*[\s\S]*?\*\//],
    ["s1", /^'(?:''|[^'])*'/],
    ["ss", /^"(?:""|[^"])*"|^\[[^\]]*\]|^`[^`]*`/],
    ...NUMBER,
    ["k", words(SQL_KEYWORDS, "i")],
    ["n", /^[A-Za-z_]\w*/],
    ["nv", /^[:$@][A-Za-z_]\w*|^\?\d*/],
    ["o", /^(\|\||<>|!=|<=|>=|==|<<|>>|[-+*/%<>=&|~])/],
    ["p", /^[(),;.]/],
  ],
  javascript: [
    ["c1", /^\/\/[^\n]*/],
    ["cm", /^\/\*[\s\S]*?\*\//],
    ["s2", /^"(?:\\.|[^"\\\n])*"/],
    ["s1", /^'(?:\\.|[^'\\\n])*'/],
    ["sb", /^`(?:\\.|[^`\\])*`/],
    ...NUMBER,
    ["kc", words("true false null undefined NaN Infinity")],
    [
      "k",
      words(
        "async await break case catch class const continue debugger default delete do else export extends finally for function if import in instanceof let new of return static super switch this throw try typeof var void while with yield from",
      ),
    ],
    ["n", /^[A-Za-z_$][\w$]*/],
    ["o", /^(===|!==|=>|==|!=|<=|>=|&&|\|\||\?\?|\+\+|--|[-+*/%<>=!&|^~?])/],
    ["p", /^[()[\]{},:;.]/],
  ],
  json: [
    ["nt", /^"(?:\\.|[^"\\])*"(?=\s*:)/],
    ["s2", /^"(?:\\.|[^"\\])*"/],
    ["mf", /^-?(\d+\.\d+([eE][+-]?\d+)?|\d+[eE][+-]?\d+)/],
    ["mi", /^-?\d+/],
    ["kc", words("true false null")],
    ["p", /^[[\]{},:]/],
  ],
};

const ALIASES: Record<string, string> = {
  py: "python",
  python3: "python",
  py3: "python",
  sqlite: "sql",
  sqlite3: "sql",
  js: "javascript",
  mjs: "javascript",
  node: "javascript",
};

/** The language a fence names, if we highlight it. */
export function highlightLanguage(name: string | undefined | null): string | null {
  if (!name) return null;
  const lower = name.toLowerCase();
  const lang = ALIASES[lower] ?? lower;
  return lang in LANGUAGES ? lang : null;
}

/** Highlights `code` as `language` (see highlightLanguage): escaped HTML with Pygments' spans. */
export function highlight(code: string, language: string | null): string {
  const rules = language ? LANGUAGES[language] : undefined;
  if (!rules) return escapeHtml(code);
  const tokens: [string | null, string][] = [];
  let rest = code;
  let afterDefinition: "nf" | "nc" | null = null;
  while (rest) {
    const space = /^\s+/.exec(rest);
    if (space) {
      tokens.push([null, space[0]]);
      rest = rest.slice(space[0].length);
      continue;
    }
    let matched: [string | null, string] = ["err", rest[0]!];
    for (const [cls, pattern] of rules) {
      const m = pattern.exec(rest);
      if (m && m[0]) {
        matched = [cls, m[0]];
        break;
      }
    }
    // Python names the function or class a def/class statement defines.
    if (matched[0] === "n" && afterDefinition) matched = [afterDefinition, matched[1]];
    afterDefinition =
      language === "python" && matched[0] === "k" && (matched[1] === "def" || matched[1] === "class")
        ? matched[1] === "def"
          ? "nf"
          : "nc"
        : null;
    tokens.push(matched);
    rest = rest.slice(matched[1].length);
  }
  let html = "";
  for (let i = 0; i < tokens.length; i++) {
    const [cls, text] = tokens[i]!;
    let joined = text;
    while (cls && tokens[i + 1]?.[0] === cls) joined += tokens[++i]![1];
    html += cls ? `<span class="${cls}">${escapeHtml(joined)}</span>` : escapeHtml(joined);
  }
  return html;
}
