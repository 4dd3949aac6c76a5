// A chart label broken into lines that each fit `maxWidth` (measured by the chart's own font), so
// that a long element name on a phone is drawn on two or three lines instead of being cut at the
// canvas's edge (chart.js gives a vertical axis at most about half the chart's width and draws
// what does not fit past the left edge). Plain TypeScript, bundled into the chart script.

/** Lines of `text`, broken between words; a single word wider than `maxWidth` is cut into pieces that fit. */
export function wrapLabel(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A word alone wider than the room: cut it where it must (rare: long names are several words).
    while (measure(line) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measure(line.slice(0, cut) + "-") > maxWidth) cut--;
      lines.push(line.slice(0, cut) + "-");
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [text];
}
