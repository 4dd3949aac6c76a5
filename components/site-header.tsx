import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "./language-switch";

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
        <Link href="/" className="brand">
          {meta("siteName")}
        </Link>
        <LanguageSwitch locale={locale} label={t("switchTo")} />
      </nav>
    </header>
  );
}
