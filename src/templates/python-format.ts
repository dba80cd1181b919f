/** Python's `str.format()` and `%` formatting, as templates call them: `"{:,}".format(n)`, `"%s"|format(x)`. */
import { formatFloat, isFloat, PyFloat } from "./python-numbers.js";
import { pyRepr, pyStr, isSafe } from "./python-values.js";

const SPEC = /^(?:(.)?([<>=^]))?([+\- ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/;

function group(intPart: string, sep: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Formats one value by a format spec (the part after the colon in `{:…}`). */
export function formatSpec(value: unknown, spec: string): string {
  if (!spec) return pyStr(value);
  const m = SPEC.exec(spec);
  if (!m) throw new Error(`Invalid format specifier '${spec}'`);
  const [, fillChar, alignChar, sign = "-", , zero, widthText, sep, precText, typeChar] = m;
  const isNum =
    typeof value === "number" ||
    typeof value === "bigint" ||
    typeof value === "boolean" ||
    value instanceof PyFloat;
  const float = isFloat(value);
  let body: string;
  if (isNum && typeChar !== "s") {
    let n = Number(value);
    const negative = n < 0 || Object.is(n, -0);
    n = Math.abs(n);
    const prec = precText === undefined ? undefined : Number(precText);
    const isInt = Number.isInteger(n);
    switch (typeChar) {
      case "d":
      case "n":
        if (float) throw new Error(`Unknown format code 'd' for object of type 'float'`);
        body = n.toFixed(0);
        break;
      case "f":
      case "F":
        body = n.toFixed(prec ?? 6);
        break;
      case "e":
      case "E":
        body = n.toExponential(prec ?? 6).replace(/e([+-])(\d)$/, "e$10$2");
        break;
      case "%":
        body = (n * 100).toFixed(prec ?? 6) + "%";
        break;
      case "g":
      case "G":
        body = String(Number(n.toPrecision(prec || 6)));
        break;
      case "x":
      case "X":
        body = Math.trunc(n).toString(16);
        break;
      case "o":
        body = Math.trunc(n).toString(8);
        break;
      case "b":
        body = Math.trunc(n).toString(2);
        break;
      case "c":
        body = String.fromCodePoint(n);
        break;
      default:
        body =
          prec !== undefined
            ? String(Number(n.toPrecision(prec)))
            : float
              ? formatFloat(n)
              : isInt
                ? n.toFixed(0)
                : String(n);
    }
    if (typeChar === "X" || typeChar === "E" || typeChar === "G" || typeChar === "F")
      body = body.toUpperCase();
    if (sep) {
      const [i, ...rest] = body.split(".");
      body = [group(i!, sep), ...rest].join(".");
    }
    const signText = negative ? "-" : sign === "+" ? "+" : sign === " " ? " " : "";
    const width = Number(widthText ?? 0);
    if (zero && !alignChar && signText.length + body.length < width)
      body = body.padStart(width - signText.length, "0");
    body = signText + body;
  } else {
    if (typeChar && typeChar !== "s")
      throw new Error(`Unknown format code '${typeChar}' for object of type 'str'`);
    body = pyStr(value);
    if (precText !== undefined) body = body.slice(0, Number(precText));
  }
  const width = Number(widthText ?? 0);
  if (body.length >= width) return body;
  const fill = fillChar ?? (zero && !alignChar ? "0" : " ");
  const align = alignChar ?? (isNum ? ">" : "<");
  const pad = width - body.length;
  if (align === "<") return body + fill.repeat(pad);
  if (align === ">") return fill.repeat(pad) + body;
  if (align === "^") return fill.repeat(Math.floor(pad / 2)) + body + fill.repeat(Math.ceil(pad / 2));
  // "=": padding goes after the sign
  const signLen = /^[+\- ]/.test(body) ? 1 : 0;
  return body.slice(0, signLen) + fill.repeat(pad) + body.slice(signLen);
}

function lookupField(
  field: string,
  pos: unknown[],
  kw: Record<string, unknown>,
  auto: { n: number },
): unknown {
  const m = /^([^.[]*)(.*)$/.exec(field)!;
  const head = m[1]!;
  let value: unknown;
  if (head === "") value = pos[auto.n++];
  else if (/^\d+$/.test(head)) value = pos[Number(head)];
  else if (head in kw) value = kw[head];
  else throw new Error(`KeyError: '${head}' in format string`);
  const rest = m[2]!;
  for (const part of rest.matchAll(/\.(\w+)|\[([^\]]+)\]/g)) {
    const key = part[1] ?? (/^\d+$/.test(part[2]!) ? Number(part[2]) : part[2]!);
    value = value == null ? undefined : (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** Python's `str.format(*pos, **kw)`. */
export function pyFormat(template: string, pos: unknown[], kw: Record<string, unknown>): string {
  const auto = { n: 0 };
  let out = "";
  let i = 0;
  while (i < template.length) {
    const c = template[i]!;
    if (c === "{" && template[i + 1] === "{") {
      out += "{";
      i += 2;
    } else if (c === "}" && template[i + 1] === "}") {
      out += "}";
      i += 2;
    } else if (c === "{") {
      const end = template.indexOf("}", i);
      if (end < 0) throw new Error("Single '{' encountered in format string");
      const inner = template.slice(i + 1, end);
      const fm = /^([^!:]*)(?:!([rsa]))?(?::(.*))?$/.exec(inner);
      if (!fm) throw new Error(`Invalid format field '{${inner}}'`);
      let value = lookupField(fm[1]!, pos, kw, auto);
      if (fm[2] === "r" || fm[2] === "a") value = pyRepr(value);
      else if (fm[2] === "s") value = pyStr(value);
      out += formatSpec(isSafe(value) ? value.val : value, fm[3] ?? "");
      i = end + 1;
    } else if (c === "}") {
      throw new Error("Single '}' encountered in format string");
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Python's `"…" % args`, which Jinja's `format` filter uses: `%s`, `%d`, `%.2f`, `%r`, `%%`. */
export function percentFormat(template: string, args: unknown[]): string {
  let n = 0;
  const named =
    args.length === 1 && args[0] && typeof args[0] === "object" && !Array.isArray(args[0]) ? args[0] : null;
  return template.replace(
    /%(?:\((\w+)\))?([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdifrxXeEgG%])/g,
    (_m, name, flags, width, prec, type) => {
      if (type === "%") return "%";
      const value = name && named ? (named as Record<string, unknown>)[name] : args[n++];
      const align = flags.includes("-") ? "<" : "";
      const zero = flags.includes("0") ? "0" : "";
      const sign = flags.includes("+") ? "+" : "";
      const t = type === "i" ? "d" : type === "r" ? "s" : type;
      const v =
        type === "r" ? pyRepr(value) : type === "d" || type === "i" ? Math.trunc(Number(value)) : value;
      return formatSpec(v, `${align}${sign}${zero}${width ?? ""}${prec !== undefined ? "." + prec : ""}${t}`);
    },
  );
}
