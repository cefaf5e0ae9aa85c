/**
 * Older or alternative names of Myanmar's states and regions, normalized (lower case, no
 * spaces), mapped to the name ACLED codes. Source: Myanmar's 2008 constitution renamed
 * divisions to regions and several states; press reports still use both.
 */
export const admin1Aliases: Readonly<Record<string, string>> = {
  // "Fighting in Irrawaddy Division displaced villagers."
  irrawaddy: 'ayeyarwady',
  // "Shelling in Tenasserim Region."
  tenasserim: 'tanintharyi',
  // "Karen State villagers fled the mortar fire."
  karen: 'kayin',
  // "In Karenni State, troops shelled a church."
  karenni: 'kayah',
  // "In Arakan State, a landmine exploded."
  arakan: 'rakhine',
  // "Magwe Region residents reported air strikes."
  magwe: 'magway',
  // "A bomb exploded in Pegu."
  pegu: 'bago',
  // "A parcel bomb went off in Rangoon."
  rangoon: 'yangon',
  // "Naypyidaw Union Territory"
  naypyidaw: 'naypyitaw',
};
