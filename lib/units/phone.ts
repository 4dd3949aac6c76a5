// Links for the head's posted number: tap to call, and WhatsApp (the deputy mayor's order asks
// citizens to report by WhatsApp or phone). Indonesian numbers are written +62…, 62… or 0…;
// wa.me wants the international digits only.

/** The international digits (62…) of an Indonesian number, or null when it is not one. */
export function internationalDigits(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, "");
  const bare = digits.startsWith("+") ? digits.slice(1) : digits;
  if (/\+/.test(bare)) return null;
  const international = bare.startsWith("62") ? bare : bare.startsWith("0") ? `62${bare.slice(1)}` : null;
  return international && /^62\d{7,13}$/.test(international) ? international : null;
}

export function telHref(phone: string): string | null {
  const digits = internationalDigits(phone);
  return digits ? `tel:+${digits}` : null;
}

export function whatsAppHref(phone: string): string | null {
  const digits = internationalDigits(phone);
  return digits ? `https://wa.me/${digits}` : null;
}
