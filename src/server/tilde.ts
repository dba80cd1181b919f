/**
 * Datasette's tilde encoding (docs/internals.rst "Tilde encoding"): names and keys travel in URL path
 * segments, so every byte outside [A-Za-z0-9_-] becomes ~XX and a space becomes "+". Unlike %-encoding,
 * it survives proxies that decode %2F.
 */
const SAFE = /[A-Za-z0-9_-]/;

export function tildeEncode(value: string): string {
  let out = "";
  for (const char of value) {
    if (SAFE.test(char)) out += char;
    else if (char === " ") out += "+";
    else
      for (const byte of Buffer.from(char, "utf8"))
        out += "~" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

/** Text that decodes to itself: ASCII with neither "~" nor "+" (most names and keys). */
const UNCHANGED = /^[^~+\u0080-\uffff]*$/;

export function tildeDecode(value: string): string {
  if (UNCHANGED.test(value)) return value;
  // "%" is literal in tilde-encoded text: protect it before turning "~XX" into "%XX" for decoding.
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === "~" && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c === "+") bytes.push(0x20);
    else for (const b of Buffer.from(c, "utf8")) bytes.push(b);
  }
  return Buffer.from(bytes).toString("utf8");
}
