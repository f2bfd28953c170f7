/** English names of the holidays of 全国年节及纪念日放假办法, for English replies. */
const EN: Readonly<Record<string, string>> = {
  元旦: "New Year's Day",
  春节: 'Spring Festival',
  清明节: 'Qingming Festival',
  劳动节: 'Labour Day',
  端午节: 'Dragon Boat Festival',
  中秋节: 'Mid-Autumn Festival',
  国庆节: 'National Day',
};

/**
 * A holiday name in the reply's language; combined names (国庆节、中秋节) are translated part by
 * part, an unknown name stays Chinese.
 *
 * @example holidayNameIn('国庆节、中秋节', 'en'); // 'National Day and Mid-Autumn Festival'
 */
export function holidayNameIn(name: string, locale: 'zh' | 'en'): string {
  if (locale === 'zh') return name;
  return name.split('、').map((part) => EN[part] ?? part).join(' and ');
}
