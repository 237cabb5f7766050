/** The fields a reader can fill in a letter; apart from render.ts so the notebook can check them without the renderer. */
export const FIELDS = ['name', 'merchant', 'platform', 'orderNo', 'amount', 'paidOn', 'requestedOn'] as const;
export type Field = (typeof FIELDS)[number];
export type Fields = Partial<Record<Field, string>>;
