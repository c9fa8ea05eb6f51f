/**
 * Agent tables as structures of arrays: a schema maps each field to a typed-array kind, and the
 * same schema yields both the storage and the TypeScript type of a table (as in bitECS).
 */
const CONSTRUCTORS = {
  f64: Float64Array,
  f32: Float32Array,
  i32: Int32Array,
  u32: Uint32Array,
  u16: Uint16Array,
  u8: Uint8Array,
} as const;

export type FieldKind = keyof typeof CONSTRUCTORS;
export type TableSchema = Readonly<Record<string, FieldKind>>;
type ArrayOf<K extends FieldKind> = InstanceType<(typeof CONSTRUCTORS)[K]>;

/** Columns of a table: one typed array per field, plus the row count. */
export type Table<S extends TableSchema> = { readonly [F in keyof S]: ArrayOf<S[F]> } & { readonly size: number };

/**
 * Allocates a table of `size` zeroed rows. Its field set is sealed. The object is built in one go
 * (`Object.fromEntries`): added field by field, a table of more than a dozen or so fields falls
 * into V8's slow dictionary mode, and every column read outside a hoisted loop becomes a lookup.
 */
export function createTable<S extends TableSchema>(schema: S, size: number): Table<S> {
  return Object.fromEntries([['size', size], ...Object.entries(schema).map(([field, kind]) => [field, new CONSTRUCTORS[kind](size)])]) as Table<S>;
}

/**
 * A table that grows by doubling, for records created during a run (cases). Rows are recycled
 * through a LIFO free list, so the row an event gets depends only on the run's own history.
 */
export class GrowableTable<S extends TableSchema> {
  private columns: Record<string, ArrayOf<FieldKind>>;
  private freeRows: number[] = [];
  private used = 0;
  constructor(
    private readonly schema: S,
    private capacity = 1024,
  ) {
    this.columns = {};
    for (const [field, kind] of Object.entries(schema)) this.columns[field] = new CONSTRUCTORS[kind](capacity);
  }

  /** The current columns; re-read after `allocate`, which may replace them. */
  get cols(): { readonly [F in keyof S]: ArrayOf<S[F]> } {
    return this.columns as { [F in keyof S]: ArrayOf<S[F]> };
  }

  /** Rows in use. */
  get live(): number {
    return this.used - this.freeRows.length;
  }

  /** A fresh or recycled row. A recycled row keeps its old values: the caller sets every field. */
  allocate(): number {
    const recycled = this.freeRows.pop();
    if (recycled !== undefined) return recycled;
    if (this.used === this.capacity) this.grow();
    return this.used++;
  }

  release(row: number): void {
    this.freeRows.push(row);
  }

  /** Frees every row at once (a queue emptied in one go): the next rows allocated are 0, 1, 2, ... */
  clear(): void {
    this.used = 0;
    this.freeRows.length = 0;
  }

  private grow(): void {
    this.capacity *= 2;
    for (const [field, kind] of Object.entries(this.schema)) {
      const next = new CONSTRUCTORS[kind](this.capacity);
      next.set(this.columns[field] as never);
      this.columns[field] = next;
    }
  }
}
