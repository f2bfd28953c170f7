import type { ItemFlag, Locale } from '../../../core/reply/reply.js';

/** Words the card adds around the reply's own text, per locale. */
export interface CardLabels {
  basis: string;
  unverifiedTag: string;
  unverifiedNote: string;
  /** Marks the part number of a reply split over several messages, e.g. （续 2/3）. */
  part: (index: number, total: number) => string;
}

export const CARD_LABELS: Record<Locale, CardLabels> = {
  zh: {
    basis: '法律依据',
    unverifiedTag: '待核实',
    unverifiedNote: '注：标“待核实”的内容尚未与官方文本核对，请以正式文本为准。',
    part: (i, n) => `（${i}/${n}）`,
  },
  en: {
    basis: 'Legal basis',
    unverifiedTag: '待核实 (unverified)',
    unverifiedNote: 'Note: items marked 待核实 (unverified) are not yet checked against the official text.',
    part: (i, n) => ` (${i}/${n})`,
  },
};

/** The same marks the plain-text rendering uses, so card and fallback read alike. */
export const FLAG_MARK: Record<ItemFlag, string> = {
  ok: '✓', missing: '✗', conditional: '◇', unverified: '?', warning: '!', overdue: '‼', due: '●', upcoming: '○', veto: '✗', deduction: '−',
};

/** Adaptive Card TextBlock colours (schema 1.5: Default, Dark, Light, Accent, Good, Warning, Attention). */
export const FLAG_COLOR: Partial<Record<ItemFlag, 'Good' | 'Warning' | 'Attention'>> = {
  ok: 'Good', missing: 'Attention', veto: 'Attention', overdue: 'Attention', warning: 'Warning', due: 'Warning', unverified: 'Warning',
};
