// The one layout of every citizen-facing page (home, leaderboard, unit, method, survey, complaint,
// tracking): plain HTML strings rendered on the server by route handlers, every value escaped by
// lib/html/template.ts. Why not React pages: an App Router page always ships the client runtime (about
// 175 KB gzip on Next 16) and renders twice (RSC payload, then HTML), while these pages are read
// on cheap phones on prepaid data and are the same for everyone. docs/architecture.md, "How citizen pages are
// rendered".
//
// Scripts are inline source text (allowed by their hash, lib/html/response.ts) or files under
// /assets/ (allowed as 'self'); no nonce, so a page that is the same for everyone can be cached
// whole, by this server and by a shared cache in front.
import { html, trusted, type SafeHtml } from "@/lib/html/template";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator.server";

export type Shell = {
  locale: Locale;
  title: string;
  /** The site's name is appended ("title · Rapor Layanan") unless this is the whole title. */
  fullTitle?: boolean;
  description: string;
  /** The page's own path and query, for the language switch to come back to. */
  path: string;
  t: Translate;
  body: SafeHtml;
  /** Inline script source (trusted constants, never input); allowed by its hash. */
  script?: string;
  /** Wide pages (tables): 60rem instead of the form's 40rem. */
  wide?: boolean;
  /** An absolute or root-relative og:image; default the site's image. */
  image?: string;
  /** @deprecated Ignored: citizen pages carry no nonce (kept so that older callers compile). */
  nonce?: string | null;
};

// Small on purpose: system fonts, no framework, large touch targets, readable at 360 px.
// Zone colours meet WCAG AA with their text.
const CSS = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#f6f7f9}
a{color:#0b57d0}main{max-width:40rem;margin:0 auto;padding:.75rem 1rem 2rem}main.w{max-width:60rem}
.top{background:#0b5394;color:#fff}.top nav{max-width:60rem;margin:0 auto;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.25rem 1rem;align-items:center}
.top a{color:#fff}.top .brand{font-weight:700;text-decoration:none;margin-right:auto;font-size:1.1rem}.top ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0;padding:0}
h1{font-size:1.45rem;line-height:1.25;margin:.5rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}h3{font-size:1.05rem}
table{border-collapse:collapse;width:100%;background:#fff}th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid #d0d7de;vertical-align:top}th{font-weight:600}
caption{text-align:left;font-weight:600;padding:.5rem 0}.scroll{overflow-x:auto}.muted,.hint{color:#555}
fieldset{border:1px solid #d0d5dd;border-radius:.5rem;background:#fff;margin:0 0 1rem;padding:.75rem 1rem;min-width:0}
legend{font-weight:600;padding:0 .25rem}.n{display:block;font-size:.85rem;font-weight:400;color:#555}
.opts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,9.5rem),1fr));gap:.5rem;margin-top:.5rem}
.opts label{display:flex;gap:.5rem;align-items:center;min-height:3rem;padding:.5rem .75rem;border:2px solid #d0d5dd;border-radius:.5rem;cursor:pointer;overflow-wrap:anywhere}
.opts label:has(input:checked){border-color:#0b57d0;background:#e8f0fe}.opts input{width:1.25rem;height:1.25rem;margin:0;flex:none}
input[type=text],input[type=search],input[type=tel],input[type=email],input[type=date],input[type=number],select,textarea{width:100%;font:inherit;padding:.6rem;border:1px solid #767676;border-radius:.375rem;background:#fff}
.req{color:#b3261e;margin-left:.2rem}.f{margin-bottom:.9rem}.f>label{display:block;font-weight:600}.hint{font-size:.875rem;margin:.1rem 0 .3rem}
.err{color:#b3261e;font-weight:600;margin:.25rem 0 0}[aria-invalid=true],.bad{border-color:#b3261e!important}
.summary,.notice{border:2px solid #b3261e;border-radius:.5rem;background:#fff;padding:.75rem 1rem;margin-bottom:1rem}.notice.info{border-color:#0b5394}
.hp,.skip{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}.skip:focus{left:1rem;top:1rem;width:auto;height:auto;background:#fff;padding:.5rem}
button,.btn{display:inline-block;font:inherit;font-weight:600;padding:.8rem 1.5rem;border:0;border-radius:.5rem;background:#0b57d0;color:#fff;min-height:3rem;text-decoration:none;cursor:pointer}
button.secondary{background:#fff;color:#0b57d0;border:2px solid #0b57d0}
.ok{border-left:6px solid #1e7d32;background:#fff;padding:.75rem 1rem;border-radius:.5rem}
.figures{display:grid;grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));gap:.75rem;margin:0}.figures>div{border:1px solid #d0d7de;border-radius:.375rem;padding:.5rem .75rem;background:#fff}
.figures dt{color:#555;font-size:.9rem}.figures dd{margin:0;font-size:1.3rem;font-weight:700}
.zb{display:inline-block;padding:.1rem .5rem;border-radius:999px;font-size:.9rem;font-weight:600;white-space:nowrap;border:1px solid #d0d7de;background:#f3f5f7}
.cat{font-weight:700;text-decoration:none;margin-right:.15rem}
.zb-red{background:#b3261e;color:#fff;border-color:#b3261e}.zb-yellow{background:#fff4c2;color:#4d3d00;border-color:#8a6d00}.zb-green{background:#1e7b34;color:#fff;border-color:#1e7b34}
.zones{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;padding:0;list-style:none}.zones .red{color:#b3261e}.zones .yellow{color:#6b5500}.zones .green{color:#1e7b34}
.flag{font-weight:600;color:#8c1d18}.plan-actions,.plan-results{margin-bottom:1rem}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:1rem}.card{border:1px solid #d0d7de;border-radius:.375rem;padding:.75rem 1rem;background:#fff}.card h3{margin-top:0}
.chart{position:relative;height:18rem;margin-bottom:1rem}.chart.tall{height:22rem}
.filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end;margin-bottom:1rem}.filters .f{margin:0}.filters input,.filters select{width:auto}
tr.weakest th,tr.weakest td{color:#b3261e;font-weight:600}.phone{font-size:1.5rem;font-weight:700;margin:.25rem 0}
.acts{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;padding:0;list-style:none}.acts a{display:inline-block;padding:.5rem .75rem;border:1px solid #0b57d0;border-radius:.375rem;text-decoration:none;font-weight:600;background:#fff}
.board th a{color:inherit}.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}.facts dd{margin:0}.formula{font-family:ui-monospace,monospace;background:#eef1f4;padding:.5rem .75rem;border-radius:.25rem;overflow-x:auto}
@media (max-width:40rem){.board thead,.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.board tr,.stack tr{display:block;border:1px solid #d0d7de;border-radius:.375rem;margin-bottom:.75rem;padding:.25rem .5rem}.stack th,.stack td{display:block;border:none;padding:.2rem 0}
.stack td::before{content:attr(data-label);display:block;color:#555;font-size:.875rem}
.board th,.board td,.stack.pairs th,.stack.pairs td{display:flex;justify-content:space-between;gap:1rem;border:none;padding:.2rem 0}.board td::before,.stack.pairs td::before{content:attr(data-label);color:#555;font-weight:400;font-size:1rem}}
@media (max-width:22.5rem){th,td{padding:.4rem .3rem}}@media (max-width:30rem){.chart.tall{height:30rem}}
:focus-visible{outline:3px solid #f9ab00;outline-offset:2px}@media print{.top,.np,button{display:none}.chart{break-inside:avoid}}
`
  .replace(/\n/g, "")
  .trim();

// The public pages every visitor needs; /pengaduan and /lacak are the complaint form and its tracking page.
const LINKS = [
  ["/peringkat", "nav.leaderboard"],
  ["/pengaduan", "nav.complaint"],
  ["/lacak", "nav.track"],
  ["/metode", "nav.method"],
] as const;

/** The public base URL for absolute links in shared previews (og:image), as for the posters. */
export function publicBaseUrl(): string {
  return (process.env.PUBLIC_BASE_URL || process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, "");
}

export function page({ locale, title, fullTitle, description, path, t, body, script, wide, image }: Shell): string {
  const other = locale === "id" ? "en" : "id";
  const site = t("meta.siteName");
  const fullTitleText = fullTitle ? title : `${title} · ${site}`;
  const imageUrl = image ? (image.startsWith("/") ? publicBaseUrl() + image : image) : `${publicBaseUrl()}/opengraph-image`;
  return (
    "<!doctype html>" +
    html`<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${fullTitleText}</title><meta name="description" content="${description}"><meta name="theme-color" content="#0b5394"><link rel="icon" href="/favicon.ico" sizes="32x32"><link rel="icon" href="/icon.svg" type="image/svg+xml">
<meta property="og:title" content="${title}"><meta property="og:description" content="${description}"><meta property="og:site_name" content="${site}"><meta property="og:type" content="website"><meta property="og:image" content="${imageUrl}"><meta name="twitter:card" content="summary_large_image">
<style>${trusted(CSS)}</style><noscript><style>.chart{display:none}</style></noscript></head><body>
<a class="skip" href="#main">${t("nav.skipToContent")}</a>
<header class="top"><nav aria-label="${t("nav.mainNavigation")}"><a class="brand" href="/">${site}</a><ul>${LINKS.map(([href, key]) => html`<li><a href="${href}">${t(key)}</a></li>`)}</ul><a href="/bahasa?to=${other}&amp;next=${encodeURIComponent(path)}" lang="${other}" hreflang="${other}" rel="nofollow">${t("nav.switchTo")}</a></nav></header>
<main id="main"${wide ? html` class="w"` : ""}>${body}</main>
${script ? html`<script>${trusted(script)}</script>` : ""}</body></html>`.value
  );
}

/** A zone in words on its colour (the colour alone would say nothing to some readers). */
export function zoneBadge(zone: string | null, label: string): SafeHtml {
  return html`<span class="zb zb-${zone ?? "none"}">${label}</span>`;
}
