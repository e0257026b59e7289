/**
 * The one order for names shown to people: Chinese by pinyin (so 北京 comes before 上海, not by code point),
 * Latin letters case-insensitively, digits by value ("node-2" before "node-10"). Built once: a Collator is
 * costly to create and a 10,000-row sort compares often.
 */
export const nameCollator = new Intl.Collator(['zh-CN-u-co-pinyin', 'en'], { numeric: true });

export const compareNames = (a: string, b: string): number => nameCollator.compare(a, b);
