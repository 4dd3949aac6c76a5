// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled. Fields that
// a spreadsheet would run as a formula (=, +, -, @ at the start) get a leading apostrophe, so an
// exported comment cannot become a formula in the secretariat's spreadsheet (CSV injection).
export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: CsvValue[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
