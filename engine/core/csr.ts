/**
 * A compact (CSR) graph: neighbours of node i are targets[offsets[i] .. offsets[i+1]).
 * Built once from an edge list; reading it allocates nothing.
 */
export interface Csr {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

/**
 * Builds an undirected CSR graph from `count` edges (a[k], b[k]) by counting sort. Neighbour
 * order within a node follows edge order, so the result depends only on the edge list.
 */
export function undirectedCsr(nodes: number, a: Int32Array, b: Int32Array, count: number): Csr {
  const offsets = new Int32Array(nodes + 1);
  for (let k = 0; k < count; k++) {
    offsets[a[k] + 1]++;
    offsets[b[k] + 1]++;
  }
  for (let i = 0; i < nodes; i++) offsets[i + 1] += offsets[i];
  const cursor = offsets.slice(0, nodes);
  const targets = new Int32Array(2 * count);
  for (let k = 0; k < count; k++) {
    targets[cursor[a[k]]++] = b[k];
    targets[cursor[b[k]]++] = a[k];
  }
  return { offsets, targets };
}
