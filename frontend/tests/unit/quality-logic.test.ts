import { describe, expect, it } from 'vitest'
import { classBands, classOf, rowProblems } from '@/views/quality/logic'

// GB 3838-2002 Table 1 limits, as the backend sends them in Trend.classLimits
const COD = { direction: 'MAX' as const, classLimits: [15, 15, 20, 30, 40] }
const DO = { direction: 'MIN' as const, classLimits: [7.5, 6, 5, 3, 2] }
const PH = { direction: 'RANGE' as const, classLimits: [6, 9] }

describe('class bands of the trend chart', () => {
  it('run upwards for a maximum item and leave out the empty band where two classes share a limit', () => {
    expect(classBands(COD, 60)).toEqual([
      { cls: 'I', from: 0, to: 15 },
      { cls: 'III', from: 15, to: 20 },
      { cls: 'IV', from: 20, to: 30 },
      { cls: 'V', from: 30, to: 40 },
      { cls: 'WORSE_THAN_V', from: 40, to: 60 },
    ])
  })

  it('run downwards for dissolved oxygen, a minimum', () => {
    expect(classBands(DO, 10)).toEqual([
      { cls: 'I', from: 7.5, to: 10 },
      { cls: 'II', from: 6, to: 7.5 },
      { cls: 'III', from: 5, to: 6 },
      { cls: 'IV', from: 3, to: 5 },
      { cls: 'V', from: 2, to: 3 },
      { cls: 'WORSE_THAN_V', from: 0, to: 2 },
    ])
  })

  it('are one band 6–9 for pH and none for an item without class limits', () => {
    expect(classBands(PH, 14)).toEqual([{ cls: 'I', from: 6, to: 9 }])
    expect(classBands({ direction: 'NONE', classLimits: [] }, 10)).toEqual([])
  })
})

describe('classOf (a limit value belongs to the better class)', () => {
  it('classes COD at, just below and just above the limits', () => {
    expect(classOf(15, COD)).toBe('I')
    expect(classOf(15.01, COD)).toBe('III')
    expect(classOf(20, COD)).toBe('III')
    expect(classOf(40, COD)).toBe('V')
    expect(classOf(40.01, COD)).toBe('WORSE_THAN_V')
  })

  it('classes DO as a minimum and pH as a range', () => {
    expect(classOf(7.5, DO)).toBe('I')
    expect(classOf(7.49, DO)).toBe('II')
    expect(classOf(2, DO)).toBe('V')
    expect(classOf(1.99, DO)).toBe('WORSE_THAN_V')
    expect(classOf(9, PH)).toBe('I')
    expect(classOf(9.01, PH)).toBe('WORSE_THAN_V')
  })
})

describe('import problems', () => {
  it('are the rows of the file in order, file-level problems first', () => {
    expect(
      rowProblems([
        { field: 'rows[6].item', message: 'pH' },
        { field: 'rows[3].site', message: 'unknown' },
        { field: 'file', message: 'missing column' },
      ]),
    ).toEqual([
      { line: null, column: 'file', message: 'missing column' },
      { line: 3, column: 'site', message: 'unknown' },
      { line: 6, column: 'item', message: 'pH' },
    ])
  })
})
