/** The fields a reader can fill in a letter; apart from render.ts so the notebook can check them without the renderer. */
export const FIELDS = ['name', 'merchant', 'platform', 'orderNo', 'amount', 'paidOn', 'requestedOn', 'drawnIn', 'payees', 'transfers'] as const;
export type Field = (typeof FIELDS)[number];
export type Fields = Partial<Record<Field, string>>;
/** Field labels: the toolkit's defaults, or a template's own. */
export type Labels = Partial<Record<Field, string>>;
