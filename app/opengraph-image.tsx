// The shared-link image of every page without its own: the product and the city, in Indonesian
// (prerendered once at build time; it reads no data).
import { shareImage, SHARE_IMAGE_SIZE } from "@/lib/public/share-image";

export const alt = "Rapor Layanan: rapor pelayanan publik Kota Bengkulu";
export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";

export default function Image() {
  return shareImage({ kicker: "Rapor Layanan", title: "Rapor pelayanan publik Kota Bengkulu", caption: "Nilai, zona dan kontak kepala setiap unit layanan" });
}
