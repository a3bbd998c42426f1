import { describe, expect, it } from 'vitest';
import { cleanBody } from './clean-body';

const lines = (...parts: string[]) => parts.join('\n');

describe('cleanBody: quoted history', () => {
  it('drops quoted lines but keeps an inline reply between them', () => {
    const body = lines('> Can you do 20%?', 'We can do 10%.', '> And onboarding?', 'Included.');
    expect(cleanBody(body)).toBe(lines('We can do 10%.', 'Included.'));
  });

  it('drops quoted lines with leading whitespace and nested quotes', () => {
    expect(cleanBody(lines('New text', '  > old', '>> older'))).toBe('New text');
  });

  it.each([
    ['English (Gmail)', 'On Tue, Nov 3, 2026 at 10:30 AM Sam Lee <sam@acme.com> wrote:'],
    ['German', 'Am Di., 3. Nov. 2026 um 10:30 Uhr schrieb Jana Berg <jana@kunde.de>:'],
    [
      'French (narrow NBSP before the colon)',
      'Le mar. 3 nov. 2026 à 10:30, Paul Martin <paul@client.fr> a écrit\u202F:',
    ],
    ['Spanish', 'El mar, 3 nov 2026 a las 10:30, Ana Ruiz (<ana@cliente.es>) escribió:'],
    ['Russian', '3 ноября 2026 г., в 10:30, Иван Петров написал(а):'],
    ['Russian (feminine)', 'Анна Иванова написала:'],
    ['Ukrainian', '3 листопада 2026 р. о 10:30 Іван Петренко написав(ла):'],
    ['Persian', 'در تاریخ ۳ نوامبر ۲۰۲۶، سارا <sara@example.ir> نوشت:'],
    ['Gmail forward', '---------- Forwarded message ---------'],
    ['Gmail forward (German)', '---------- Weitergeleitete Nachricht ---------'],
    ['Gmail forward (Russian)', '---------- Пересылаемое сообщение ---------'],
    ['Outlook', '-----Original Message-----'],
    ['Outlook (German)', '-----Ursprüngliche Nachricht-----'],
    ['Apple Mail forward', 'Begin forwarded message:'],
  ])('cuts everything from a reply header: %s', (_name, header) => {
    const body = lines('We can do 10% off.', '', header, 'Old text: 25% off the annual plan.', 'More old text.');
    expect(cleanBody(body).trim()).toBe('We can do 10% off.');
  });

  it('cuts a Gmail header wrapped after the address', () => {
    const body = lines(
      'Sure.',
      'On Tue, Nov 3, 2026 at 10:30 AM Samantha Lee-Wong <samantha.lee-wong@acme.com>',
      'wrote:',
      'old',
    );
    expect(cleanBody(body)).toBe('Sure.');
  });

  it('cuts an Outlook "From: … Sent: …" block, in English and German', () => {
    const english = lines(
      'OK for $9,500.',
      '',
      'From: Lee, Sam',
      'Sent: Monday, November 2, 2026 10:30 AM',
      'To: Anna',
      'old',
    );
    expect(cleanBody(english).trim()).toBe('OK for $9,500.');
    const german = lines('Einverstanden.', 'Von: Berg, Jana', 'Gesendet: Montag, 2. November 2026 10:30', 'alt');
    expect(cleanBody(german)).toBe('Einverstanden.');
  });

  it('keeps ordinary lines that merely look like headers', () => {
    const body = lines(
      'On Monday we can start the rollout.',
      'From: the whole team, thanks!',
      '---- Pricing ----',
      'Anna wrote: the annual plan is the best fit.',
      '15%--20% off is possible.',
    );
    expect(cleanBody(body)).toBe(body);
  });

  it('normalises CRLF line endings', () => {
    expect(cleanBody('New\r\n> old\r\nMore')).toBe('New\nMore');
  });
});

describe('cleanBody: signatures', () => {
  it('cuts after the "-- " delimiter, and after a bare "--"', () => {
    expect(cleanBody(lines('Thanks!', '-- ', 'Anna Novak', 'Save 20% with our partner FuelCard'))).toBe('Thanks!');
    expect(cleanBody(lines('Thanks!', '--', 'Anna Novak'))).toBe('Thanks!');
  });

  it('keeps sign-offs: only explicit delimiters cut', () => {
    const body = lines(
      'We can do 10% off.',
      '',
      'Best regards,',
      'Anna',
      'Mit freundlichen Grüßen',
      'С уважением, Анна',
    );
    expect(cleanBody(body)).toBe(body);
  });

  it('cuts at whichever comes first, signature or quote', () => {
    const body = lines('New', '-- ', 'Sig', 'On Tue, Nov 3, 2026 at 10:30 AM Sam <sam@acme.com> wrote:', '> old');
    expect(cleanBody(body)).toBe('New');
  });
});
