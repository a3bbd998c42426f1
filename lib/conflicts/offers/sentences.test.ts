import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (subject: string, body: string) => splitSentences(subject, body).map((s) => s.text);

describe('splitSentences', () => {
  it('puts the subject first, as a sentence of its own', () => {
    const sentences = splitSentences('Re: annual plan', 'Hi Dana. We can do 15% off.');
    expect(sentences.map((s) => [s.text, s.subject])).toEqual([
      ['Re: annual plan', true],
      ['Hi Dana.', false],
      ['We can do 15% off.', false],
    ]);
  });

  it('keeps dates and abbreviations inside their sentence', () => {
    expect(texts('', 'Rabatt bis zum 30. November. Danach gilt der Listenpreis.')).toEqual([
      'Rabatt bis zum 30. November.',
      'Danach gilt der Listenpreis.',
    ]);
    expect(texts('', 'Valid until Nov. 30 for all vehicles. Thanks!')).toEqual([
      'Valid until Nov. 30 for all vehicles.',
      'Thanks!',
    ]);
    expect(texts('', 'Das ist z. B. der Fall. Gut.')).toEqual(['Das ist z. B. der Fall.', 'Gut.']);
    expect(texts('', 'Uptime was 99.9% last year.')).toEqual(['Uptime was 99.9% last year.']);
  });

  it('splits Cyrillic and Persian sentences', () => {
    expect(texts('', 'Скидка 15%. Действует до 15 декабря.')).toEqual(['Скидка 15%.', 'Действует до 15 декабря.']);
    expect(texts('', '۱۵٪ تخفیف. تا ۱۵ آذر معتبر است؟ بله.')).toEqual(['۱۵٪ تخفیف.', 'تا ۱۵ آذر معتبر است؟', 'بله.']);
  });

  it('treats lines as units but joins a hard-wrapped line that continues in lower case', () => {
    expect(texts('', 'We can offer 15% off\nthe annual plan.\n- Onboarding included\n- SAP connector extra')).toEqual([
      'We can offer 15% off the annual plan.',
      '- Onboarding included',
      '- SAP connector extra',
    ]);
  });

  it('folds whitespace and keeps normalised text aligned with the original', () => {
    const [sentence] = splitSentences('', 'Цена:\u00A0۱۲٬۰۰۰\u202F€');
    expect(sentence?.text).toBe('Цена: ۱۲٬۰۰۰ €');
    expect(sentence?.norm).toBe('Цена: 12,000 €');
    expect(sentence?.lower).toBe('цена: 12,000 €');
  });
});
