import { CLAIM_KINDS, STANCES } from "@/db/enums";
import { themeCssVariables } from "./palette";

const ROLE_VARS: [string, string][] = [
  ["text", "--c-text"],
  ["muted", "--c-muted"],
  ["grid", "--c-grid"],
  ["axis", "--c-axis"],
  ["heat", "--c-heat"],
  ["marker", "--c-marker"],
  ["bg", "--c-bg"],
  ["link", "--c-link"],
  ...CLAIM_KINDS.map((k): [string, string] => [k, `--k-${k}`]),
  ...STANCES.map((s): [string, string] => [s, `--s-${s}`]),
];

/**
 * CSS for charts inside HTML (embeds and the pair page): the paint classes
 * point at CSS variables, so one server-rendered SVG follows the theme —
 * including `auto`, which follows the reader's colour-scheme preference.
 * Scoped under `.rl-fig`, the element that holds a chart and its legend.
 */
export function chartCss(): string {
  const fills = ROLE_VARS.map(([r, v]) => `.rl-fig .f-${r}{fill:var(${v})}`).join("");
  const strokes = ROLE_VARS.map(([r, v]) => `.rl-fig .s-${r}{stroke:var(${v})}`).join("");
  return (
    fills +
    strokes +
    ".rl-fig .rlc{display:block;overflow:visible;font-family:inherit}" +
    ".rl-fig .rlc text{font-family:inherit}" +
    ".rl-fig .rl-tl{position:relative}.rl-fig .rl-links{position:absolute;inset:0;overflow:visible}" +
    ".rl-fig .rl-links a:focus{outline:none}.rl-fig .rl-links a:focus circle,.rl-fig .rl-links a:hover circle{stroke:var(--c-link);stroke-width:2}" +
    ".rl-legend{display:flex;flex-wrap:wrap;gap:.2rem 1rem;list-style:none;margin:.3rem 0 .5rem;padding:0;font-size:.8rem;color:var(--c-muted)}" +
    ".rl-legend li{display:inline-flex;align-items:center;gap:.35rem}" +
    "@media (max-width:480px){.rl-fig .tick-odd{display:none}}"
  );
}

/** Theme variables: light by default, dark when forced, and dark under `auto` when the reader prefers it. */
export function themeCss(selector: string): string {
  return (
    `${selector}{${themeCssVariables("light")}}` +
    `${selector}[data-theme=dark]{${themeCssVariables("dark")}}` +
    `@media (prefers-color-scheme:dark){${selector}[data-theme=auto]{${themeCssVariables("dark")}}}`
  );
}
