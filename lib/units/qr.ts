// QR codes of the posters, drawn as SVG on the server. The options are shared with the e2e test,
// which regenerates the code for the expected URL and compares it with the page's.
import QRCode from "qrcode";

export const QR_OPTIONS = { type: "svg", errorCorrectionLevel: "M", margin: 1 } as const;

export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, QR_OPTIONS);
}

/** wa.me wants the number in international form, digits only (08… becomes 628…). */
export function whatsappUrl(phone: string): string {
  let digits = phone.replace(/\D/g, "");
  if (digits.startsWith("0")) digits = `62${digits.slice(1)}`;
  return `https://wa.me/${digits}`;
}
