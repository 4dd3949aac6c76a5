// The survey answers that enter any figure: neither excluded nor held (a held answer counts only
// once released). One filter for every query over stored responses that feeds a score, a report,
// a plan or a public page, so none of them can forget the hold again (issue 18).
export const COUNTED_RESPONSES = { excluded: false, held: false } as const;
