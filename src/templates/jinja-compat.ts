/**
 * Teaches Nunjucks the Jinja2 semantics that Datasette templates rely on, through its parser, compiler
 * and runtime hooks (the way Nunjucks's own installJinjaCompat does, which this builds on):
 * - Python truthiness in `if`, `not`, `and`/`or` (which return an operand), inline if;
 * - `{% set a, b = "x", "y" %}` unpacks; `{% set ns.attr = … %}` writes to a namespace();
 * - a `set` inside a loop stays inside it (Jinja scoping), so namespace() is how loops carry state;
 * - `~` concatenation follows Markup rules;
 * - printing follows Python: None → "None", lists as their repr; MarkupSafe's escaping;
 * - Python methods, negative indexes and slices on lookups (python-methods.ts);
 * - Jinja's `for` (filters, loop.cycle(), recursive loops: jinja-loops.ts) and `with` (jinja-with.ts);
 * - Python's int and float (python-numbers.ts): float literals, `/`, `//`, `%`, `**`, `==` between them;
 * - a plugin's block tag prints what it returns as is, as a Jinja extension's output is.
 * These patch the Nunjucks module, so they apply to every Nunjucks environment in the process.
 */
import { installJinjaLoops } from "./jinja-loops.js";
import { installJinjaWith } from "./jinja-with.js";
import { defineNode, nj, RawCode } from "./nunjucks-nodes.js";
import { memberLookup } from "./python-methods.js";
import { plainArguments, pyArith, pyEq, pyFloat, pyNeg } from "./python-numbers.js";
import type { LayeredVariables, TemplateContext } from "./types.js";
import { escapeHtml, escapeText, isSafe, markSafe, Namespace, pyStr, truthy } from "./python-values.js";

let installed = false;

function jinjaUnpack(v: unknown, n: number): unknown[] {
  const items =
    typeof v === "string"
      ? [...v]
      : Array.isArray(v)
        ? v
        : v && typeof v === "object" && Symbol.iterator in v
          ? [...(v as Iterable<unknown>)]
          : null;
  if (!items) throw new Error(`cannot unpack non-iterable value ${pyStr(v)}`);
  if (items.length !== n) throw new Error(`ValueError: expected ${n} values to unpack, got ${items.length}`);
  return items;
}

function jinjaSetAttr(obj: unknown, key: unknown, value: unknown): void {
  if (!(obj instanceof Namespace)) throw new Error("cannot assign attribute on non-namespace object");
  obj[String(key)] = value;
}

/** Jinja's `~` with autoescape: if either side is Markup the other is escaped and the result is Markup. */
function jinjaConcat(a: unknown, b: unknown): unknown {
  if (isSafe(a) || isSafe(b)) return markSafe(escapeHtml(a).val + escapeHtml(b).val);
  return pyStr(a) + pyStr(b);
}

function suppressValue(val: unknown, autoescape: boolean): unknown {
  if (isSafe(val)) return val;
  return autoescape ? escapeText(val) : pyStr(val);
}

/** Nunjucks's Context class, which it does not export: the `this` of a function a template calls. */
function contextClass(): any {
  let found: any = null;
  const env = new nj.Environment();
  env.addGlobal("capture", function (this: unknown) {
    found = (this as object).constructor;
    return "";
  });
  env.renderString("{{ capture() }}", {});
  return found;
}

/**
 * A table of variables with no prototype to find names on ("constructor", "toString" are not
 * variables), as Object.create(null) makes one, but built by a constructor: V8 makes Object.create(null)
 * a hash table from the start (~180 bytes) where this is a plain object (~35 bytes). A page makes one per
 * pushed frame and per included template, ~100 a row page.
 */
const VariableTable = function VariableTable() {} as unknown as new () => Record<string, unknown>;
VariableTable.prototype = Object.create(null);

/** A pushed frame's variables until it sets one (Frame.set makes its own table then). Never written. */
const NO_VARIABLES = Object.freeze(new VariableTable());

/** A template's variables as its includes and `import … with context` see them: its own, then its caller's. */
class Variables implements LayeredVariables {
  constructor(
    readonly own: Record<string, unknown>,
    readonly base: TemplateContext,
  ) {}
}

/**
 * A render's variables without copying `base`: `own` first, then `base` (as `Object.assign({}, base,
 * own)` would give them). Pass it to Environment.render as the context.
 */
export function layeredVariables(own: Record<string, unknown>, base: TemplateContext): LayeredVariables {
  return new Variables(own, base);
}

/** One variable of a render's context, as a template reading `name` would find it (globals aside). */
export function readVariable(context: TemplateContext, name: string): unknown {
  let v: TemplateContext = context;
  for (; v instanceof Variables; v = v.base) if (name in v.own) return v.own[name];
  return (v as Record<string, unknown>)[name];
}

/** `context` over `defaults`: every name of `context` wins, and `defaults` come first in key order. */
export function withDefaults(context: TemplateContext, defaults: Record<string, unknown>): TemplateContext {
  return context instanceof Variables
    ? new Variables(context.own, withDefaults(context.base, defaults))
    : new Variables(context as Record<string, unknown>, defaults);
}

/**
 * Every template, include and `import … with context` starts a Context from its caller's variables,
 * which Nunjucks copies key by key: a page's ~60 names, six or more times per page. Here a Context keeps
 * the names it sets itself (`own`) and reads through to its caller's (`base`), copying nothing; the
 * caller's do not change while an include renders. Lookups give what the copy gave: a name the context
 * holds, even as undefined, is the context's; any other is a global. `ctx`, which Nunjucks extensions
 * may read, is still every variable, merged when first asked for.
 */
function installContextVariables(Context: any): void {
  // Nunjucks's init, less the copy.
  Context.prototype.init = function (this: any, ctx: unknown, blocks: Record<string, unknown>, env: unknown) {
    this.env = env || new nj.Environment();
    this.own = new VariableTable();
    this.base = ctx ?? {};
    this.merged = null;
    this.blocks = {};
    this.exported = [];
    // for…in over the template's own blocks: Object.keys's array and for…of's results were per include.
    for (const name in blocks) if (Object.hasOwn(blocks, name)) this.addBlock(name, blocks[name]);
  };
  // Nunjucks's addBlock, a block's list made with its first block: `[]` then push gave every list room
  // for 17, and a page adds a block to its context ~20 times.
  Context.prototype.addBlock = function (this: any, name: string, block: unknown) {
    const list = this.blocks[name];
    if (list) list.push(block);
    else this.blocks[name] = [block];
    return this;
  };
  Object.defineProperty(Context.prototype, "ctx", {
    configurable: true,
    get(this: any) {
      if (this.merged) return this.merged;
      const chain: Record<string, unknown>[] = [this.own];
      let v: unknown = this.base;
      for (; v instanceof Variables; v = v.base) chain.unshift(v.own);
      chain.unshift(v as Record<string, unknown>);
      return (this.merged = Object.assign({}, ...chain));
    },
  });
  Context.prototype.lookup = function (this: any, name: string) {
    let v: Variables | Record<string, unknown> = this.base;
    let value = this.own[name];
    if (value !== undefined || name in this.own) return value;
    while (v instanceof Variables) {
      value = v.own[name];
      if (value !== undefined || name in v.own) return value;
      v = v.base;
    }
    value = v[name];
    if (value !== undefined || name in v) return value;
    return this.env.globals[name];
  };
  Context.prototype.setVariable = function (this: any, name: string, value: unknown) {
    this.own[name] = value;
    this.merged = null;
  };
  Context.prototype.getVariables = function (this: any) {
    return new Variables(this.own, this.base);
  };
  Context.prototype.getExported = function (this: any) {
    const exported: Record<string, unknown> = {};
    for (const name of this.exported) exported[name] = this.own[name];
    return exported;
  };
}

/**
 * Nunjucks's own code for what every page runs most, with the same results and less per call: a
 * variable's lookup (frames, then the context, then Jinja's True/False/None), which Nunjucks does as
 * two wrapped calls and a recursion; and the waterfall that runs each `include`, which its library
 * does with a closure, an arguments copy and an apply per step.
 */
function installFastPaths(): void {
  // Nunjucks's contextOrFrameLookup (frame.lookup, then context.lookup) inside its jinja-compat wrapper.
  nj.runtime.contextOrFrameLookup = function (context: any, frame: any, name: string) {
    let value: unknown;
    for (let f = frame; ;) {
      value = f.variables[name];
      if (value !== undefined) return value;
      const parent = f.parent;
      // Frame.lookup answers `parent && parent.lookup(name)`: a missing parent is the answer.
      if (!parent) {
        value = parent;
        break;
      }
      f = parent;
    }
    if (value === undefined) value = context.lookup(name);
    if (value !== undefined) return value;
    return name === "True" ? true : name === "False" ? false : name === "None" ? null : undefined;
  };

  // a-sync-waterfall run synchronously, as Nunjucks calls it: each task gets the previous one's
  // results and the next step; the last one gets `callback` itself; an error goes to callback once.
  const asyncWaterfall = nj.Environment.prototype.waterfall;
  nj.Environment.prototype.waterfall = function (
    this: unknown,
    tasks: ((...args: unknown[]) => void)[],
    callback?: (...args: unknown[]) => void,
    forceAsync?: boolean,
  ) {
    if (forceAsync) return asyncWaterfall.call(this, tasks, callback, forceAsync);
    let done = callback ?? (() => {});
    if (!Array.isArray(tasks))
      return done(new Error("First argument to waterfall must be an array of functions"));
    if (!tasks.length) return done();
    let index = 0;
    const step = (error?: unknown, ...results: unknown[]): void => {
      if (error) {
        const report = done;
        done = () => {};
        report(error, ...results);
        return;
      }
      const task = tasks[index]!;
      index++;
      const next = index === tasks.length ? done : step;
      // Nunjucks's tasks pass on at most one result: call them without spreading an array.
      if (results.length === 0) task(next);
      else if (results.length === 1) task(results[0], next);
      else task(...results, next);
    };
    tasks[index++]!(tasks.length === 1 ? done : step);
  };
}

/** Installs the patches once per process. */
export function installJinjaCompat(): void {
  if (installed) return;
  installed = true;
  const runtime = nj.runtime;
  const { nodes, lexer } = nj;
  const Compiler = nj.compiler.Compiler;
  const Parser = nj.parser.Parser;
  nj.installJinjaCompat(); // slices, True/False/None

  // Frame.set splits every name on "." to allow dotted names; most names have none, and each loop
  // iteration sets its variable: take the plain case straight, the same as Frame.set does it.
  const frameSet = runtime.Frame.prototype.set;
  runtime.Frame.prototype.set = function (this: any, name: string, val: unknown, resolveUp?: boolean) {
    if (this.variables === NO_VARIABLES) this.variables = new VariableTable();
    if (!resolveUp && !name.includes(".")) this.variables[name] = val;
    else frameSet.call(this, name, val, resolveUp);
  };

  installContextVariables(contextClass());
  installFastPaths();

  Object.assign(runtime, {
    memberLookup,
    suppressValue,
    jinjaTruthy: truthy,
    jinjaOr: (a: unknown, b: () => unknown) => (truthy(a) ? a : b()),
    jinjaAnd: (a: unknown, b: () => unknown) => (truthy(a) ? b() : a),
    jinjaUnpack,
    jinjaSetAttr,
    pyArith,
    pyEq,
    pyFloat,
    pyNeg,
    jinjaConcat,
    // A `{% set x %}…{% endset %}` block is Markup under autoescape, so printing it doesn't escape it again.
    jinjaCaptured: (s: string, autoescape: boolean) => (autoescape ? markSafe(s) : s),
  });

  // Jinja scopes `set` inside for loops (and other pushed frames) to that frame.
  // Nunjucks's Frame constructor, its variables a shared empty table until set writes the first (many
  // frames, an include's among them, never set any).
  const Frame = function Frame(this: any, parent: unknown, isolateWrites: boolean) {
    this.variables = NO_VARIABLES;
    this.parent = parent;
    this.topLevel = false;
    this.isolateWrites = isolateWrites;
  } as unknown as new (parent: unknown, isolateWrites: boolean) => unknown;
  Frame.prototype = runtime.Frame.prototype;
  runtime.Frame.prototype.push = function push(this: unknown) {
    return new Frame(this, true);
  };

  const Truthy = defineNode("JinjaTruthy", ["target"], function (node, frame) {
    this._emit("runtime.jinjaTruthy(");
    this.compile(node.target, frame);
    this._emit(")");
  });

  const C = Compiler.prototype;

  // Python arithmetic: `/` is a float, a float operand makes a float result, `+` joins lists.
  const arith = (op: string) =>
    function (this: any, node: any, frame: unknown) {
      this._emit(`runtime.pyArith("${op}", `);
      this.compile(node.left, frame);
      this._emit(", ");
      this.compile(node.right, frame);
      this._emit(")");
    };
  C.compileAdd = arith("+");
  C.compileSub = arith("-");
  C.compileMul = arith("*");
  C.compileDiv = arith("/");
  C.compileFloorDiv = arith("//");
  C.compileMod = arith("%");
  C.compilePow = arith("**");
  C.compileNeg = function (node: any, frame: unknown) {
    this._emit("runtime.pyNeg(");
    this.compile(node.target, frame);
    this._emit(")");
  };
  // `==` and `!=` compare 1 with 1.0 as Python does; the other comparisons see numbers through valueOf.
  C.compileCompare = function (node: any, frame: unknown) {
    const ops: { type: string; expr: unknown }[] = node.ops;
    if (!ops.some((op) => op.type === "==" || op.type === "!=")) {
      this.compile(node.expr, frame);
      for (const op of ops) {
        this._emit(` ${op.type} `);
        this.compile(op.expr, frame);
      }
      return;
    }
    // Chained comparisons (`a == b == c`) are rare; pairwise, like Nunjucks, left to right.
    let left: unknown = node.expr;
    this._emit("(");
    ops.forEach((op, i) => {
      if (i > 0) this._emit(" && ");
      if (op.type === "==" || op.type === "!=") {
        this._emit(op.type === "!=" ? "!runtime.pyEq(" : "runtime.pyEq(");
        this.compile(left, frame);
        this._emit(", ");
        this.compile(op.expr, frame);
        this._emit(")");
      } else {
        this.compile(left, frame);
        this._emit(` ${op.type} `);
        this.compile(op.expr, frame);
      }
      left = op.expr;
    });
    this._emit(")");
  };

  // Functions from context and plugins receive plain numbers, never a PyFloat.
  const callWrap = runtime.callWrap;
  runtime.callWrap = function (obj: unknown, name: string, context: unknown, args: unknown[]) {
    const fn = obj as { pythonNumbers?: boolean } | undefined;
    return callWrap(obj, name, context, fn?.pythonNumbers ? args : plainArguments(args));
  };
  const wrapCond = (node: any) => {
    if (!(node.cond instanceof Truthy)) node.cond = new Truthy(node.cond.lineno, node.cond.colno, node.cond);
  };
  for (const name of ["compileIf", "compileIfAsync", "compileInlineIf"]) {
    const orig = C[name];
    C[name] = function (node: any, ...rest: unknown[]) {
      wrapCond(node);
      return orig.call(this, node, ...rest);
    };
  }
  C.compileNot = function (node: any, frame: unknown) {
    this._emit("!runtime.jinjaTruthy(");
    this.compile(node.target, frame);
    this._emit(")");
  };
  const lazyBinOp = (fn: string) =>
    function (this: any, node: any, frame: unknown) {
      this._emit(`runtime.${fn}(`);
      this.compile(node.left, frame);
      this._emit(", function() { return ");
      this.compile(node.right, frame);
      this._emit("; })");
    };
  C.compileOr = lazyBinOp("jinjaOr");
  C.compileAnd = lazyBinOp("jinjaAnd");
  C.compileConcat = function (node: any, frame: unknown) {
    this._emit("runtime.jinjaConcat(");
    this.compile(node.left, frame);
    this._emit(", ");
    this.compile(node.right, frame);
    this._emit(")");
  };
  // `(a, b)` is a tuple, not JavaScript's comma operator.
  C.compileGroup = function (node: any, frame: unknown) {
    if (node.children.length > 1) this._compileAggregate(node, frame, "[", "]");
    else this._compileAggregate(node, frame, "(", ")");
  };
  const origCapture = C.compileCapture;
  C.compileCapture = function (node: any, frame: unknown) {
    this._emit("runtime.jinjaCaptured(");
    origCapture.call(this, node, frame);
    this._emit(", env.opts.autoescape)");
  };

  const origCompileSet = C.compileSet;
  C.compileSet = function (node: any, frame: unknown) {
    if (!node.value) return origCompileSet.call(this, node, frame);
    if (node.targets.length === 1) {
      const target = node.targets[0];
      if (!(target instanceof nodes.LookupVal)) return origCompileSet.call(this, node, frame);
      this._emit("runtime.jinjaSetAttr(");
      this.compile(target.target, frame);
      this._emit(", ");
      this.compile(target.val, frame);
      this._emit(", ");
      this._compileExpression(node.value, frame);
      this._emitLine(");");
      return;
    }
    const tmp = this._tmpid();
    this._emit(`var ${tmp} = runtime.jinjaUnpack(`);
    this._compileExpression(node.value, frame);
    this._emitLine(`, ${node.targets.length});`);
    node.targets.forEach((target: any, i: number) => {
      const one = new nodes.Set(node.lineno, node.colno, [target]);
      one.value = new RawCode(node.lineno, node.colno, `${tmp}[${i}]`);
      this.compileSet(one, frame);
    });
  };

  // Adjacent string literals concatenate, as in Jinja (and Python): `"a" "b"` is "ab".
  const origPrimary = Parser.prototype.parsePrimary;
  Parser.prototype.parsePrimary = function parsePrimary(noPostfix?: boolean) {
    const tok = this.peekToken();
    if (tok?.type === lexer.TOKEN_FLOAT) {
      // `1.0` stays a float: it prints as 1.0 and makes the arithmetic it meets a float.
      this.nextToken();
      const value = Number.parseFloat(tok.value);
      const node = new RawCode(tok.lineno, tok.colno, `runtime.pyFloat(${JSON.stringify(value)})`);
      return noPostfix ? node : this.parsePostfix(node);
    }
    if (tok?.type !== lexer.TOKEN_STRING) return origPrimary.call(this, noPostfix);
    this.nextToken();
    let value: string = tok.value;
    while (this.peekToken()?.type === lexer.TOKEN_STRING) value += this.nextToken().value;
    const node = new nodes.Literal(tok.lineno, tok.colno, value);
    return noPostfix ? node : this.parsePostfix(node);
  };

  // Jinja lets a test take one argument without parentheses: `n is divisibleby 3`.
  const ARG_TOKENS = [
    lexer.TOKEN_INT,
    lexer.TOKEN_FLOAT,
    lexer.TOKEN_STRING,
    lexer.TOKEN_NONE,
    lexer.TOKEN_BOOLEAN,
    lexer.TOKEN_SYMBOL,
  ];
  const NOT_ARGS = new Set(["and", "or", "else", "if", "is", "in", "not"]);
  Parser.prototype.parseIs = function parseIs() {
    let node = this.parseCompare();
    if (!this.skipSymbol("is")) return node;
    const not = this.skipSymbol("not");
    let test = this.parseCompare();
    const next = this.peekToken();
    if (test instanceof nodes.Symbol && next && ARG_TOKENS.includes(next.type) && !NOT_ARGS.has(next.value)) {
      const arg = this.parsePrimary();
      test = new nodes.FunCall(
        test.lineno,
        test.colno,
        test,
        new nodes.NodeList(arg.lineno, arg.colno, [arg]),
      );
    }
    node = new nodes.Is(node.lineno, node.colno, node, test);
    return not ? new nodes.Not(node.lineno, node.colno, node) : node;
  };

  // `{% set a, b = x, y %}`: the right side is a tuple; `{% set ns.attr = v %}`: the target is a lookup.
  Parser.prototype.parseSet = function parseSet() {
    const tag = this.peekToken();
    if (!this.skipSymbol("set")) this.fail("parseSet: expected set", tag.lineno, tag.colno);
    const node = new nodes.Set(tag.lineno, tag.colno, []);
    for (;;) {
      node.targets.push(this.parsePrimary());
      if (!this.skip(lexer.TOKEN_COMMA)) break;
    }
    if (!this.skipValue(lexer.TOKEN_OPERATOR, "=")) {
      if (!this.skip(lexer.TOKEN_BLOCK_END))
        this.fail("parseSet: expected = or block end in set tag", tag.lineno, tag.colno);
      node.body = new nodes.Capture(tag.lineno, tag.colno, this.parseUntilBlocks("endset"));
      node.value = null;
      this.advanceAfterBlockEnd();
      return node;
    }
    const first = this.parseExpression();
    if (this.skip(lexer.TOKEN_COMMA)) {
      const tuple = new nodes.Array(first.lineno, first.colno, [first]);
      while (this.peekToken().type !== lexer.TOKEN_BLOCK_END) {
        tuple.addChild(this.parseExpression());
        if (!this.skip(lexer.TOKEN_COMMA)) break;
      }
      node.value = tuple;
    } else {
      node.value = first;
    }
    this.advanceAfterBlockEnd(tag.value);
    return node;
  };

  installJinjaLoops();
  installJinjaWith();
}
