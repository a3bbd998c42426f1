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

interface NamePool {
  given: readonly string[];
  family: readonly string[];
}

export const NAME_POOLS: Record<Culture, NamePool> = {
  us: {
    given: ['Emily', 'Michael', 'Jessica', 'Brandon', 'Ashley', 'Tyler', 'Megan', 'Kevin', 'Lauren', 'Marcus', 'Hannah', 'Derek', 'Courtney', 'Travis'],
    family: ['Johnson', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Thompson', 'Harris', 'Clark', 'Lewis', 'Walker', 'Young', 'Hall', 'Allen', 'Carter'],
  },
  gb: {
    given: ['Oliver', 'Charlotte', 'Harry', 'Amelia', 'George', 'Imogen', 'Alfie', 'Poppy', 'Rhys', 'Siobhan', 'Callum', 'Eleanor', 'Hamish', 'Freya'],
    family: ['Smith', 'Jones', 'Taylor', 'Evans', 'Hughes', 'Roberts', 'Wright', 'Edwards', 'Green', 'Wood', 'Clarke', 'Palmer', 'MacLeod', "O'Brien"],
  },
  in: {
    given: ['Aarav', 'Ananya', 'Rohan', 'Kavya', 'Vikram', 'Meera', 'Arjun', 'Diya', 'Siddharth', 'Neha', 'Rahul', 'Aishwarya', 'Karthik', 'Pooja'],
    family: ['Sharma', 'Iyer', 'Patel', 'Reddy', 'Nair', 'Gupta', 'Mehta', 'Kulkarni', 'Bose', 'Menon', 'Chatterjee', 'Rao', 'Desai', 'Singh'],
  },
  cn: {
    given: ['Wei', 'Jing', 'Hao', 'Xiu Ying', 'Lei', 'Mei', 'Jun', 'Yan', 'Zhi Hao', 'Li Na', 'Tao', 'Xin', 'Bo', 'Ying'],
    family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu'],
  },
  jp: {
    given: ['Haruto', 'Yui', 'Sota', 'Aoi', 'Ren', 'Hina', 'Takumi', 'Sakura', 'Daiki', 'Mei', 'Kenji', 'Yuna', 'Shota', 'Emi'],
    family: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Yamada', 'Sasaki', 'Matsumoto'],
  },
  kr: {
    given: ['Min-jun', 'Seo-yeon', 'Ji-ho', 'Ha-eun', 'Do-yun', 'Soo-ah', 'Jae-won', 'Ye-jin', 'Hyun-woo', 'Ji-woo', 'Sung-min', 'Eun-ji'],
    family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Shin'],
  },
  es: {
    given: ['Lucía', 'Javier', 'Carmen', 'Álvaro', 'Marta', 'Sergio', 'Elena', 'Pablo', 'Nerea', 'Iñigo', 'Paula', 'Raúl', 'Irene', 'Jorge'],
    family: ['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Romero', 'Navarro', 'Torres', 'Domínguez', 'Vázquez', 'Gil', 'Ortega', 'Iglesias', 'Castro'],
  },
  mx: {
    given: ['Sofía', 'Diego', 'Valentina', 'Alejandro', 'Camila', 'Andrés', 'Ximena', 'Emiliano', 'Regina', 'Santiago', 'Fernanda', 'Mateo'],
    family: ['Hernández', 'González', 'Ramírez', 'Flores', 'Morales', 'Reyes', 'Cruz', 'Mendoza', 'Aguilar', 'Vargas', 'Castillo', 'Ríos'],
  },
  br: {
    given: ['João', 'Ana', 'Lucas', 'Beatriz', 'Gabriel', 'Larissa', 'Rafael', 'Juliana', 'Thiago', 'Camila', 'Bruno', 'Fernanda'],
    family: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Costa', 'Pereira', 'Almeida', 'Carvalho', 'Ribeiro', 'Gomes', 'Araújo', 'Barbosa'],
  },
  de: {
    given: ['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Johanna', 'Maximilian', 'Katrin', 'Tobias', 'Sabine', 'Florian', 'Jürgen', 'Miriam', 'Stefan'],
    family: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Richter', 'Krüger', 'Braun'],
  },
  fr: {
    given: ['Camille', 'Louis', 'Chloé', 'Hugo', 'Manon', 'Julien', 'Léa', 'Antoine', 'Élodie', 'Mathieu', 'Inès', 'Théo', 'Céline', 'Nicolas'],
    family: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Lefèvre', 'Girard', 'Fontaine', 'Rousseau', 'Mercier'],
  },
  it: {
    given: ['Giulia', 'Francesco', 'Chiara', 'Alessandro', 'Martina', 'Lorenzo', 'Sara', 'Matteo', 'Federica', 'Davide', 'Elisa', 'Riccardo'],
    family: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo'],
  },
  nl: {
    given: ['Daan', 'Sanne', 'Bram', 'Lotte', 'Joost', 'Femke', 'Ruben', 'Eline', 'Thijs', 'Anouk', 'Pieter', 'Maartje'],
    family: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'de Boer', 'Bos', 'Vos'],
  },
  pl: {
    given: ['Jakub', 'Zuzanna', 'Kacper', 'Aleksandra', 'Mateusz', 'Natalia', 'Paweł', 'Agnieszka', 'Tomasz', 'Magdalena', 'Łukasz', 'Katarzyna'],
    // Surnames that do not change with gender (-ski/-ska do), so any given name pairs correctly.
    family: ['Nowak', 'Wójcik', 'Kowalczyk', 'Woźniak', 'Mazur', 'Krawczyk', 'Kaczmarek', 'Zając', 'Król', 'Wieczorek', 'Michalak', 'Pawlak'],
  },
  ua: {
    given: ['Andriy', 'Oksana', 'Taras', 'Iryna', 'Bohdan', 'Nataliia', 'Mykola', 'Yuliia', 'Serhiy', 'Olena', 'Dmytro', 'Khrystyna'],
    family: ['Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boyko', 'Moroz', 'Lysenko', 'Savchenko', 'Rudenko', 'Marchenko'],
  },
  ru: {
    given: ['Aleksei', 'Natalia', 'Sergei', 'Ekaterina', 'Dmitry', 'Olga', 'Ivan', 'Anna', 'Pavel', 'Svetlana', 'Mikhail', 'Yelena'],
    // Gender-invariant surnames (-ykh/-ikh and the like), for the same reason as the Polish pool.
    family: ['Chernykh', 'Sedykh', 'Belykh', 'Dolgikh', 'Kruglykh', 'Zhuk', 'Melnik', 'Kravets', 'Shevchuk', 'Bondar', 'Tkach', 'Gorelik'],
  },
  ng: {
    given: ['Chinedu', 'Ngozi', 'Oluwaseun', 'Adaeze', 'Emeka', 'Funmilayo', 'Tunde', 'Chiamaka', 'Ifeanyi', 'Yetunde', 'Babatunde', 'Amaka'],
    family: ['Okafor', 'Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Nwosu', 'Adebayo', 'Obi', 'Ogunleye', 'Afolabi', 'Chukwu', 'Bello'],
  },
  ar: {
    given: ['Omar', 'Layla', 'Youssef', 'Nour', 'Karim', 'Amira', 'Tariq', 'Salma', 'Hassan', 'Rania', 'Faisal', 'Dina'],
    family: ['Haddad', 'Khalil', 'Mansour', 'Nasser', 'Saleh', 'Farouk', 'Aziz', 'Hamdan', 'Rahman', 'Kassem', 'Suleiman', 'Darwish'],
  },
  tr: {
    given: ['Emre', 'Zeynep', 'Burak', 'Elif', 'Mert', 'Ayşe', 'Can', 'Selin', 'Oğuz', 'Deniz', 'Kerem', 'Büşra'],
    family: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Aydın', 'Öztürk', 'Arslan', 'Doğan', 'Koç', 'Kurt', 'Özdemir'],
  },
  vn: {
    given: ['Minh', 'Linh', 'Tuan', 'Huong', 'Duc', 'Thao', 'Quang', 'Mai', 'Khanh', 'Trang', 'Phuc', 'Ngoc'],
    family: ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui', 'Do', 'Ho', 'Ngo', 'Duong'],
  },
  se: {
    given: ['Erik', 'Astrid', 'Oskar', 'Ingrid', 'Nils', 'Sigrid', 'Lars', 'Maja', 'Anders', 'Elsa', 'Gustav', 'Linnea'],
    family: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Lindqvist', 'Berg', 'Holm'],
  },
};

export const CULTURES = Object.keys(NAME_POOLS) as Culture[];
