// Workspace exports as XLSX (exceljs): typed cells (numbers as numbers, dates as dates, booleans
// as booleans, text as text, never a formula), a bold frozen header row and column widths.
// Written with exceljs' streaming writer, so a large export is never whole in memory. Dates are
// shown in city time (WIB): a spreadsheet has no time zones, and the secretariat reads WIB.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { NextResponse } from "next/server";
import { toCsv } from "@/lib/http/csv";

export type XlsxCell = string | number | boolean | Date | null | undefined;
export type XlsxColumn = { header: string; width?: number; kind?: "text" | "number" | "date" | "datetime" | "boolean" };

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const CITY_OFFSET_MS = 7 * 3_600_000;

/** A Date as the spreadsheet should show it: its city (WIB) wall-clock time. */
function cityWallClock(value: Date): Date {
  return new Date(value.getTime() + CITY_OFFSET_MS);
}

function cell(value: XlsxCell): ExcelJS.CellValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return cityWallClock(value);
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}

/** Streams one sheet of `columns` with the rows of `rows` (pages of rows, e.g. from keyset reads). */
export function xlsxResponse(
  filename: string,
  sheetName: string,
  columns: XlsxColumn[],
  rows: AsyncIterable<XlsxCell[][]> | Iterable<XlsxCell[][]>,
): NextResponse {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width ?? Math.max(10, Math.min(40, c.header.length + 2)),
    style: c.kind === "date" ? { numFmt: "yyyy-mm-dd" } : c.kind === "datetime" ? { numFmt: "yyyy-mm-dd hh:mm" } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  (async () => {
    try {
      for await (const page of rows) for (const row of page) sheet.addRow(row.map(cell)).commit();
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return new NextResponse(Readable.toWeb(out) as ReadableStream, {
    headers: { "Content-Type": XLSX_TYPE, "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
  });
}

/** A small table (in memory) as CSV or XLSX: dates as ISO strings in the CSV, typed cells in the XLSX. */
export function tableResponse(format: "csv" | "xlsx", name: string, sheetName: string, columns: XlsxColumn[], rows: XlsxCell[][]): NextResponse {
  if (format === "xlsx") return xlsxResponse(`${name}.xlsx`, sheetName, columns, [rows]);
  const csv = toCsv(
    columns.map((c) => c.header),
    rows.map((row) => row.map((v, i) => (v instanceof Date ? (columns[i]?.kind === "date" ? v.toISOString().slice(0, 10) : v.toISOString()) : v))),
  );
  return csvResponse(`${name}.csv`, csv);
}

/** A CSV download (the whole text, or a stream of it), never cached. */
export function csvResponse(filename: string, body: string | ReadableStream<Uint8Array>): NextResponse {
  return new NextResponse(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${filename}"`, "Cache-Control": "no-store" },
  });
}
