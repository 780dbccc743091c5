/**
 * Fylker (2024 structure). Where a person can work is their work area
 * (work-area.ts), with distances between kommuner — not their residence.
 */
export const FYLKE_NAMES: Record<string, string> = {
  '03': 'Oslo',
  '11': 'Rogaland',
  '15': 'Møre og Romsdal',
  '18': 'Nordland',
  '31': 'Østfold',
  '32': 'Akershus',
  '33': 'Buskerud',
  '34': 'Innlandet',
  '39': 'Vestfold',
  '40': 'Telemark',
  '42': 'Agder',
  '46': 'Vestland',
  '50': 'Trøndelag',
  '55': 'Troms',
  '56': 'Finnmark',
}

export function fylkeName(fylke: string): string {
  return FYLKE_NAMES[fylke] ?? fylke
}
