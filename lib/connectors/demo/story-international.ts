import type { Contact } from '../../model/contact';
import type { Quote } from '../../model/quote';
import { discountedTotal, listPrice, PRODUCT_NAMES, productId } from './catalog';
import { campaignByKey, campaignEmail, RU_AUTUMN, UK_WEBINAR } from './campaigns';
import type { Clock } from './clock';
import { demoId } from './ids';
import { CASEY_ID, TAYLOR_ID } from './people';
import { appendRecords, emptyRecords, type DemoRecords } from './records';

/**
 * Customers who write in Ukrainian and Russian: the brief must show their answers as written, and the
 * conflict check must read "Скидка 20%" as a 20% offer. Oleh has a UAH quote; Maria got a Russian promo.
 */
export const OLEH_ID = demoId('contact', 'oleh-petrenko');
export const MARIA_ID = demoId('contact', 'maria-ivanova');
export const Q1057_ID = demoId('quote', 'q-1057');

const KYIV_AGRO = { name: 'Kyiv Agro', domain: 'kyiv-agro.example' };
const SEVER = { name: 'Sever Logistic', domain: 'sever-logistic.example' };

/** 120 tractors + 35 trucks, all on the annual plan with the telematics add-on. */
const OLEH_VEHICLES = 155;
const OLEH_DISCOUNT = 12;

function olehRecords(clock: Clock): DemoRecords {
  const oleh: Contact = {
    id: OLEH_ID,
    source: 'demo',
    crmIds: { hubspot: { portalId: '4455667', id: '98765433519' }, salesforce: { id: '003Dn00000UaKv9AAC' } },
    emails: ['oleh.petrenko@kyiv-agro.example'],
    linkedinUrl: 'https://www.linkedin.com/in/oleh-petrenko-91f3b7/',
    name: 'Oleh Petrenko',
    title: 'Директор з логістики',
    company: KYIV_AGRO,
    ownerId: TAYLOR_ID,
    updatedAt: clock.daysAgo(3),
  };
  const lines = (['annual', 'telematics'] as const).map((key) => ({
    product: PRODUCT_NAMES[key],
    productId: productId(key),
    quantity: OLEH_VEHICLES,
    unitPrice: listPrice(key, 'UAH'),
    discountPercent: OLEH_DISCOUNT,
  }));
  const amount = lines.reduce(
    (sum, line) => sum + discountedTotal(line.quantity, line.unitPrice, line.discountPercent),
    0,
  );
  const quote: Quote = {
    id: Q1057_ID,
    number: 'Q-1057',
    title: 'Kyiv Agro — річний тариф і телематика (155 од. техніки)',
    status: 'sent',
    amount,
    currency: 'UAH',
    discountPercent: OLEH_DISCOUNT,
    lineItems: lines,
    expiresAt: clock.daysAhead(21),
    ownerId: TAYLOR_ID,
    url: 'https://app.hubspot.com/quotes/4455667/1057',
    contactIds: [OLEH_ID],
    companyDomain: KYIV_AGRO.domain,
  };
  return {
    contacts: [oleh],
    policies: [{ contactId: OLEH_ID, flags: [] }],
    forms: [
      {
        id: demoId('form', 'oleh-petrenko:request-demo'),
        contactId: OLEH_ID,
        formName: 'Запит на демонстрацію',
        pageUrl: 'https://www.example.com/uk/demo',
        pageTitle: 'Запит на демонстрацію — Fleet Platform',
        submittedAt: clock.daysAgo(19),
        fields: [
          { label: 'Компанія', value: 'Kyiv Agro' },
          { label: 'Кількість техніки', value: '120 тракторів і 35 вантажівок' },
          { label: 'Поточні системи', value: '1С:Бухгалтерія; GPS-трекери від трьох різних постачальників' },
          { label: 'Бюджет', value: 'Погоджений на наступний сезон' },
          { label: 'Терміни', value: 'Запуск до початку посівної' },
          {
            label: 'Що ви хочете побачити на демонстрації?',
            value: 'Контроль витрати пального і маршрути техніки в полі. Чи можна вивантажувати дані в 1С?',
          },
        ],
      },
    ],
    marketing: [
      campaignEmail(clock, campaignByKey(UK_WEBINAR), OLEH_ID, 'oleh-petrenko', {
        openAfterMinutes: 70,
        clicks: [{ afterMinutes: 72 }],
      }),
    ],
    quotes: [quote],
    deals: [
      {
        id: demoId('deal', 'kyiv-agro-telematics'),
        name: 'Kyiv Agro — телематика для парку техніки',
        stage: 'Negotiation',
        isClosed: false,
        amount,
        currency: 'UAH',
        ownerId: TAYLOR_ID,
        closeDate: clock.daysAhead(40),
        contactIds: [OLEH_ID],
        companyDomain: KYIV_AGRO.domain,
      },
    ],
    outreach: [
      {
        id: demoId('outreach', 'oleh-petrenko:1'),
        contactId: OLEH_ID,
        channel: 'call',
        direction: 'outbound',
        at: clock.daysAgo(17),
        byUserId: TAYLOR_ID,
        subject: 'Дзвінок: вимоги до телематики',
      },
      {
        id: demoId('outreach', 'oleh-petrenko:2'),
        contactId: OLEH_ID,
        channel: 'email',
        direction: 'outbound',
        at: clock.daysAgo(6),
        byUserId: TAYLOR_ID,
        subject: 'Комерційна пропозиція Q-1057',
      },
    ],
  };
}

function mariaRecords(clock: Clock): DemoRecords {
  const maria: Contact = {
    id: MARIA_ID,
    source: 'demo',
    crmIds: { hubspot: { portalId: '4455667', id: '98765434420' } },
    emails: ['m.ivanova@sever-logistic.example'],
    name: 'Maria Ivanova',
    title: 'Руководитель транспортного отдела',
    company: SEVER,
    ownerId: CASEY_ID,
    updatedAt: clock.daysAgo(3),
  };
  return {
    contacts: [maria],
    policies: [{ contactId: MARIA_ID, flags: [] }],
    forms: [
      {
        id: demoId('form', 'maria-ivanova:pricing-request'),
        contactId: MARIA_ID,
        formName: 'Запрос коммерческого предложения',
        pageUrl: 'https://www.example.com/ru/pricing',
        pageTitle: 'Тарифы — Fleet Platform',
        submittedAt: clock.daysAgo(14),
        fields: [
          { label: 'Компания', value: 'Sever Logistic' },
          { label: 'Размер автопарка', value: '60 грузовиков и 12 рефрижераторов' },
          { label: 'Текущие системы', value: '1С:Управление торговлей, путевые листы ведём в Excel' },
          { label: 'Бюджет', value: 'Ориентируемся на годовой тариф, бюджет согласуем в этом квартале' },
          { label: 'Сроки', value: 'Хотим запустить пилот на 10 машинах в течение месяца' },
          {
            label: 'Комментарий',
            value: 'Важен контроль температуры в рефрижераторах и отчёты по расходу топлива для бухгалтерии.',
          },
        ],
      },
    ],
    marketing: [
      campaignEmail(clock, campaignByKey(RU_AUTUMN), MARIA_ID, 'maria-ivanova', { openAfterMinutes: 240 }),
      campaignEmail(clock, campaignByKey('ru-newsletter'), MARIA_ID, 'maria-ivanova', { openAfterMinutes: 30 }),
    ],
    quotes: [],
    deals: [],
    outreach: [
      {
        id: demoId('outreach', 'maria-ivanova:1'),
        contactId: MARIA_ID,
        channel: 'email',
        direction: 'outbound',
        at: clock.daysAgo(13),
        byUserId: CASEY_ID,
        subject: 'Коммерческое предложение Fleet Platform',
      },
    ],
  };
}

export function internationalStoryRecords(clock: Clock): DemoRecords {
  return appendRecords(appendRecords(emptyRecords(), olehRecords(clock)), mariaRecords(clock));
}
