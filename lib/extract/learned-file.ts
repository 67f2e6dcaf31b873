import type { SentenceModel } from "./learned";

/** Where the trained sentence classifier lives, relative to the project root. */
export const MODEL_PATH = "lib/extract/sentence-model.json";

/** The model as JSON with one feature per line, sorted, so a retrained model diffs line by line. */
export function serialiseModel(model: SentenceModel): string {
  const features = Object.keys(model.weights).sort();
  const lines = features.map((f) => `    ${JSON.stringify(f)}: ${JSON.stringify(model.weights[f])}`);
  const { dates, couples } = model;
  // A nested model's weights, one per line, sorted.
  const nested = (weights: Record<string, number>) =>
    Object.keys(weights)
      .sort()
      .map((f) => `      ${JSON.stringify(f)}: ${JSON.stringify(weights[f])}`)
      .join(",\n");
  return [
    "{",
    `  "classes": ${JSON.stringify(model.classes)},`,
    `  "threshold": ${JSON.stringify(model.threshold)},`,
    `  "besideThreshold": ${JSON.stringify(model.besideThreshold)},`,
    `  "bias": ${JSON.stringify(model.bias)},`,
    ...(dates
      ? ['  "dates": {', `    "margin": ${JSON.stringify(dates.margin)},`, '    "weights": {', nested(dates.weights), "    }", "  },"]
      : []),
    ...(couples
      ? [
          '  "couples": {',
          `    "threshold": ${JSON.stringify(couples.threshold)},`,
          '    "weights": {',
          nested(couples.weights),
          "    }",
          "  },",
        ]
      : []),
    '  "weights": {',
    lines.join(",\n"),
    "  }",
    "}",
    "",
  ].join("\n");
}
