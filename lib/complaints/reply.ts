// Answering the reporter back on the channel the complaint came from: one tap opens WhatsApp or
// SMS on the handler's phone with a prefilled message in Indonesian (the tracking code, the
// tracking link and, once answered, the answer). Pure.
import { internationalDigits } from "@/lib/units/phone";

export function replyMessage(input: { trackingCode: string; trackingUrl: string; unitName: string; answer?: string | null }): string {
  const lines = [`Pengaduan Anda untuk ${input.unitName} sudah kami catat dengan kode ${input.trackingCode}.`, `Ikuti perkembangannya di ${input.trackingUrl}`];
  if (input.answer) lines.push("", `Jawaban kami: ${input.answer}`);
  return lines.join("\n");
}

/** wa.me and sms: links for the reporter's number (normalised to 62…), or null when it is not a phone number. */
export function replyLinks(phone: string | null | undefined, message: string): { whatsapp: string; sms: string; number: string } | null {
  const digits = phone ? internationalDigits(phone) : null;
  if (!digits) return null;
  const text = encodeURIComponent(message);
  return { whatsapp: `https://wa.me/${digits}?text=${text}`, sms: `sms:+${digits}?body=${text}`, number: digits };
}
