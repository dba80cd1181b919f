/**
 * Jinja2's `for` loop on top of Nunjucks's:
 * - `for x in dict` iterates keys; strings and Markup iterate characters (code points, as in Python);
 * - `for x in items if test` keeps only the items the test passes, so `loop.index`, `loop.length`,
 *   `loop.first`/`last` count kept items and `{% else %}` runs when none is kept;
 * - `loop.cycle(…)`, `loop.changed(…)`, `loop.previtem`, `loop.nextitem`, `loop.depth`, `loop.depth0`;
 * - `for … recursive`, where `loop(children)` renders the loop body again one level deeper.
 */
import { defineNode, nj, RawCode } from "./nunjucks-nodes.js";
import { isPlainObject, isSafe } from "./python-values.js";

function jinjaIter(v: unknown): unknown {
  if (typeof v === "string") return [...v];
  if (isPlainObject(v)) return Object.keys(v);
  if (v instanceof Map) return [...v.keys()];
  if (isSafe(v)) return [...v.val];
  return v;
}

/**
 * The items of a filtered loop that `keep` passes, as a list. With several loop names a mapping gives
 * its (key, value) pairs, as Nunjucks's own `for k, v in obj` does.
 */
function jinjaLoopFilter(
  items: unknown,
  pairs: boolean,
  frame: any,
  keep: (frame: unknown, item: unknown) => unknown,
): unknown[] {
  if (items == null) return [];
  const seq = pairs ? items : jinjaIter(items);
  let list: unknown[];
  if (Array.isArray(seq)) list = seq;
  else if (typeof seq === "string") list = [...seq];
  else if (seq && typeof seq === "object")
    list = Symbol.iterator in seq ? [...(seq as Iterable<unknown>)] : pairs ? Object.entries(seq) : [];
  else list = [];
  // One scope for the test's names, under the loop's: an outer `loop` stays visible, as in Jinja.
  const scope = frame.push();
  return list.filter((item) => keep(scope, item));
}

/** Python's `!=` for loop.changed's arguments: lists element by element, anything else by identity. */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return a === b;
}

/**
 * The `loop` object of one loop run over `items`; the compiled loop sets index, index0, length and the
 * rest on it each iteration. The helpers live on the prototype, so a loop per table row (a page's inner
 * loop over cells) costs one small object. Nunjucks's key/value iteration over an object has no list,
 * so there previtem/nextitem are undefined.
 */
class LoopState {
  // Every field jinjaLoopAt sets, declared so each loop object keeps one shape.
  index = 1;
  index0 = 0;
  revindex = 0;
  revindex0 = 0;
  first = true;
  last = false;
  length = 0;
  /** loop.changed's last arguments (`last` itself is the loop's "is this the last item"). */
  #changedArgs: unknown[] | undefined;
  constructor(
    private readonly list: unknown[],
    readonly depth: number,
  ) {}
  get depth0(): number {
    return this.depth - 1;
  }
  get previtem(): unknown {
    return this.index0 > 0 ? this.list[this.index0 - 1] : undefined;
  }
  get nextitem(): unknown {
    return this.list[this.index0 + 1];
  }
  cycle(...args: unknown[]): unknown {
    if (!args.length) throw new Error("TypeError: no items for cycling given");
    return args[this.index0 % args.length];
  }
  changed(...args: unknown[]): boolean {
    if (this.#changedArgs !== undefined && same(args, this.#changedArgs)) return false;
    this.#changedArgs = args;
    return true;
  }
}

/**
 * A recursive loop's `loop` is also callable — `loop(children)` renders the next level — so it is the
 * render function itself, given LoopState's members.
 */
function jinjaLoop(
  items: unknown,
  depth: number,
  recurse: ((items: unknown) => unknown) | null,
): LoopState | Record<string, unknown> {
  const state = new LoopState(Array.isArray(items) ? items : [], depth);
  if (!recurse) return state;
  const loop = recurse as unknown as Record<string, unknown>;
  // A function's own `length` is read-only; loop.length must be writable. index0 lives on the state.
  Object.defineProperty(loop, "length", { writable: true, enumerable: true, value: 0 });
  Object.defineProperty(loop, "index0", {
    enumerable: true,
    get: () => state.index0,
    set: (value: number) => (state.index0 = value),
  });
  for (const name of ["depth", "depth0", "previtem", "nextitem"] as const)
    Object.defineProperty(loop, name, { enumerable: true, get: () => state[name] });
  loop.cycle = state.cycle.bind(state);
  loop.changed = state.changed.bind(state);
  return loop;
}

/** What Nunjucks's loop bindings set each iteration, in one call. */
function jinjaLoopAt(loop: Record<string, unknown>, i: number, length: number): void {
  loop.index = i + 1;
  loop.index0 = i;
  loop.revindex = length - i;
  loop.revindex0 = length - i - 1;
  loop.first = i === 0;
  loop.last = i === length - 1;
  loop.length = length;
}

/** Installs the loop syntax and runtime; called once by installJinjaCompat. */
export function installJinjaLoops(): void {
  const { nodes, lexer, runtime } = nj;
  const C = nj.compiler.Compiler.prototype;
  Object.assign(runtime, { jinjaIter, jinjaLoopFilter, jinjaLoop, jinjaLoopAt });

  const Iter = defineNode("JinjaIter", ["target"], function (node, frame) {
    this._emit("runtime.jinjaIter(");
    this.compile(node.target, frame);
    this._emit(")");
  });

  // Compiles to the kept items: the test runs in a function with the loop names bound to each item.
  const LoopFilter = defineNode("JinjaLoopFilter", ["arr", "name", "test"], function (node, frame) {
    const item = this._tmpid();
    const scope = frame.push();
    const pairs = node.name instanceof nodes.Array;
    this._emit("runtime.jinjaLoopFilter(");
    this.compile(node.arr, frame);
    this._emitLine(`, ${pairs}, frame, function(frame, ${item}) {`);
    const names: { value: string }[] = pairs ? node.name.children : [node.name];
    names.forEach((name, i) => {
      const id = pairs ? this._tmpid() : item;
      if (pairs) this._emitLine(`var ${id} = ${item}[${i}];`);
      this._emitLine(`frame.set(${JSON.stringify(name.value)}, ${id});`);
      scope.set(name.value, id);
    });
    this._emit("return runtime.jinjaTruthy(");
    this.compile(node.test, scope);
    this._emit("); })");
  });

  // `recursive` is a field so that it survives the transformer re-creating a For node.
  if (!nodes.For.prototype.fields.includes("recursive"))
    nodes.For.prototype.fields = [...nodes.For.prototype.fields, "recursive"];

  // As Jinja's parser does: the iterable is read without an inline if, so a trailing `if` filters.
  const ENDS: Record<string, string> = { for: "endfor", asyncEach: "endeach", asyncAll: "endall" };
  const KINDS: Record<string, any> = { for: nodes.For, asyncEach: nodes.AsyncEach, asyncAll: nodes.AsyncAll };
  nj.parser.Parser.prototype.parseFor = function parseFor() {
    const tok = this.peekToken();
    if (!Object.hasOwn(KINDS, tok.value) || !this.skipSymbol(tok.value))
      this.fail("parseFor: expected for{Async}", tok.lineno, tok.colno);
    const node = new KINDS[tok.value](tok.lineno, tok.colno);
    node.name = this.parsePrimary();
    if (!(node.name instanceof nodes.Symbol)) this.fail("parseFor: variable name expected for loop");
    if (this.peekToken().type === lexer.TOKEN_COMMA) {
      node.name = new nodes.Array(node.name.lineno, node.name.colno, [node.name]);
      while (this.skip(lexer.TOKEN_COMMA)) node.name.addChild(this.parsePrimary());
    }
    if (!this.skipSymbol("in")) this.fail('parseFor: expected "in" keyword for loop', tok.lineno, tok.colno);
    node.arr = this.parseOr();
    if (this.skipSymbol("if"))
      node.arr = new LoopFilter(tok.lineno, tok.colno, node.arr, node.name, this.parseExpression());
    node.recursive = this.skipSymbol("recursive");
    if (node.recursive && tok.value !== "for")
      this.fail(`parseFor: ${tok.value} cannot be recursive`, tok.lineno, tok.colno);
    this.advanceAfterBlockEnd(tok.value);
    node.body = this.parseUntilBlocks(ENDS[tok.value], "else");
    if (this.skipSymbol("else")) {
      this.advanceAfterBlockEnd("else");
      node.else_ = this.parseUntilBlocks(ENDS[tok.value]);
    }
    this.advanceAfterBlockEnd();
    return node;
  };

  // A filtered loop's items are already a list; `for k, v in obj` keeps Nunjucks's key/value iteration.
  const iterate = (node: any) => {
    if (
      !(node.name instanceof nodes.Array) &&
      !(node.arr instanceof Iter) &&
      !(node.arr instanceof LoopFilter)
    )
      node.arr = new Iter(node.arr.lineno, node.arr.colno, node.arr);
  };
  for (const name of ["compileFor", "compileAsyncEach", "compileAsyncAll"]) {
    const orig = C[name];
    C[name] = function (node: any, ...rest: unknown[]) {
      iterate(node);
      return orig.call(this, node, ...rest);
    };
  }

  // A recursive loop compiles to a function of (items, depth) that returns its output; the template
  // calls it once with the loop's iterable, `loop(children)` again one level down.
  const compileFor = C.compileFor;
  C.compileFor = function (node: any, frame: any) {
    if (!node.recursive) return compileFor.call(this, node, frame);
    const [fn, items, depth, outer, sub] = [
      this._tmpid(),
      this._tmpid(),
      this._tmpid(),
      this._tmpid(),
      this._tmpid(),
    ];
    const filter = node.arr instanceof LoopFilter ? node.arr : null;
    const source = filter ? filter.arr : node.arr;
    const local = new RawCode(source.lineno, source.colno, items);
    if (filter) filter.arr = local;
    else node.arr = local;
    node.jinjaDepth = depth;
    node.jinjaRecurse = `function(${sub}) { return runtime.jinjaCaptured(${fn}(${sub}, ${depth} + 1), env.opts.autoescape); }`;
    // Each level runs in the scope where the loop is written, not in the calling iteration's.
    this._emitLine(`var ${outer} = frame;`);
    this._emitLine(`var ${fn} = function(${items}, ${depth}) {`);
    this._emitLine(`var frame = ${outer};`);
    const buffer = this._pushBuffer();
    this._emitLine("");
    this._withScopedSyntax(() => compileFor.call(this, node, frame));
    this._popBuffer();
    this._emitLine(`return ${buffer};`);
    this._emitLine("};");
    this._emit(`${this.buffer} += ${fn}(`);
    this._compileExpression(source, frame);
    this._emitLine(", 1);");
  };

  // Nunjucks sets seven dotted names per iteration through Frame.set ("loop.index", …), splitting each
  // name anew: a table page's cell loops spent ~7 % of a render there. One call sets them on the object.
  C._emitLoopBindings = function (node: any, arr: string, i: string, len: string) {
    const recurse = node.jinjaRecurse ?? "null";
    this._emitLine(
      `if (${i} === 0) frame.set("loop", runtime.jinjaLoop(${arr}, ${node.jinjaDepth ?? 1}, ${recurse}));`,
    );
    this._emitLine(`runtime.jinjaLoopAt(frame.variables.loop, ${i}, ${len});`);
  };
}
