/**
 * Given names that start a plain full name ("Leila Haddad said…") with no title before it.
 * A name needs two or more capitalised words and its first word in this list; the rest of the
 * rules (not a place, not an organisation word) live in `stages/actors/people.ts`.
 * Sources: common given names in English, Arabic, Kurdish, Hebrew, Persian, Turkish, Russian,
 * Ukrainian and Burmese reporting, written by the team.
 */
// e.g. "Omar Khalil, a shopkeeper, said the blast shattered his windows."
const ARABIC = `Abbas Abdel Abdul Abdullah Adel Adnan Ahmad Ahmed Akram Ala Ali Amal Amer Amin Amina Amir Amr Anas
  Asma Ayman Aziz Bashar Bassam Fadi Fadel Faisal Farah Farid Fatima Fawaz Ghassan Hadi Haidar Haider Hamid Hamza Hana
  Hani Haniya Hassan Hasan Hatem Hayder Hazem Hisham Hussein Husam Ibrahim Imad Iman Isa Ismail Jaber Jamal Jamil Jasim
  Jassim Kamal Karim Khaled Khalid Khalil Laila Layla Leila Mahdi Mahmoud Majid Malik Mansour Marwan Maryam Mazen
  Mohamed Mohammad Mohammed Muhammad Mostafa Mustafa Muhannad Munir Mariam Nabil Nadia Nadim Naji Nasser Nawaf Noor Nour
  Omar Osama Qais Qasim Rami Rana Rania Rashid Reem Riyad Saad Sabah Saeed Said Salah Saleh Salem Salim Salma Sami Samir
  Sara Sarah Shadi Sherif Suleiman Sultan Tamer Tariq Tarek Waleed Walid Wael Yahya Yasser Yasir Yassin Yousef Yusuf Youssef
  Zainab Zaid Zeid Ziad`;
// e.g. "Dilan Barzani told reporters that the road was closed."
const KURDISH_PERSIAN_TURKISH = `Dilan Hemin Hevi Rebwar Shirin Kawa Sherko Fuad Masoud Masrour Nechirvan Hoshyar Javad Reza
  Hossein Mehdi Parisa Mohsen Ahmet Mehmet Mustafa Recep Kemal Hakan Hulusi Emine Ayse Fatma`;
// e.g. "Yael Cohen said the sirens sounded twice."
const HEBREW = `Avi Yael Yoav Benny Benjamin Daniel David Moshe Yossi Itamar Naftali Eli Ehud Shira Noa Tamar Avraham Yitzhak Gadi Herzi`;
// e.g. "Olena Kovalenko said the shelling woke her children."
const SLAVIC = `Oleksandr Olena Oksana Volodymyr Vladimir Dmitry Dmytro Sergei Serhiy Sergey Andriy Andrei Ivan Igor Ihor Mykola
  Nikolai Yuriy Yuri Viktor Natalia Natalya Tetiana Tatiana Iryna Irina Maria Anna Mikhail Vitaliy Vitali Valery Valeriy Pavlo Pavel`;
// Burmese names have no given-name/surname split and share syllables with place names
// ("Moe Bye", "Thein Za Yat"): they are found through honorifics (U, Daw, Ko, Saw, Sai) instead.
// e.g. "John Miller, a spokesman for the charity, said the clinic was closed."
const ENGLISH = `Adam Alan Alex Alexander Alice Amanda Amy Andrew Angela Ann Anne Anthony Antonio Ash Barbara Ben Brett Brian Bruce
  Carl Caroline Catherine Charles Chris Christopher Claire Colin Craig Dan Dana David Deborah Dennis Donald Douglas Edward
  Elizabeth Emily Emma Eric Frank Gary George Grace Hannah Harry Helen Henry Jack James Jane Janet Jason Jeff Jeffrey Jennifer
  Jessica Jim Joe Joel John Jonathan Joseph Josh Julia Julie Karen Kate Katherine Keith Kelly Kevin Laura Lauren Leroy Linda
  Lisa Louise Mark Martin Mary Matthew Megan Michael Michelle Mike Nancy Nicholas Nick Oliver Patrick Paul Peter Philip Rachel
  Rebecca Richard Robert Roger Ryan Sam Samantha Sarah Scott Sean Simon Stephen Steve Steven Susan Thomas Tim Timothy Tobias Tom
  Tony William Antony Boris Emmanuel Francois François Angela Olaf Rishi Keir Lloyd Kirby Joseph`;

/** Lower-cased given names. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(
  [ARABIC, KURDISH_PERSIAN_TURKISH, HEBREW, SLAVIC, ENGLISH].join(' ').split(/\s+/).filter(Boolean).map((n) => n.toLowerCase()),
);

/** Particles inside names: "Haider al-Abadi", "Ibn Saud", "van der Berg". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'van', 'der', 'de', 'von', 'da', 'la', 'le', 'du']);
