/**
 * Rewrites the Jinja2 syntax that Nunjucks's lexer cannot read, before Nunjucks sees the source:
 * triple-quoted strings (`"""…"""`, common for multi-line SQL) become ordinary quoted strings.
 * It walks the template as Nunjucks's lexer does — text, `{{ }}`/`{% %}` tags with their strings,
 * `{# #}` comments, `{% raw %}` blocks — so text outside tags and quotes inside strings are left alone.
 */

const RAW_START = /^\{%-?\s*(raw|verbatim)\s*-?%\}/;

/** Converts the body of a Python triple-quoted string into a Nunjucks double-quoted string. */
function requote(body: string): string {
  let out = '"';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === "\\" && i + 1 < body.length) {
      out += c + body[i + 1];
      i++;
    } else if (c === '"') {
      out += '\\"';
    } else {
      out += c; // newlines stay literal so line numbers in errors still match the file
    }
  }
  return out + '"';
}

/** Scans one tag from `start` (just after `{{` or `{%`) to its closing delimiter, rewriting strings. */
function scanTag(src: string, start: number, close: string): { text: string; end: number } {
  let out = "";
  let i = start;
  while (i < src.length) {
    if (src.startsWith(close, i)) return { text: out + close, end: i + close.length };
    const c = src[i]!;
    if (c === '"' || c === "'") {
      const triple = c.repeat(3);
      if (src.startsWith(triple, i)) {
        const endAt = src.indexOf(triple, i + 3);
        if (endAt < 0) throw new Error(`Unterminated triple-quoted string at offset ${i}`);
        out += requote(src.slice(i + 3, endAt));
        i = endAt + 3;
        continue;
      }
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === "\\" ? 2 : 1;
      out += src.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    out += c;
    i++;
  }
  return { text: out, end: i };
}

/** Returns the template source with Jinja-only syntax rewritten for Nunjucks; unchanged otherwise. */
export function preprocessTemplate(src: string): string {
  if (!src.includes('"""') && !src.includes("'''")) return src;
  let out = "";
  let i = 0;
  while (i < src.length) {
    const open = src.indexOf("{", i);
    if (open < 0) break;
    out += src.slice(i, open);
    const two = src.slice(open, open + 2);
    if (two === "{#") {
      const end = src.indexOf("#}", open + 2);
      const stop = end < 0 ? src.length : end + 2;
      out += src.slice(open, stop);
      i = stop;
    } else if (two === "{%" && RAW_START.test(src.slice(open))) {
      const kind = RAW_START.exec(src.slice(open))![1];
      const endTag = new RegExp(`\\{%-?\\s*end${kind}\\s*-?%\\}`, "g");
      endTag.lastIndex = open;
      const m = endTag.exec(src);
      const stop = m ? m.index + m[0].length : src.length;
      out += src.slice(open, stop);
      i = stop;
    } else if (two === "{{" || two === "{%") {
      const tag = scanTag(src, open + 2, two === "{{" ? "}}" : "%}");
      out += two + tag.text;
      i = tag.end;
    } else {
      out += "{";
      i = open + 1;
    }
  }
  return out + src.slice(i);
}
