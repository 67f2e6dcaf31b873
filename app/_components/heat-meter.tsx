import { displayHeat, heatLabel } from "@/lib/heat";

/** Heat as a number, a word and a bar; the number and word carry the meaning, the bar only illustrates it. */
export function HeatMeter({ heat, size = "small" }: { heat: number; size?: "small" | "large" }) {
  const value = displayHeat(heat);
  return (
    <div className={`heat heat-${size}`}>
      <span className="heat-value">
        <span className="heat-number">{value}</span>
        <span className="heat-scale">/100</span> <span className="heat-word">{heatLabel(heat)}</span>
      </span>
      <meter className="heat-bar" min={0} max={100} low={25} high={50} optimum={0} value={value} aria-label={`Heat ${value} out of 100`} />
    </div>
  );
}
