/**
 * A plain link to /bahasa: works without JavaScript; /bahasa returns to the page the link was
 * clicked on (same-origin Referer).
 */
export function LanguageSwitch({ locale, label }: { locale: string; label: string }) {
  const to = locale === "id" ? "en" : "id";
  return (
    <a className="language-switch" href={`/bahasa?to=${to}`} hrefLang={to} lang={to} rel="nofollow">
      {label}
    </a>
  );
}
