/** Reads a space- or comma-separated tag list from an attribute. */
// @ts-nocheck

export const parseTagList = (value: string | null | undefined) => [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))];
