import { describe, expect, it } from "vitest";
import { contrastRatio, THEMES } from "./palette";

describe("chart palette", () => {
  for (const [name, t] of Object.entries(THEMES)) {
    it(`${name}: text, muted text and links meet WCAG AA (4.5:1)`, () => {
      for (const c of [t.text, t.muted, t.link]) expect(contrastRatio(c, t.background)).toBeGreaterThanOrEqual(4.5);
    });
    it(`${name}: the heat line and axis meet 3:1 for graphics`, () => {
      expect(contrastRatio(t.heat, t.background)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(t.axis, t.background)).toBeGreaterThanOrEqual(3);
    });
  }
  it("dark: every kind and stance colour stands out at 3:1", () => {
    const t = THEMES.dark;
    for (const c of [...Object.values(t.kinds), ...Object.values(t.stances)])
      expect(contrastRatio(c, t.background)).toBeGreaterThanOrEqual(3);
  });
  it("kinds are eight distinct colours in each theme", () => {
    for (const t of Object.values(THEMES)) expect(new Set(Object.values(t.kinds)).size).toBe(8);
  });
});
