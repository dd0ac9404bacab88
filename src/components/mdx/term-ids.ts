/** The id of a glossary term's definition popover on a page: one per term, however often it is used. */
export const termPopoverId = (id: string) => `term-${id}`;
