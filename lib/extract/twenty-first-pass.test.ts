import { describe, expect, it } from "vitest";
import { findPairs } from "./pairs";
import { read } from "./testing";

/** Made-up sentences for the couple rule of the twenty-first pass (ADR 19): two names in a guest list, with words of a couple. */

const story = (line: string) =>
  [
    "Bryn Sutt and Ilse Kova dance the night away",
    "Bryn Sutt and Ilse Kova were seen together at the Lyric ball in Hammersmith on Saturday.",
    line,
  ].join("\n\n");
const pairs = (line: string) => findPairs(read(story(line), "2025-09-04")).map((p) => p.join(" & "));

describe("two names in a guest list", () => {
  it("are a couple when the sentence has words of a couple", () => {
    expect(
      pairs("Also at the ball were Ben Oyelar and Sofia Castelwright, who told me they became engaged in Lisbon last month."),
    ).toContain("Ben Oyelar & Sofia Castelwright");
    expect(pairs("Also at the bar on Monday: Meera Solan and the cricketer Rohan Pathar, leaving together at midnight.")).toContain(
      "Meera Solan & Rohan Pathar",
    );
  });

  it("stay guests when the list has more names, or only says they were seen", () => {
    expect(pairs("Also spotted at the ball: Ben Oyelar and Sofia Castelwright.")).not.toContain("Ben Oyelar & Sofia Castelwright");
    expect(
      pairs("Also at the ball were Ben Oyelar, Sofia Castelwright and Dora Quill, who arrived together from the theatre."),
    ).not.toContain("Ben Oyelar & Sofia Castelwright");
  });
});
