/** A growable FIFO of integers on a ring buffer; push and shift allocate nothing in steady state. */
export class IntQueue {
  private buf: Int32Array;
  private head = 0;
  private count = 0;
  constructor(capacity = 64) {
    this.buf = new Int32Array(capacity);
  }
  get length(): number {
    return this.count;
  }
  push(x: number): void {
    if (this.count === this.buf.length) this.grow();
    this.buf[(this.head + this.count) % this.buf.length] = x;
    this.count++;
  }
  /** The oldest item, left in place; -1 when empty. */
  peek(): number {
    return this.count === 0 ? -1 : this.buf[this.head];
  }
  /** Removes and returns the oldest item; -1 when empty. */
  shift(): number {
    if (this.count === 0) return -1;
    const x = this.buf[this.head];
    this.head = (this.head + 1) % this.buf.length;
    this.count--;
    return x;
  }
  private grow(): void {
    const next = new Int32Array(this.buf.length * 2);
    for (let k = 0; k < this.count; k++) next[k] = this.buf[(this.head + k) % this.buf.length];
    this.buf = next;
    this.head = 0;
  }
}

/**
 * An unordered set of integers with O(1) add and remove, whose members record their slot in a
 * caller-owned column (`slotOf`). Removal swaps the last member in, deterministically.
 */
export class SlotList {
  items: Int32Array;
  length = 0;
  constructor(capacity = 64) {
    this.items = new Int32Array(capacity);
  }
  add(x: number, slotOf: Int32Array): void {
    if (this.length === this.items.length) {
      const next = new Int32Array(this.items.length * 2);
      next.set(this.items);
      this.items = next;
    }
    slotOf[x] = this.length;
    this.items[this.length++] = x;
  }
  remove(x: number, slotOf: Int32Array): void {
    const slot = slotOf[x];
    const last = this.items[--this.length];
    this.items[slot] = last;
    slotOf[last] = slot;
    slotOf[x] = -1;
  }
}
