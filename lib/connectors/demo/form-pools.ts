/**
 * Answer pools for generated form submissions. They read like what prospects actually type (half
 * sentences, specifics), because the brief's value is showing the answers, not "form submitted".
 */
export const SYSTEMS = [
  'SAP S/4HANA',
  'Microsoft Dynamics 365 Business Central',
  'Oracle NetSuite',
  'Sage Intacct',
  'SAP Business One',
  'Odoo',
  'Spreadsheets and a paper vehicle log',
  'An in-house dispatch tool built years ago',
  'Xero for accounting, dispatch on a whiteboard',
] as const;

export const SYSTEM_NEEDS = [
  'we want fuel card data matched to trips',
  'mileage has to reach payroll without retyping',
  'we run trackers from two vendors and want one system',
  'no telematics yet',
  'our current tracker contract ends this year',
  'finance wants cost per vehicle per month',
  'maintenance is planned on paper today',
] as const;

/** `{money}` is replaced with an amount in the company's currency. */
export const BUDGETS = [
  'Budget approved for Q3',
  'Budget approved for this financial year',
  'Still building the business case',
  'Around {money} per year',
  'Depends on the pilot results',
  'Need a quote for the board meeting next month',
  'Part of next year’s capex plan',
  'Not decided yet',
] as const;

export const TIMELINES = [
  'Roll out before the end of Q3',
  'Pilot in the next 4–6 weeks',
  'Within this quarter',
  'Before our tracker contract renews',
  'No fixed date — researching options',
  'ASAP: our insurer wants telematics at renewal',
  'Next financial year',
] as const;

export const DEMO_WISHES = [
  'Driver scorecards and how depot managers use them.',
  'Route replay and proof of delivery.',
  'Fuel reports by vehicle and by driver.',
  'Maintenance reminders based on engine hours.',
  'How the SAP connector posts trip costs.',
  'EV charging status and range monitoring.',
  'Temperature monitoring for refrigerated units.',
  'Tachograph and hours-of-service reports.',
  'Geofences around customer sites with arrival alerts.',
] as const;

export const PRICING_QUESTIONS = [
  'Is there a discount for a 3-year term?',
  'Can we mix annual and monthly vehicles?',
  'Do you charge per vehicle or per driver?',
  'Is the hardware included in the annual plan?',
  'What does the onboarding package include?',
  'Can seasonal vehicles be paused for the winter?',
] as const;

export const COST_DRIVERS = [
  'Fuel',
  'Idling',
  'Insurance premiums',
  'Unplanned maintenance',
  'Overtime and inefficient routes',
  'Accidents and claims',
] as const;

export const WEBINAR_QUESTIONS = [
  'How quickly do fuel savings show up in practice?',
  'Does idle detection work for vehicles with PTO equipment?',
  'How do drivers usually react to scorecards?',
  'Can we compare depots against each other?',
  '',
] as const;

export const CONTACT_TOPICS = [
  'Pricing',
  'Integration',
  'Data protection',
  'Partnership',
  'Existing customer question',
] as const;

export const CONTACT_MESSAGES = [
  'Please send a data processing agreement and your list of sub-processors.',
  'We would like to connect fleet data to our ERP. Do you have an API?',
  'Our works council needs to know which driver data is collected.',
  'Can someone call me about adding 20 vehicles to our account?',
  'We are comparing three vendors and need pricing by the end of the month.',
] as const;

/** Ukrainian answers for companies whose forms are in Ukrainian. */
export const UK_POOLS = {
  systems: ['1С:Бухгалтерія', 'BAS ERP', 'Таблиці Excel і паперові путівки', 'GPS-трекери без інтеграції'],
  budgets: ['Погоджений на наступний сезон', 'Ще готуємо обґрунтування', 'Залежить від результатів пілоту'],
  timelines: ['Запуск до початку посівної', 'Пілот протягом місяця', 'Цього кварталу'],
  wishes: [
    'Контроль витрати пального по кожній машині.',
    'Маршрути техніки в полі та простої.',
    'Звіти для бухгалтерії без ручного введення.',
  ],
} as const;

/** Russian answers for companies whose forms are in Russian. */
export const RU_POOLS = {
  systems: ['1С:Управление торговлей', '1С:ERP', 'Excel и бумажные путевые листы', 'Трекеры без интеграции с учётом'],
  budgets: ['Бюджет согласован на этот год', 'Готовим обоснование для руководства', 'Зависит от результатов пилота'],
  timelines: ['Пилот в течение месяца', 'Запуск в этом квартале', 'Сроки пока не определены'],
  wishes: [
    'Контроль расхода топлива и сливов.',
    'Температура в рефрижераторах в реальном времени.',
    'Отчёты для бухгалтерии по каждому рейсу.',
  ],
} as const;
