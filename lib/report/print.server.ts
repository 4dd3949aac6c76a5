// The SKM report's PDF is the report's HTML document printed by a headless Chromium: one layout
// (lib/report/html.ts, with its print CSS and page margin boxes) for the screen, the browser's
// print and the PDF (docs/decisions/0009-report-pdf-by-printing-the-html.md). One browser per
// process, started on the first PDF and started again if it dies; a few pages print at once.
import { chromium, type Browser } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium";

/** No Chromium on this server: the HTML document still prints from any browser. */
export class PdfUnavailableError extends Error {
  constructor() {
    super("No Chromium found for printing PDFs: install Debian's chromium package or set CHROMIUM_PATH.");
  }
}

let browser: Promise<Browser> | null = null;

function launch(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) return Promise.reject(new PdfUnavailableError());
  browser ??= chromium.launch({ executablePath, args: CHROMIUM_ARGS }).then(
    (b) => {
      b.on("disconnected", () => (browser = null));
      return b;
    },
    (e) => {
      browser = null;
      throw e;
    },
  );
  return browser;
}

// At most this many pages print at once: a PDF is CPU work and the machine serves citizens too.
const CONCURRENT = 2;
let printing = 0;
const waiting: (() => void)[] = [];
async function slot<T>(work: () => Promise<T>): Promise<T> {
  if (printing >= CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  printing++;
  try {
    return await work();
  } finally {
    printing--;
    waiting.shift()?.();
  }
}

/**
 * Prints a self-contained HTML document (inline CSS, no script, no image) to an A4 PDF. It is
 * served as `baseUrl` + `path` inside the browser, so that its relative links are the site's
 * addresses in the PDF; every other request of the page is refused (it needs none). A document
 * with a table of contents (`<span class="toc-page" data-for="<heading id>">`) is printed twice:
 * first with an invisible marker before each listed heading, to read from the PDF's text on which
 * page each one landed, then with those page numbers in the table (same layout: the marker is a
 * 1px word inside the heading's line).
 */
export async function printPdf(document: string, baseUrl: string, path: string): Promise<Buffer> {
  const targets = [...document.matchAll(TOC_ENTRY)].map((m) => m[1]);
  if (targets.length === 0) return print(document, baseUrl, path);
  const markers = targets.map((id) => `#${id}::before{content:"${marker(id)}";font-size:1px;color:#fff}`).join("");
  const located = await pageNumbers(await print(document.replace("</style>", `${markers}</style>`), baseUrl, path), targets);
  return print(
    document.replace(TOC_ENTRY, (entry, id: string) => (located.has(id) ? entry.replace("></span>", `>${located.get(id)}</span>`) : entry)),
    baseUrl,
    path,
  );
}

const TOC_ENTRY = /<span class="toc-page" data-for="([a-z0-9-]+)"><\/span>/g;
const marker = (id: string) => `@@${id}@@`;

/** The page (1-based) on which each heading's marker is, from the PDF's text (pdfjs). */
async function pageNumbers(pdf: Buffer, ids: readonly string[]): Promise<Map<string, number>> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const found = new Map<string, number>();
  for (let page = 1; page <= doc.numPages; page++) {
    const text = (await (await doc.getPage(page)).getTextContent()).items.map((item) => ("str" in item ? item.str : "")).join("");
    for (const id of ids) if (!found.has(id) && text.includes(marker(id))) found.set(id, page);
  }
  await doc.destroy();
  return found;
}

function print(document: string, baseUrl: string, path: string): Promise<Buffer> {
  return slot(async () => {
    const context = await (await launch()).newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const url = new URL(path, baseUrl).toString();
      await page.route("**/*", (route) =>
        route.request().url() === url ? route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: document }) : route.abort(),
      );
      await page.goto(url, { waitUntil: "load" });
      return await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
    } finally {
      await context.close();
    }
  });
}
