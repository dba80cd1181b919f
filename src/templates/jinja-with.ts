/**
 * Jinja2's `{% with a = 1, b = x %}…{% endwith %}` (and `{% with a, b = pair %}`): the names are bound
 * for the block only, and a `set` inside the block stays inside it too. As in Jinja 2.9+, every value
 * is read in the enclosing scope before any name is bound, so `{% with a = 1, b = a %}` reads the
 * outer `a`.
 */
import { defineNode, nj } from "./nunjucks-nodes.js";

/** Installs the `with` tag; called once by installJinjaCompat. */
export function installJinjaWith(): void {
  const { nodes, lexer } = nj;
  const Parser = nj.parser.Parser.prototype;

  // targets: one Symbol, or an Array of Symbols to unpack, per value.
  const With = defineNode("JinjaWith", ["targets", "values", "body"], function (node, frame) {
    const ids = node.values.children.map((value: unknown) => {
      const id = this._tmpid();
      this._emit(`var ${id} = `);
      this._compileExpression(value, frame);
      this._emitLine(";");
      return id;
    });
    // Bound at compile time too, so a with-name shadows an enclosing loop variable of the same name.
    const scope = frame.push();
    this._emitLine("frame = frame.push();");
    const bind = (name: string, id: string) => {
      scope.set(name, id);
      this._emitLine(`frame.set(${JSON.stringify(name)}, ${id});`);
    };
    node.targets.children.forEach((target: any, i: number) => {
      if (target instanceof nodes.Symbol) return bind(target.value, ids[i]);
      const items = this._tmpid();
      this._emitLine(`var ${items} = runtime.jinjaUnpack(${ids[i]}, ${target.children.length});`);
      target.children.forEach((name: any, k: number) => {
        const id = this._tmpid();
        this._emitLine(`var ${id} = ${items}[${k}];`);
        bind(name.value, id);
      });
    });
    this._withScopedSyntax(() => this.compile(node.body, scope));
    this._emitLine("frame = frame.pop();");
  });

  const symbol = function (this: any) {
    const name = this.parsePrimary();
    if (!(name instanceof nodes.Symbol))
      this.fail("parseWith: expected a variable name", name.lineno, name.colno);
    return name;
  };

  const parseStatement = Parser.parseStatement;
  Parser.parseStatement = function () {
    const tok = this.peekToken();
    if (tok?.type !== lexer.TOKEN_SYMBOL || tok.value !== "with") return parseStatement.call(this);
    this.nextToken();
    const node = new With(
      tok.lineno,
      tok.colno,
      new nodes.NodeList(tok.lineno, tok.colno),
      new nodes.NodeList(tok.lineno, tok.colno),
    );
    while (this.peekToken().type !== lexer.TOKEN_BLOCK_END) {
      if (node.values.children.length && !this.skip(lexer.TOKEN_COMMA))
        this.fail("parseWith: expected a comma between assignments", tok.lineno, tok.colno);
      let target = symbol.call(this);
      if (this.peekToken().type === lexer.TOKEN_COMMA) {
        target = new nodes.Array(target.lineno, target.colno, [target]);
        while (this.skip(lexer.TOKEN_COMMA)) target.addChild(symbol.call(this));
      }
      if (!this.skipValue(lexer.TOKEN_OPERATOR, "="))
        this.fail("parseWith: expected =", tok.lineno, tok.colno);
      node.targets.addChild(target);
      node.values.addChild(this.parseExpression());
    }
    this.advanceAfterBlockEnd(tok.value);
    node.body = this.parseUntilBlocks("endwith");
    this.advanceAfterBlockEnd();
    return node;
  };
}
