import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/site-header";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    metadataBase: publicBase(),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("description"),
    openGraph: { siteName: t("siteName"), type: "website" },
  };
}

/** Absolute URLs for shared links (og:image): the public base URL, as for the posters. */
function publicBase(): URL | undefined {
  try {
    return new URL(process.env.PUBLIC_BASE_URL || process.env.NEXTAUTH_URL || `http://localhost:${process.env.PORT ?? 3000}`);
  } catch {
    return undefined;
  }
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5394" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body>
        <SiteHeader />
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
