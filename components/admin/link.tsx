// The workspace's links: next/link that does not prefetch. By default every link that scrolls into
// view prefetches its page, and a workspace page shows many (the menu's twenty sections, fifty
// cases): opening the case list sent some sixty background requests, each one a render on the
// server that checked the session, about ten times the page's own cost, for pages nobody opened.
// A click still navigates inside the app, without reloading the layout.
//
// A link repeated on every row of a long table (the case list, the units) is a plain <a>: each
// Link is a client component the server renders on its own, and fifty of them cost the case list
// 12-18% of its time at 5 clients (bench/README.md); the row's page loads whole instead.
import NextLink from "next/link";
import type { ComponentProps } from "react";

export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
