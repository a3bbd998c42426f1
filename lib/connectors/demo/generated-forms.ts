import type { FormField, FormSubmission } from '../../model/form-submission';
import type { Clock } from './clock';
import type { DemoCompany } from './companies';
import type { GeneratedPerson } from './generated-contacts';
import { demoId } from './ids';
import * as P from './form-pools';
import type { Rng } from './prng';

const SITE = 'https://www.example.com';

interface FormTemplate {
  formName: string;
  path: string;
  pageTitle: string;
  fields(company: DemoCompany, rng: Rng): FormField[];
}

const CURRENCY_SYMBOL: Record<DemoCompany['currency'], string> = { USD: '$', EUR: '€', GBP: '£', UAH: '₴' };

function fleetAnswer(company: DemoCompany, rng: Rng): string {
  const depots = rng.int(1, 6);
  return rng.chance(0.5)
    ? `${company.fleetSize} ${company.vehicles}`
    : `About ${company.fleetSize} ${company.vehicles} across ${depots} ${depots === 1 ? 'depot' : 'depots'}`;
}

/** Rough yearly budget per vehicle in each currency (list price minus the usual haggling). */
const BUDGET_PER_VEHICLE: Record<DemoCompany['currency'], number> = { USD: 400, EUR: 370, GBP: 320, UAH: 16_000 };

function budgetAnswer(company: DemoCompany, rng: Rng): string {
  const perYear = Math.max(
    5_000,
    Math.round((company.fleetSize * BUDGET_PER_VEHICLE[company.currency]) / 5_000) * 5_000,
  );
  const amount = perYear >= 1_000_000 ? `${(perYear / 1_000_000).toFixed(1)}m` : `${Math.round(perYear / 1_000)}k`;
  const money = `${CURRENCY_SYMBOL[company.currency]}${amount}`;
  return rng.pick(P.BUDGETS).replace('{money}', money);
}

const EN_FORMS: readonly FormTemplate[] = [
  {
    formName: 'Request a demo',
    path: '/demo',
    pageTitle: 'Request a demo — Fleet Platform',
    fields: (company, rng) => [
      { label: 'Company', value: company.name },
      { label: 'Fleet size', value: fleetAnswer(company, rng) },
      { label: 'Current systems', value: `${rng.pick(P.SYSTEMS)}; ${rng.pick(P.SYSTEM_NEEDS)}` },
      { label: 'Budget', value: budgetAnswer(company, rng) },
      { label: 'Timeline', value: rng.pick(P.TIMELINES) },
      { label: 'What would you like to see in the demo?', value: rng.sample(P.DEMO_WISHES, 2).join(' ') },
    ],
  },
  {
    formName: 'Pricing enquiry',
    path: '/pricing',
    pageTitle: 'Pricing — Fleet Platform',
    fields: (company, rng) => [
      { label: 'Company', value: company.name },
      { label: 'Fleet size', value: fleetAnswer(company, rng) },
      { label: 'Plan of interest', value: rng.pick(['Annual plan', 'Monthly plan', 'Not sure yet']) },
      {
        label: 'Add-ons',
        value: rng.sample(['Telematics add-on', 'Driver safety module', 'SAP connector'], rng.int(0, 2)).join(', '),
      },
      { label: 'Questions', value: rng.pick(P.PRICING_QUESTIONS) },
    ],
  },
  {
    formName: 'Download: Fleet TCO guide',
    path: '/resources/tco-guide',
    pageTitle: 'The total cost of running a fleet (guide)',
    fields: (company, rng) => [
      { label: 'Company', value: company.name },
      { label: 'Industry', value: company.industry },
      { label: 'Fleet size', value: fleetAnswer(company, rng) },
      { label: 'Biggest cost driver today', value: rng.pick(P.COST_DRIVERS) },
    ],
  },
  {
    formName: 'Webinar registration: Cutting fuel costs',
    path: '/webinars/fuel-costs',
    pageTitle: 'Webinar: Cutting fuel costs with telematics',
    fields: (company, rng) => [
      { label: 'Company', value: company.name },
      { label: 'Fleet size', value: fleetAnswer(company, rng) },
      { label: 'Question for the speakers', value: rng.pick(P.WEBINAR_QUESTIONS) },
    ],
  },
  {
    formName: 'Contact sales',
    path: '/contact',
    pageTitle: 'Contact us — Fleet Platform',
    fields: (company, rng) => [
      { label: 'Company', value: company.name },
      { label: 'Topic', value: rng.pick(P.CONTACT_TOPICS) },
      { label: 'Message', value: rng.pick(P.CONTACT_MESSAGES) },
    ],
  },
];

const UK_FORM: FormTemplate = {
  formName: 'Запит на демонстрацію',
  path: '/uk/demo',
  pageTitle: 'Запит на демонстрацію — Fleet Platform',
  fields: (company, rng) => [
    { label: 'Компанія', value: company.name },
    { label: 'Кількість техніки', value: `${company.fleetSize} од.` },
    { label: 'Поточні системи', value: rng.pick(P.UK_POOLS.systems) },
    { label: 'Бюджет', value: rng.pick(P.UK_POOLS.budgets) },
    { label: 'Терміни', value: rng.pick(P.UK_POOLS.timelines) },
    { label: 'Що ви хочете побачити на демонстрації?', value: rng.sample(P.UK_POOLS.wishes, 2).join(' ') },
  ],
};

const RU_FORM: FormTemplate = {
  formName: 'Запрос коммерческого предложения',
  path: '/ru/pricing',
  pageTitle: 'Тарифы — Fleet Platform',
  fields: (company, rng) => [
    { label: 'Компания', value: company.name },
    { label: 'Размер автопарка', value: `${company.fleetSize} машин` },
    { label: 'Текущие системы', value: rng.pick(P.RU_POOLS.systems) },
    { label: 'Бюджет', value: rng.pick(P.RU_POOLS.budgets) },
    { label: 'Сроки', value: rng.pick(P.RU_POOLS.timelines) },
    { label: 'Комментарий', value: rng.sample(P.RU_POOLS.wishes, 2).join(' ') },
  ],
};

/** Share of contacts who filled in at least one form. */
const FORM_REACH = 0.6;

function templatesFor(company: DemoCompany): readonly FormTemplate[] {
  if (company.language === 'uk') return [UK_FORM, ...EN_FORMS.slice(2)];
  if (company.language === 'ru') return [RU_FORM];
  return EN_FORMS;
}

/** 0–2 submissions per contact, newest up to a few hours ago, oldest about four months back. */
export function generateForms(clock: Clock, rng: Rng, person: GeneratedPerson): FormSubmission[] {
  if (!rng.chance(FORM_REACH)) return [];
  const count = rng.chance(0.2) ? 2 : 1;
  return rng.sample(templatesFor(person.company), count).map((template, index) => ({
    id: demoId('form', `${person.key}:${index + 1}`),
    contactId: person.contact.id,
    formName: template.formName,
    pageUrl: `${SITE}${template.path}`,
    pageTitle: template.pageTitle,
    submittedAt: clock.daysAgo(rng.int(0, 120) + 0.1 + rng.next()),
    // Empty optional answers are left out, as form tools do.
    fields: template.fields(person.company, rng).filter((field) => field.value !== ''),
  }));
}
