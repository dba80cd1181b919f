/**
 * Which numbers of a query's rows are floats. JavaScript has one number type, so a whole REAL (`1.0`)
 * reads back as `1`; the read process knows each value's SQLite storage class and says which are REALs:
 * whole columns (QueryResult.floatColumns) and, in columns that also hold INTEGERs, single cells
 * (QueryResult.floatCells). JSON, HTML and CSV then write those as Python writes a float (`1.0`).
 */
import type { QueryResult } from "../../db/types.js";

export class Floats {
  /** No floats at all. */
  static readonly NONE = new Floats(new Set(), new Map());

  private constructor(
    private readonly columns: ReadonlySet<string>,
    private readonly cells: ReadonlyMap<number, ReadonlySet<string>>,
  ) {}

  /** The floats of a result, by row index (as the rows come back) and column name. */
  static of(result: QueryResult): Floats {
    const columns = new Set((result.floatColumns ?? []).map((i) => result.columns[i]!));
    const cells = new Map<number, Set<string>>();
    const pairs = result.floatCells ?? [];
    for (let k = 0; k < pairs.length; k += 2) {
      const row = pairs[k]!;
      let set = cells.get(row);
      if (!set) cells.set(row, (set = new Set()));
      set.add(result.columns[pairs[k + 1]!]!);
    }
    return columns.size || cells.size ? new Floats(columns, cells) : Floats.NONE;
  }

  get none(): boolean {
    return this.columns.size === 0 && this.cells.size === 0;
  }

  /** Whether the number in this row (by index) and column is a float. */
  has(row: number, column: string): boolean {
    return this.columns.has(column) || (this.cells.get(row)?.has(column) ?? false);
  }
}
