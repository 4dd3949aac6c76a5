"use client";
// The groups of a long form (the citizens' comments of an SKM report) in sections, with a search
// box, a page of groups per section at a time and a live count of the ticked ones per section.
// Hidden groups stay in the form, so a tick on another page is still submitted. Before hydration
// (and without JavaScript) every group is shown: nothing is out of reach.
import { useState, useSyncExternalStore, type ReactNode } from "react";

export type ChooserSection = { id: string; title: string; groups: { id: string; searchText: string; checked: boolean; node: ReactNode }[] };
export type ChooserLabels = { search: string; searchHint: string; chosen: string; more: string; noMatch: string };

const noSubscription = () => () => {};
const fill = (template: string, values: Record<string, number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ""));

export function GroupChooser({
  formId,
  sections,
  labels,
  pageSize = 10,
}: {
  formId: string;
  sections: ChooserSection[];
  labels: ChooserLabels;
  pageSize?: number;
}) {
  // True once hydrated (false in the server's HTML), without a state update in an effect.
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [query, setQuery] = useState("");
  const [shown, setShown] = useState<Record<string, number>>({});
  const [ticked, setTicked] = useState<Record<string, number>>(() => Object.fromEntries(sections.map((s) => [s.id, s.groups.filter((g) => g.checked).length])));
  const needle = query.trim().toLocaleLowerCase();
  const searchId = `${formId}-chooser-search`;

  // A tick anywhere in a section recounts that section from the form itself (the source of truth).
  const recount = (sectionId: string, element: HTMLElement) =>
    setTicked((t) => ({ ...t, [sectionId]: element.querySelectorAll('input[type="checkbox"]:checked').length }));

  return (
    <div className="stack group-chooser">
      <div className="field">
        <label htmlFor={searchId}>{labels.search}</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} aria-describedby={`${searchId}-hint`} />
        <span id={`${searchId}-hint`} className="hint">
          {labels.searchHint}
        </span>
      </div>
      {sections.map((section) => {
        const matching = section.groups.filter((g) => !needle || g.searchText.toLocaleLowerCase().includes(needle));
        const limit = needle ? Infinity : (shown[section.id] ?? pageSize);
        const visible = new Set((mounted ? matching.slice(0, limit) : section.groups).map((g) => g.id));
        const rest = mounted && !needle ? matching.length - visible.size : 0;
        const headingId = `${formId}-section-${section.id}`;
        return (
          <section key={section.id} aria-labelledby={headingId} className="stack" onChange={(e) => recount(section.id, e.currentTarget)}>
            <h3 id={headingId}>
              {section.title}{" "}
              <span className="chooser-count" data-section={section.id}>
                ({fill(labels.chosen, { chosen: ticked[section.id] ?? 0, total: section.groups.length })})
              </span>
            </h3>
            {section.groups.map((g) => (
              <div key={g.id} hidden={!visible.has(g.id)}>
                {g.node}
              </div>
            ))}
            {mounted && needle && matching.length === 0 && <p className="hint">{labels.noMatch}</p>}
            {rest > 0 && (
              <button type="button" className="secondary" onClick={() => setShown((s) => ({ ...s, [section.id]: limit + pageSize }))}>
                {fill(labels.more, { count: Math.min(rest, pageSize), rest })}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
