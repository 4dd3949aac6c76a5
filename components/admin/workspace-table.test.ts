// The workspace table's markup, which the end-to-end selectors and axe checks rely on.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { WorkspaceTable, type Column } from "./workspace-table";

type Row = { id: number; name: string; score: number };
const columns: Column<Row>[] = [
  { header: "Unit", rowHeader: true, cell: (r) => r.name },
  { header: "Score", cell: (r) => r.score, cellProps: { className: "answers", "data-value": "x" } },
];
const render = (props: Partial<Parameters<typeof WorkspaceTable<Row>>[0]>) =>
  renderToStaticMarkup(createElement(WorkspaceTable<Row>, { columns, rows: [{ id: 1, name: "RSHD", score: 80 }], rowKey: (r) => r.id, ...props }));

describe("WorkspaceTable", () => {
  it("draws column headers, a row header and data cells with their attributes", () => {
    expect(render({ rowProps: (r) => ({ "data-unit": r.name }), id: "t", caption: "Scores" })).toBe(
      '<table id="t"><caption>Scores</caption><thead><tr><th scope="col">Unit</th><th scope="col">Score</th></tr></thead>' +
        '<tbody><tr data-unit="RSHD"><th scope="row">RSHD</th><td class="answers" data-value="x">80</td></tr></tbody></table>',
    );
  });

  it("wraps a wide table in a focusable scrolling box", () => {
    expect(render({ scroll: true, label: "Units" })).toMatch(/^<div class="table-scroll" tabindex="0"><table aria-label="Units"><thead>/);
  });

  it("says the list is empty instead of drawing the table, only when told what to say", () => {
    expect(render({ rows: [], empty: "None" })).toBe("<p>None</p>");
    expect(render({ rows: [] })).toBe('<table><thead><tr><th scope="col">Unit</th><th scope="col">Score</th></tr></thead><tbody></tbody></table>');
  });
});
