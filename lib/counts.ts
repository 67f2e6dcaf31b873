/** How reader pages write a count: digits grouped by thousands (48,852), the noun agreeing with it. */
export function countLabel(count: number, singular: string, plural: string): string {
  return `${count.toLocaleString("en-GB")} ${count === 1 ? singular : plural}`;
}
