// A generated corpus for tests that need many articles: short wire dispatches built from
// templates, each with events between countries and a line that makes its text (and so its
// content hash) unique. Generated in the test, never read from ../shared.
const COUNTRIES = ['France', 'Germany', 'Iran', 'Russia', 'China', 'Brazil', 'Argentina', 'Japan', 'India', 'Turkey', 'Egypt', 'Kenya'];
const CITIES = ['Geneva', 'Vienna', 'Nairobi', 'Doha', 'Oslo'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const SENTENCES = [
  (a: string, b: string, n: number) => `${a} accused ${b} of breaking the trade agreement on ${WEEKDAYS[n % 5]}.`,
  (a: string, b: string, n: number) => `${a} condemned ${b} after the talks in ${CITIES[n % 5]}.`,
  (a: string, b: string) => `${a} praised ${b} for its help with the harvest.`,
  (a: string, b: string, n: number) => `Officials from ${a} met their counterparts from ${b} in ${CITIES[(n + 2) % 5]} on ${WEEKDAYS[(n + 1) % 5]}.`,
  (a: string, b: string) => `${a} imposed sanctions on ${b} last week.`,
];

export interface WireArticle {
  title: string;
  published: string;
  outlet: string;
  text: string;
}

/** Dispatch `n`: three event sentences between countries, then a line only it has. */
export function wireArticle(n: number): WireArticle {
  const country = (k: number) => COUNTRIES[(n * 7 + k * 5) % COUNTRIES.length];
  const sentences = [0, 1, 2].map((k) => SENTENCES[(n + k * 2) % SENTENCES.length](country(k), country(k + 1), n + k));
  return {
    title: `Dispatch ${n}`,
    published: `2024-05-${String(1 + (n % 28)).padStart(2, '0')}`,
    outlet: 'Test Wire',
    text: `${sentences.join(' ')}\n\nThis is dispatch number ${n} of the wire's series on trade.`,
  };
}

/** Dispatches 0 … count-1 as JSONL, one article per line. */
export function wireCorpusJsonl(count: number): string {
  return Array.from({ length: count }, (_, n) => JSON.stringify(wireArticle(n))).join('\n');
}
