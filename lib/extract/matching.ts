/**
 * Maximum-weight bipartite matching (the Hungarian algorithm, O(n³)): rows and columns are
 * paired one-to-one so that the total weight of the chosen pairs is as large as possible.
 * A weight of 0 (or less) means "may not be paired". Pure and small enough for one article.
 */
export function maximumWeightMatching(weights: number[][], columns: number): [number, number][] {
  const rows = weights.length;
  const n = Math.max(rows, columns);
  if (n === 0) return [];
  const weightOf = (r: number, c: number) => (r < rows && c < columns ? Math.max(0, weights[r][c] ?? 0) : 0);
  // Minimise cost = -weight on an n×n square; padding rows and columns cost 0.
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const rowOfColumn = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let row = 1; row <= n; row++) {
    rowOfColumn[0] = row;
    let column0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[column0] = true;
      const row0 = rowOfColumn[column0];
      let delta = Infinity;
      let column1 = 0;
      for (let c = 1; c <= n; c++) {
        if (used[c]) continue;
        const current = -weightOf(row0 - 1, c - 1) - u[row0] - v[c];
        if (current < minv[c]) {
          minv[c] = current;
          way[c] = column0;
        }
        if (minv[c] < delta) {
          delta = minv[c];
          column1 = c;
        }
      }
      for (let c = 0; c <= n; c++) {
        if (used[c]) {
          u[rowOfColumn[c]] += delta;
          v[c] -= delta;
        } else {
          minv[c] -= delta;
        }
      }
      column0 = column1;
    } while (rowOfColumn[column0] !== 0);
    do {
      const column1 = way[column0];
      rowOfColumn[column0] = rowOfColumn[column1];
      column0 = column1;
    } while (column0 !== 0);
  }
  const pairs: [number, number][] = [];
  for (let c = 1; c <= n; c++) {
    const r = rowOfColumn[c] - 1;
    if (r >= 0 && weightOf(r, c - 1) > 0) pairs.push([r, c - 1]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
