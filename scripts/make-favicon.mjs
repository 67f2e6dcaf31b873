// Writes app/favicon.ico (16, 32 and 48 px PNGs in one ICO) from an inline SVG: `node scripts/make-favicon.mjs app/favicon.ico`.
import fs from "node:fs";
import { Resvg } from "@resvg/resvg-js";
// A ledger mark: a rounded accent square with two ruled lines and a check — no fonts needed.
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect x="1" y="1" width="30" height="30" rx="7" fill="#b0265a"/><path d="M8 11h16M8 16h9" stroke="#fbf8f3" stroke-width="3" stroke-linecap="round"/><path d="M16.5 22.5l3 3 6-7" fill="none" stroke="#fbf8f3" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/></svg>`;
const sizes = [16, 32, 48];
const pngs = sizes.map((s) => new Resvg(svg, { fitTo: { mode: "width", value: s } }).render().asPng());
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(sizes.length, 4);
let offset = 6 + 16 * sizes.length;
const entries = sizes.map((s, i) => {
  const e = Buffer.alloc(16);
  e.writeUInt8(s, 0);
  e.writeUInt8(s, 1);
  e.writeUInt8(0, 2);
  e.writeUInt8(0, 3);
  e.writeUInt16LE(1, 4);
  e.writeUInt16LE(32, 6);
  e.writeUInt32LE(pngs[i].length, 8);
  e.writeUInt32LE(offset, 12);
  offset += pngs[i].length;
  return e;
});
fs.writeFileSync(process.argv[2], Buffer.concat([header, ...entries, ...pngs]));
