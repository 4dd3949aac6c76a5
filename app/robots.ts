import type { MetadataRoute } from "next";

// Static (prerendered at build). The workspace is not for search engines.
export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/api/"] }] };
}
