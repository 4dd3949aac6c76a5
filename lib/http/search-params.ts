// A page's search parameters as Next.js gives them: a key sent twice (`?period=a&period=b`) is an
// array, whatever the page's type says. Pages read one value through `one()`, so a repeated key
// is its first value instead of a TypeError (a 500, found by the route fuzz).
export function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Every parameter through `one()`. */
export function ones<T extends Record<string, string | string[] | undefined>>(params: T): { [K in keyof T]: string | undefined } {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, one(value)])) as { [K in keyof T]: string | undefined };
}
