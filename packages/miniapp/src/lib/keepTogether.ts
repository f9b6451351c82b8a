// A clock range such as 08:00-08:30 breaks after its hyphen when the line runs out ("08:00-" on one line,
// "08:30" on the next), which in 关怀模式's large text happens on most visit lines. Text is cut into runs
// so that each range can be set in one piece.

/** Clock ranges: `08:00-08:30`, `8:00-12:00`. */
const CLOCK_RANGE = /\d{1,2}:\d{2}-\d{1,2}:\d{2}/;

export interface TextRun {
  text: string;
  /** Set in one piece: no line break inside. */
  together: boolean;
}

/** The text in runs, each clock range one run of its own; joined, the runs give the text back. */
export function keepTogetherRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  // exec, not matchAll: older WeChat JavaScript engines lack String.prototype.matchAll.
  const pattern = new RegExp(CLOCK_RANGE.source, 'g');
  let from = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match.index > from) runs.push({ text: text.slice(from, match.index), together: false });
    runs.push({ text: match[0], together: true });
    from = match.index + match[0].length;
  }
  if (from < text.length || runs.length === 0) runs.push({ text: text.slice(from), together: false });
  return runs;
}
