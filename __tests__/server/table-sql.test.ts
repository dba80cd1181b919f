import { describe, expect, it } from "vitest";
import { Filters } from "../../src/server/table/filters.js";
import { escapeFts, escapeSqlite } from "../../src/server/table/sql-names.js";
import { compoundKeysAfterSql } from "../../src/server/table/table-query.js";
import {
  parseQsl,
  pathWithAddedArgs,
  pathWithFormat,
  pathWithRemovedArgs,
  quotePlus,
} from "../../src/server/table/query-string.js";

/** Datasette sorts the (key, value) pairs before building filters. */
const build = (pairs: [string, string][]) => new Filters([...pairs].sort()).buildWhereClauses("table");

// Cases from datasette/tests/test_filters.py test_build_where.
describe("Filters.buildWhereClauses", () => {
  it.each<[[string, string][], string[], unknown[]]>([
    [[["name_english__contains", "foo"]], ['"name_english" like :p0'], ["%foo%"]],
    [[["name_english__notcontains", "foo"]], ['"name_english" not like :p0'], ["%foo%"]],
    [
      [
        ["foo", "bar"],
        ["bar__contains", "baz"],
      ],
      ['"bar" like :p0', '"foo" = :p1'],
      ["%baz%", "bar"],
    ],
    [
      [
        ["foo__lt", "1"],
        ["bar__gt", "2"],
        ["baz__gte", "3"],
        ["bax__lte", "4"],
      ],
      ['"bar" > :p0', '"bax" <= :p1', '"baz" >= :p2', '"foo" < :p3'],
      [2, 4, 3, 1],
    ],
    [
      [
        ["foo__isnull", "1"],
        ["baz__isnull", "1"],
        ["bar__gt", "10"],
      ],
      ['"bar" > :p0', '"baz" is null', '"foo" is null'],
      [10],
    ],
    [[["foo__in", "1,2,3"]], ["foo in (:p0, :p1, :p2)"], ["1", "2", "3"]],
    [[["foo__date", "1988-01-01"]], ['date("foo") = :p0'], ["1988-01-01"]],
    [[["foo__in", "[1,2,3]"]], ["foo in (:p0, :p1, :p2)"], [1, 2, 3]],
    [[["foo__in", '["dog,cat", "cat[dog]"]']], ["foo in (:p0, :p1)"], ["dog,cat", "cat[dog]"]],
    [[["foo__notin", "1,2,3"]], ["foo not in (:p0, :p1, :p2)"], ["1", "2", "3"]],
    [
      [["Availability+Info__arraycontains", "yes"]],
      [":p0 in (select value from json_each([table].[Availability+Info]))"],
      ["yes"],
    ],
  ])("builds %j", (pairs, where, params) => {
    const built = build(pairs);
    expect(built.clauses).toEqual(where);
    expect(built.params).toEqual(Object.fromEntries(params.map((p, i) => [`p${i}`, p])));
  });

  it("describes filters in English, joined with commas and a final 'and'", () => {
    const filters = new Filters([
      ["a", "1"],
      ["b__contains", "x"],
      ["c__in", "1,2"],
    ]);
    expect(filters.humanDescriptionEn()).toBe('where a = 1, b contains "x" and c in ["1", "2"]');
    expect(new Filters([]).humanDescriptionEn()).toBe("");
  });
});

describe("SQL names", () => {
  it("quotes only names that need it (escape_sqlite)", () => {
    expect(escapeSqlite("simple_primary_key")).toBe("simple_primary_key");
    expect(escapeSqlite("select")).toBe('"select"');
    expect(escapeSqlite('table/with "slash"')).toBe('"table/with ""slash"""');
  });

  it("turns search text into quoted FTS phrases (escape_fts)", () => {
    expect(escapeFts("dog cat")).toBe('"dog" "cat"');
    expect(escapeFts('te* AND "big dog')).toBe('"te*" "AND" "big dog"');
  });

  it("builds keyset pagination for compound keys (compound_keys_after_sql)", () => {
    expect(compoundKeysAfterSql(["a", "b"], 2)).toBe("((a > :p2)\n  or\n(a = :p2 and b > :p3))");
  });
});

describe("query strings as Python writes them", () => {
  it("quotes like quote_plus and drops blank values like parse_qsl", () => {
    expect(quotePlus("a b~*/")).toBe("a+b~%2A%2F");
    expect(parseQsl("a=1&b=&c=x+y")).toEqual([
      ["a", "1"],
      ["c", "x y"],
    ]);
  });

  it("adds, removes and formats (path_with_added_args & co.)", () => {
    expect(pathWithAddedArgs("/db/t", "_facet=state", [["state", "CA"]])).toBe("/db/t?_facet=state&state=CA");
    expect(pathWithRemovedArgs("/db/t", "_facet=state&_facet=city", [["_facet", "state"]])).toBe(
      "/db/t?_facet=city",
    );
    expect(pathWithFormat("/db/t", "a=1", "csv", { _size: "max", _labels: "on" })).toBe(
      "/db/t.csv?a=1&_labels=on&_size=max",
    );
    // Without pairs to add (the shortcut) and with a dot in the path (then _format is a pair).
    expect(pathWithFormat("/db/t", "", "json")).toBe("/db/t.json");
    expect(pathWithFormat("/db/t", "a=1", "json")).toBe("/db/t.json?a=1");
    expect(pathWithFormat("/db/t.x", "a=1", "json")).toBe("/db/t.x?a=1&_format=json");
    expect(pathWithFormat("/db/t", "", "csv", {})).toBe("/db/t.csv");
  });

  it("returns unreserved text as it is and quotes the rest by UTF-8 byte", () => {
    expect(quotePlus("Az09_.~-")).toBe("Az09_.~-");
    expect(quotePlus("")).toBe("");
    expect(quotePlus("é&")).toBe("%C3%A9%26");
  });
});
