import { describe, expect, it } from 'vitest'
import { daysInWork, fidelityBand, fidelityLabel, sharePercent } from '~/domain/caseload'

describe('IPS fidelity band for caseload size', () => {
  it.each([
    [0, 5],
    [20, 5],
    [21, 4],
    [25, 4],
    [26, 3],
    [30, 3],
    [31, 2],
    [40, 2],
    [41, 1],
    [120, 1],
  ])('%i active → %i', (active, band) => {
    expect(fidelityBand(active)).toBe(band)
  })
})

describe('days in work from the step history', () => {
  it('counts an open stretch up to today', () => {
    expect(
      daysInWork(
        [
          { step: 'JOBBSOK', at: '2026-01-01T10:00:00Z' },
          { step: 'I_JOBB', at: '2026-11-01T09:00:00Z' },
        ],
        '2026-11-22',
      ),
    ).toBe(21)
  })
  it('sums closed stretches in any order and ignores repeats', () => {
    const history = [
      { step: 'AVSLUTTET', at: '2026-03-11T00:00:00Z' },
      { step: 'I_JOBB', at: '2026-03-01T00:00:00Z' },
      { step: 'I_JOBB', at: '2026-03-05T00:00:00Z' },
      { step: 'I_JOBB', at: '2026-05-01T00:00:00Z' },
      { step: 'PASSIV', at: '2026-05-03T00:00:00Z' },
    ]
    expect(daysInWork(history, '2026-11-22')).toBe(12)
  })
  it('is zero without work', () => {
    expect(daysInWork([{ step: 'HENVIST', at: '2026-01-01' }], '2026-11-22')).toBe(0)
  })
})

describe('share', () => {
  it('one decimal; zero of zero is zero', () => {
    expect(sharePercent(1, 3)).toBe(33.3)
    expect(sharePercent(0, 0)).toBe(0)
  })
})

describe('the fidelity score as the jobbspesialist reads it', () => {
  it('names every band of the IPS caseload item', () => {
    expect(fidelityLabel(5)).toBe('5 av 5 – innenfor normen på 20')
    expect(fidelityLabel(fidelityBand(41))).toBe('1 av 5 – over 40 aktive')
  })
})
