// Draws one page of an SKM report twice, for docs/reports.md: as the server's PDF (the /pdf route's
// own function) and as the browser's print of the same HTML document (Chromium's "Save as PDF" of
// the page), both rasterised by pdfjs. Usage, on a database with the demo data:
//   npx tsx scripts/report-images.ts [slug=rshd] [period=2026-Q3] [page=7]
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { loadReport, reportHtml, reportPdfBuffer } from "@/lib/report/serve.server";
import { CHROMIUM_ARGS, chromiumPath } from "@/lib/report/chromium";

const [slug = "rshd", period = "2026-Q3", pageNumber = "7"] = process.argv.slice(2);
const report = await loadReport(slug, period);
if (!report) throw new Error(`no report of ${slug} for ${period}`);
const links = { self: `/admin/laporan/${period}/${slug}`, pdf: `/admin/laporan/${period}/${slug}/pdf` };
const server = await reportPdfBuffer(report, "id", links, "http://localhost:3000");

const file = path.join(tmpdir(), `report-${slug}-${period}.html`);
writeFileSync(file, await reportHtml(report, "id", links));
const browser = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.goto(`file://${file}`);
const printed = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
await browser.close();

async function png(pdf: Buffer, out: string) {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const p = await doc.getPage(Number(pageNumber));
  const viewport = p.getViewport({ scale: 1 });
  // pdfjs's own canvas factory in Node (@napi-rs/canvas), typed loosely by pdfjs.
  const factory = doc.canvasFactory as { create(w: number, h: number): { canvas: { toBuffer(type: string): Buffer }; context: CanvasRenderingContext2D } };
  const { canvas, context } = factory.create(viewport.width, viewport.height);
  await p.render({ canvasContext: context, viewport, canvas: canvas as unknown as HTMLCanvasElement }).promise;
  writeFileSync(out, canvas.toBuffer("image/png"));
  console.log(`${out}: page ${pageNumber} of ${doc.numPages}`);
}
mkdirSync("docs/images", { recursive: true });
await png(server, `docs/images/report-${slug}-p${pageNumber}-server-pdf.png`);
await png(printed, `docs/images/report-${slug}-p${pageNumber}-browser-print.png`);
process.exit(0);
