/** The demo process's checklist: eight items, the searches a small department runs. */
export const CHECKLIST = [
  {
    key: 'google',
    title: 'Search engine: name + city',
    platform: 'Google',
    instructions: 'Search "full name" with city and with each alias; review the first five pages.',
    searchTerms: ['"{fullName}" {city}'],
  },
  {
    key: 'bing',
    title: 'Second search engine',
    platform: 'Bing',
    instructions: 'Repeat the name + city search on a second engine.',
  },
  {
    key: 'facebook',
    title: 'Facebook public profile',
    platform: 'Facebook',
    instructions: 'Logged out. Public profile and public posts only. Never send requests.',
  },
  {
    key: 'instagram',
    title: 'Instagram public profile',
    platform: 'Instagram',
    instructions: 'Logged out; handles the candidate provided first.',
  },
  {
    key: 'x',
    title: 'X (Twitter) public posts',
    platform: 'X',
    instructions: 'Logged out search of provided handles and the full name.',
  },
  {
    key: 'tiktok',
    title: 'TikTok public videos',
    platform: 'TikTok',
    instructions: 'Logged out; public videos under provided handles.',
  },
  {
    key: 'wcca',
    title: 'Wisconsin Circuit Court Access',
    platform: 'WCCA',
    instructions: 'Search name and date of birth; record case numbers only.',
  },
  {
    key: 'news',
    title: 'Local news archive',
    platform: 'News archive',
    instructions: 'Ozaukee Press and Milwaukee Journal Sentinel archives.',
  },
];
