// A page that only says something and offers the way on: a title, a sentence, links (the 403 and
// 404 pages).
import type { ReactNode } from "react";

export function NoticePage({ title, text, children }: { title: string; text: string; children: ReactNode }) {
  return (
    <>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>{children}</p>
    </>
  );
}
