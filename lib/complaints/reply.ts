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

/** A reporter's number in the one form the desk shows (+62 812-7777-3101), or as typed when it is not an Indonesian number. */
export function displayPhone(phone: string): string {
  const digits = internationalDigits(phone);
  if (!digits) return phone;
  const rest = digits.slice(2);
  const groups = [rest.slice(0, 3), ...(rest.slice(3).match(/.{1,4}/g) ?? [])];
  return `+62 ${groups.join("-")}`;
}

/** A mailto: link with the same text as the WhatsApp and SMS replies, for a reporter who left an email. */
export function mailtoReply(email: string | null | undefined, subject: string, message: string): string | null {
  if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) return null;
  return `mailto:${encodeURIComponent(email).replace(/%40/g, "@")}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(message)}`;
}
