import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "./language-switch";

// The public pages every visitor needs; /pengaduan and /lacak are the complaint form and its tracking page.
const LINKS = [
  ["/peringkat", "leaderboard"],
  ["/pengaduan", "complaint"],
  ["/lacak", "track"],
  ["/metode", "method"],
] as const;

export async function SiteHeader() {
  const t = await getTranslations("nav");
  const meta = await getTranslations("meta");
  const locale = await getLocale();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <nav aria-label={t("mainNavigation")} className="site-nav">
        {/* No prefetching: the citizen pages are answered by the front (server/front.ts), not as
            React Server Components, so a prefetch from the workspace would be wasted. */}
        <Link href="/" className="brand" prefetch={false}>
          {meta("siteName")}
        </Link>
        <ul className="site-links">
          {LINKS.map(([href, key]) => (
            <li key={href}>
              <Link href={href} prefetch={false}>
                {t(key)}
              </Link>
            </li>
          ))}
        </ul>
        <LanguageSwitch locale={locale} label={t("switchTo")} />
      </nav>
    </header>
  );
}
