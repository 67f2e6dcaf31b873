import type { SentenceModel } from "./learned";

/** Where the trained sentence classifier lives, relative to the project root. */
export const MODEL_PATH = "lib/extract/sentence-model.json";

/** The model as JSON with one feature per line, sorted, so a retrained model diffs line by line. */
export function serialiseModel(model: SentenceModel): string {
  const features = Object.keys(model.weights).sort();
  const lines = features.map((f) => `    ${JSON.stringify(f)}: ${JSON.stringify(model.weights[f])}`);
  const dates = model.dates;
  const dateLines = dates
    ? Object.keys(dates.weights)
        .sort()
        .map((f) => `      ${JSON.stringify(f)}: ${JSON.stringify(dates.weights[f])}`)
    : [];
  return [
    "{",
    `  "classes": ${JSON.stringify(model.classes)},`,
    `  "threshold": ${JSON.stringify(model.threshold)},`,
    `  "bias": ${JSON.stringify(model.bias)},`,
    ...(dates
      ? ['  "dates": {', `    "margin": ${JSON.stringify(dates.margin)},`, '    "weights": {', dateLines.join(",\n"), "    }", "  },"]
      : []),
    '  "weights": {',
    lines.join(",\n"),
    "  }",
    "}",
    "",
  ].join("\n");
}
