/**
 * How our Jinja2 compatibility adds syntax-tree nodes to Nunjucks: each node type is registered by
 * name (Nunjucks's transformer re-creates nodes from `nodes[typename]` when it rewrites a child, e.g.
 * `super()` inside a block), gets a `compile<Name>` method on the Compiler, and is accepted where the
 * compiler asserts an expression type.
 */
import nunjucks from "nunjucks";

/** Nunjucks's internals (parser, compiler, runtime, nodes), which its typings do not describe. */
export const nj = nunjucks as any;

type Compile = (this: any, node: any, frame: any) => void;

const defined: unknown[] = [];

/** Defines node type `name` with `fields` (its constructor's arguments after line and column). */
export function defineNode(name: string, fields: string[], compile: Compile): any {
  const Compiler = nj.compiler.Compiler.prototype;
  if (!defined.length) {
    const assertType = Compiler.assertType;
    Compiler.assertType = function (node: unknown, ...types: unknown[]) {
      if (defined.some((t) => node instanceof (t as new () => unknown))) return;
      return assertType.call(this, node, ...types);
    };
  }
  const Node = nj.nodes.Node.extend(name, { fields });
  nj.nodes[name] = Node;
  Compiler[`compile${name}`] = compile;
  defined.push(Node);
  return Node;
}

/** A node that compiles to the given JavaScript, for values the compiler already holds in a variable. */
export const RawCode = defineNode("JinjaRaw", ["code"], function (node) {
  this._emit(node.code);
});
