import type { CampaignLanguage } from './campaigns';
import type { DemoCurrency } from './catalog';
import type { Culture } from './name-pools';

/**
 * Fictional customer companies for the bulk contacts. Domains use the reserved `.example` TLD so no demo
 * record can ever point at a real business or a real inbox.
 */
export interface DemoCompany {
  name: string;
  domain: string;
  culture: Culture;
  /** Language of the forms they fill and the campaigns they receive. */
  language: CampaignLanguage;
  currency: DemoCurrency;
  fleetSize: number;
  /** What the fleet is made of, as a customer would write it ("reefer trucks"). */
  vehicles: string;
  industry: string;
}

type Row = [name: string, slug: string, culture: Culture, fleetSize: number, vehicles: string, industry: string];

const ROWS: readonly Row[] = [
  ['Bluepeak Logistics', 'bluepeak-logistics', 'us', 220, 'trucks', 'Freight and logistics'],
  ['Harborview Distribution', 'harborview-distribution', 'us', 95, 'vans', 'Wholesale distribution'],
  ['Prairie Line Freight', 'prairie-line-freight', 'us', 340, 'trucks', 'Freight and logistics'],
  ['Summit Field Services', 'summit-field-services', 'us', 60, 'service vans', 'Field services'],
  ['Cascade Waste Solutions', 'cascade-waste', 'us', 130, 'collection trucks', 'Waste management'],
  ['Redwood Home Care', 'redwood-home-care', 'us', 45, 'cars', 'Home healthcare'],
  ['Lakeshore Plumbing & Heating', 'lakeshore-plumbing', 'us', 38, 'vans', 'Trades'],
  ['Ironbridge Construction', 'ironbridge-construction', 'us', 150, 'vehicles', 'Construction'],
  ['Coastal Medical Transport', 'coastal-medical-transport', 'us', 40, 'ambulances', 'Patient transport'],
  ['Granite State Snow & Ice', 'granite-snow', 'us', 55, 'plow trucks', 'Municipal services'],
  ['Maple Ridge Movers', 'maple-ridge-movers', 'us', 35, 'box trucks', 'Removals'],
  ['Thames Valley Couriers', 'thames-valley-couriers', 'gb', 180, 'vans', 'Parcel delivery'],
  ['Pennine Haulage', 'pennine-haulage', 'gb', 75, 'HGVs', 'Freight and logistics'],
  ['Kestrel Facilities Management', 'kestrel-fm', 'gb', 110, 'vans', 'Facilities management'],
  ['Highland Dairy Co-op', 'highland-dairy', 'gb', 40, 'milk tankers', 'Food production'],
  ['Brightwater Utilities', 'brightwater-utilities', 'gb', 260, 'vehicles', 'Utilities'],
  ['Fenland Produce', 'fenland-produce', 'gb', 65, 'trucks', 'Agriculture'],
  ['Sterling School Transport', 'sterling-school-transport', 'gb', 90, 'minibuses', 'Passenger transport'],
  ['Deccan Cold Chain', 'deccan-coldchain', 'in', 90, 'reefer trucks', 'Cold chain logistics'],
  ['Ganga Agro Logistics', 'ganga-agro', 'in', 210, 'trucks', 'Agriculture'],
  ['Sahyadri Buses', 'sahyadri-buses', 'in', 120, 'buses', 'Passenger transport'],
  ['Pearl River Express', 'pearlriver-express', 'cn', 300, 'vans', 'Parcel delivery'],
  ['Jade Harbor Services', 'jadeharbor-services', 'cn', 85, 'trucks', 'Port services'],
  ['Kaze Delivery', 'kaze-delivery', 'jp', 140, 'light vans', 'Parcel delivery'],
  ['Hokuto Machinery Rental', 'hokuto-machinery', 'jp', 70, 'vehicles', 'Equipment rental'],
  ['Hanbit Mobility', 'hanbit-mobility', 'kr', 160, 'cars', 'Car sharing'],
  ['Transportes Sierra Norte', 'sierra-norte', 'es', 95, 'trucks', 'Freight and logistics'],
  ['Levante Frío', 'levante-frio', 'es', 55, 'reefer trucks', 'Cold chain logistics'],
  ['Distribuciones Atlántico', 'dist-atlantico', 'es', 70, 'vans', 'Wholesale distribution'],
  ['Grupo Transportista del Bajío', 'gt-bajio', 'mx', 260, 'trucks', 'Freight and logistics'],
  ['Rutas del Pacífico', 'rutas-pacifico', 'mx', 85, 'buses', 'Passenger transport'],
  ['Cerrado Agroindustrial', 'cerrado-agro', 'br', 180, 'trucks', 'Agriculture'],
  ['Expresso Paulista', 'expresso-paulista', 'br', 130, 'vans', 'Parcel delivery'],
  ['Rheinland Spedition', 'rheinland-spedition', 'de', 240, 'trucks', 'Freight and logistics'],
  ['Hofmann Backwaren', 'hofmann-backwaren', 'de', 48, 'delivery vans', 'Food production'],
  ['Nordstern Entsorgung', 'nordstern-entsorgung', 'de', 90, 'collection trucks', 'Waste management'],
  ['Alpenblick Bau', 'alpenblick-bau', 'de', 65, 'vehicles', 'Construction'],
  ['Transports Garonne', 'transports-garonne', 'fr', 150, 'trucks', 'Freight and logistics'],
  ['Loire Services Techniques', 'loire-services', 'fr', 85, 'service vans', 'Field services'],
  ['Provence Primeurs', 'provence-primeurs', 'fr', 35, 'reefer vans', 'Food distribution'],
  ['Logistica Adriatica', 'logistica-adriatica', 'it', 170, 'trucks', 'Freight and logistics'],
  ['Colline Bus', 'colline-bus', 'it', 60, 'buses', 'Passenger transport'],
  ['Polder Fresh Logistics', 'polder-fresh', 'nl', 120, 'reefer trucks', 'Cold chain logistics'],
  ['Delta Installatietechniek', 'delta-installatie', 'nl', 75, 'service vans', 'Trades'],
  ['Wisła Transport', 'wisla-transport', 'pl', 200, 'trucks', 'Freight and logistics'],
  ['Mazowsze Serwis', 'mazowsze-serwis', 'pl', 55, 'service vans', 'Field services'],
  ['Dnipro Grain Logistics', 'dnipro-grain', 'ua', 140, 'trucks', 'Agriculture'],
  ['Lviv Post Express', 'lviv-post-express', 'ua', 90, 'vans', 'Parcel delivery'],
  ['Poltava Agro Holding', 'poltava-agro', 'ua', 210, 'tractors and trucks', 'Agriculture'],
  ['Volga Cold Chain', 'volga-coldchain', 'ru', 80, 'reefer trucks', 'Cold chain logistics'],
  ['Baltic Forwarding Group', 'baltic-forwarding', 'ru', 110, 'trucks', 'Freight forwarding'],
  ['Lagoon Freight Services', 'lagoon-freight', 'ng', 95, 'trucks', 'Freight and logistics'],
  ['Savannah Agro Supplies', 'savannah-agro', 'ng', 50, 'trucks', 'Agriculture'],
  ['Falcon Desert Logistics', 'falcon-desert', 'ar', 180, 'trucks', 'Freight and logistics'],
  ['Oasis Facility Services', 'oasis-fs', 'ar', 70, 'vans', 'Facilities management'],
  ['Anadolu Nakliyat', 'anadolu-nakliyat', 'tr', 230, 'trucks', 'Freight and logistics'],
  ['Bosphorus Food Distribution', 'bosphorus-food', 'tr', 85, 'reefer vans', 'Food distribution'],
  ['Mekong Express Logistics', 'mekong-express', 'vn', 160, 'trucks', 'Freight and logistics'],
  ['Saigon Green Delivery', 'saigon-green', 'vn', 120, 'electric scooters', 'Last-mile delivery'],
  ['Norrland Timber Transport', 'norrland-timber', 'se', 70, 'timber trucks', 'Forestry'],
  ['Göta Elservice', 'gota-elservice', 'se', 45, 'service vans', 'Trades'],
];

const CURRENCY_BY_CULTURE: Partial<Record<Culture, DemoCurrency>> = {
  gb: 'GBP',
  de: 'EUR',
  fr: 'EUR',
  es: 'EUR',
  it: 'EUR',
  nl: 'EUR',
  pl: 'EUR',
  se: 'EUR',
  ua: 'UAH',
};

const LANGUAGE_BY_CULTURE: Partial<Record<Culture, CampaignLanguage>> = { ua: 'uk', ru: 'ru' };

export const DEMO_COMPANIES: readonly DemoCompany[] = ROWS.map(
  ([name, slug, culture, fleetSize, vehicles, industry]) => ({
    name,
    domain: `${slug}.example`,
    culture,
    language: LANGUAGE_BY_CULTURE[culture] ?? 'en',
    currency: CURRENCY_BY_CULTURE[culture] ?? 'USD',
    fleetSize,
    vehicles,
    industry,
  }),
);
