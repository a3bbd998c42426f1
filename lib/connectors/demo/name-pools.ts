/**
 * Given and family names by culture, so a generated company in Lyon is staffed mostly by French names and
 * the sidebar gets exercised with accents, short and long names. Names are written in Latin script (how
 * they appear in a CRM record); email local parts are derived from them by `mailbox.ts`.
 */
export type Culture =
  | 'us'
  | 'gb'
  | 'in'
  | 'cn'
  | 'jp'
  | 'kr'
  | 'es'
  | 'mx'
  | 'br'
  | 'de'
  | 'fr'
  | 'it'
  | 'nl'
  | 'pl'
  | 'ua'
  | 'ru'
  | 'ng'
  | 'ar'
  | 'tr'
  | 'vn'
  | 'se';

/** Pools are written as "A|B|C" so each culture stays a few readable lines. */
const list = (names: string): readonly string[] => names.split('|');

interface NamePool {
  given: readonly string[];
  family: readonly string[];
}

export const NAME_POOLS: Record<Culture, NamePool> = {
  us: {
    given: list('Emily|Michael|Jessica|Brandon|Ashley|Tyler|Megan|Kevin|Lauren|Marcus|Hannah|Derek|Courtney|Travis'),
    family: list('Johnson|Miller|Davis|Wilson|Anderson|Thompson|Harris|Clark|Lewis|Walker|Young|Hall|Allen|Carter'),
  },
  gb: {
    given: list('Oliver|Charlotte|Harry|Amelia|George|Imogen|Alfie|Poppy|Rhys|Siobhan|Callum|Eleanor|Hamish|Freya'),
    family: list("Smith|Jones|Taylor|Evans|Hughes|Roberts|Wright|Edwards|Green|Wood|Clarke|Palmer|MacLeod|O'Brien"),
  },
  in: {
    given: list('Aarav|Ananya|Rohan|Kavya|Vikram|Meera|Arjun|Diya|Siddharth|Neha|Rahul|Aishwarya|Karthik|Pooja'),
    family: list('Sharma|Iyer|Patel|Reddy|Nair|Gupta|Mehta|Kulkarni|Bose|Menon|Chatterjee|Rao|Desai|Singh'),
  },
  cn: {
    given: list('Wei|Jing|Hao|Xiu Ying|Lei|Mei|Jun|Yan|Zhi Hao|Li Na|Tao|Xin|Bo|Ying'),
    family: list('Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu'),
  },
  jp: {
    given: list('Haruto|Yui|Sota|Aoi|Ren|Hina|Takumi|Sakura|Daiki|Mei|Kenji|Yuna|Shota|Emi'),
    family: list(
      'Sato|Suzuki|Takahashi|Tanaka|Watanabe|Ito|Yamamoto|Nakamura|Kobayashi|Kato|Yoshida|Yamada|Sasaki|Matsumoto',
    ),
  },
  kr: {
    given: list('Min-jun|Seo-yeon|Ji-ho|Ha-eun|Do-yun|Soo-ah|Jae-won|Ye-jin|Hyun-woo|Ji-woo|Sung-min|Eun-ji'),
    family: list('Kim|Lee|Park|Choi|Jung|Kang|Cho|Yoon|Jang|Lim|Han|Shin'),
  },
  es: {
    given: list('Lucía|Javier|Carmen|Álvaro|Marta|Sergio|Elena|Pablo|Nerea|Iñigo|Paula|Raúl|Irene|Jorge'),
    family: list(
      'García|Fernández|López|Martínez|Sánchez|Romero|Navarro|Torres|Domínguez|Vázquez|Gil|Ortega|Iglesias|Castro',
    ),
  },
  mx: {
    given: list('Sofía|Diego|Valentina|Alejandro|Camila|Andrés|Ximena|Emiliano|Regina|Santiago|Fernanda|Mateo'),
    family: list('Hernández|González|Ramírez|Flores|Morales|Reyes|Cruz|Mendoza|Aguilar|Vargas|Castillo|Ríos'),
  },
  br: {
    given: list('João|Ana|Lucas|Beatriz|Gabriel|Larissa|Rafael|Juliana|Thiago|Camila|Bruno|Fernanda'),
    family: list('Silva|Santos|Oliveira|Souza|Costa|Pereira|Almeida|Carvalho|Ribeiro|Gomes|Araújo|Barbosa'),
  },
  de: {
    given: list('Lukas|Anna|Jonas|Lea|Felix|Johanna|Maximilian|Katrin|Tobias|Sabine|Florian|Jürgen|Miriam|Stefan'),
    family: list(
      'Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Hoffmann|Schäfer|Koch|Richter|Krüger|Braun',
    ),
  },
  fr: {
    given: list('Camille|Louis|Chloé|Hugo|Manon|Julien|Léa|Antoine|Élodie|Mathieu|Inès|Théo|Céline|Nicolas'),
    family: list(
      'Martin|Bernard|Dubois|Thomas|Robert|Petit|Durand|Leroy|Moreau|Lefèvre|Girard|Fontaine|Rousseau|Mercier',
    ),
  },
  it: {
    given: list('Giulia|Francesco|Chiara|Alessandro|Martina|Lorenzo|Sara|Matteo|Federica|Davide|Elisa|Riccardo'),
    family: list('Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo'),
  },
  nl: {
    given: list('Daan|Sanne|Bram|Lotte|Joost|Femke|Ruben|Eline|Thijs|Anouk|Pieter|Maartje'),
    family: list('de Jong|Jansen|de Vries|van den Berg|Bakker|Visser|Smit|Meijer|Mulder|de Boer|Bos|Vos'),
  },
  pl: {
    given: list('Jakub|Zuzanna|Kacper|Aleksandra|Mateusz|Natalia|Paweł|Agnieszka|Tomasz|Magdalena|Łukasz|Katarzyna'),
    // Surnames that do not change with gender (-ski/-ska do), so any given name pairs correctly.
    family: list('Nowak|Wójcik|Kowalczyk|Woźniak|Mazur|Krawczyk|Kaczmarek|Zając|Król|Wieczorek|Michalak|Pawlak'),
  },
  ua: {
    given: list('Andriy|Oksana|Taras|Iryna|Bohdan|Nataliia|Mykola|Yuliia|Serhiy|Olena|Dmytro|Khrystyna'),
    family: list(
      'Shevchenko|Kovalenko|Bondarenko|Tkachenko|Kravchenko|Melnyk|Boyko|Moroz|Lysenko|Savchenko|Rudenko|Marchenko',
    ),
  },
  ru: {
    given: list('Aleksei|Natalia|Sergei|Ekaterina|Dmitry|Olga|Ivan|Anna|Pavel|Svetlana|Mikhail|Yelena'),
    // Gender-invariant surnames (-ykh/-ikh and the like), for the same reason as the Polish pool.
    family: list('Chernykh|Sedykh|Belykh|Dolgikh|Kruglykh|Zhuk|Melnik|Kravets|Shevchuk|Bondar|Tkach|Gorelik'),
  },
  ng: {
    given: list('Chinedu|Ngozi|Oluwaseun|Adaeze|Emeka|Funmilayo|Tunde|Chiamaka|Ifeanyi|Yetunde|Babatunde|Amaka'),
    family: list('Okafor|Adeyemi|Okonkwo|Balogun|Eze|Nwosu|Adebayo|Obi|Ogunleye|Afolabi|Chukwu|Bello'),
  },
  ar: {
    given: list('Omar|Layla|Youssef|Nour|Karim|Amira|Tariq|Salma|Hassan|Rania|Faisal|Dina'),
    family: list('Haddad|Khalil|Mansour|Nasser|Saleh|Farouk|Aziz|Hamdan|Rahman|Kassem|Suleiman|Darwish'),
  },
  tr: {
    given: list('Emre|Zeynep|Burak|Elif|Mert|Ayşe|Can|Selin|Oğuz|Deniz|Kerem|Büşra'),
    family: list('Yılmaz|Kaya|Demir|Şahin|Çelik|Aydın|Öztürk|Arslan|Doğan|Koç|Kurt|Özdemir'),
  },
  vn: {
    given: list('Minh|Linh|Tuan|Huong|Duc|Thao|Quang|Mai|Khanh|Trang|Phuc|Ngoc'),
    family: list('Nguyen|Tran|Le|Pham|Hoang|Vu|Dang|Bui|Do|Ho|Ngo|Duong'),
  },
  se: {
    given: list('Erik|Astrid|Oskar|Ingrid|Nils|Sigrid|Lars|Maja|Anders|Elsa|Gustav|Linnea'),
    family: list('Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Lindqvist|Berg|Holm'),
  },
};

export const CULTURES = Object.keys(NAME_POOLS) as Culture[];
