// A unit's shared-link image: its name, current score and zone in words, from the cached figures.
import { getLocale, getTranslations } from "next-intl/server";
import { getUnitDirectory } from "@/lib/public/cache.server";
import { getScores } from "@/lib/scores/cache.server";
import { formatters } from "@/lib/i18n/format";
import { shareImage, SHARE_IMAGE_SIZE } from "@/lib/public/share-image";
import { currentQuarter } from "@/lib/scores/period";

export const alt = "Rapor Layanan: nilai dan zona unit layanan";
export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const unit = (await getUnitDirectory()).find((u) => u.slug === slug);
  if (!unit) return new Response(null, { status: 404 });
  const period = currentQuarter(new Date()).key;
  const score = (await getScores(period)).units.find((u) => u.slug === slug);
  const zones = await getTranslations("zones");
  const f = formatters(await getLocale());
  return shareImage({
    kicker: `Rapor Layanan · ${period}`,
    title: unit.name,
    figure: score?.score != null ? f.num(score.score) : undefined,
    caption: zones(score?.zone ?? "none"),
    zone: score?.zone,
  });
}
