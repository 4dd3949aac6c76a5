// The JSON error shape of the public API: { error, message?, fields? } with a 4xx status.
import { NextResponse } from "next/server";
import type { FieldErrors } from "@/lib/forms/result";

export function validationError(fields: FieldErrors, message?: string) {
  return NextResponse.json({ error: "validation", message, fields }, { status: 400 });
}

export function notFound(message: string) {
  return NextResponse.json({ error: "not_found", message }, { status: 404 });
}

export function tooManyRequests(message: string, retryAfterSeconds: number) {
  return NextResponse.json({ error: "rate_limited", message }, { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } });
}

/** Where a field's message code is translated: under a namespace ("survey.errors"), or the key for each code. */
export type CodeMessages = string | ((code: string) => string);

/** A 400 whose field messages are codes translated under `namespace` (e.g. "survey.errors"); the first is the message. */
export function translatedValidationError(codes: Record<string, string[]>, t: (key: string) => string, namespace: CodeMessages) {
  const fields = translateCodes(codes, t, namespace);
  return validationError(fields, Object.values(fields)[0]?.[0]);
}

/** Field message codes translated under `namespace`, for an API answer or a re-rendered form. */
export function translateCodes(codes: Record<string, string[]>, t: (key: string) => string, namespace: CodeMessages): Record<string, string[]> {
  const keyOf = typeof namespace === "string" ? (code: string) => `${namespace}.${code}` : namespace;
  return Object.fromEntries(Object.entries(codes).map(([name, list]) => [name, list.map((code) => t(keyOf(code)))]));
}
