// The Open Graph image of the public pages (1200x630 PNG drawn by next/og, with the font it
// ships, so nothing is downloaded): the words a shared link shows in chat apps, on a zone colour.
import { ImageResponse } from "next/og";
import type { Zone } from "@/lib/scores/compliance";

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

const ZONE_COLOURS: Record<Zone | "none", string> = { red: "#b3261e", yellow: "#8a6d00", green: "#1e7b34", none: "#0b5394" };

export function shareImage({ kicker, title, figure, caption, zone }: { kicker: string; title: string; figure?: string; caption?: string; zone?: Zone | null }) {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 64,
        background: "#ffffff",
        color: "#1a1a1a",
        borderTop: `24px solid ${ZONE_COLOURS[zone ?? "none"]}`,
      }}
    >
      <div style={{ display: "flex", fontSize: 34, color: "#0b5394", fontWeight: 700 }}>{kicker}</div>
      <div style={{ display: "flex", fontSize: title.length > 40 ? 60 : 76, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
      <div style={{ display: "flex", alignItems: "baseline", gap: 32 }}>
        {figure ? <div style={{ display: "flex", fontSize: 120, fontWeight: 700, color: ZONE_COLOURS[zone ?? "none"] }}>{figure}</div> : null}
        {caption ? <div style={{ display: "flex", fontSize: 40, color: "#555555" }}>{caption}</div> : null}
      </div>
    </div>,
    SHARE_IMAGE_SIZE,
  );
}
