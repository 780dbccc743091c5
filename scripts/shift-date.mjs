/**
 * Node preload (`node --import ./scripts/shift-date.mjs`, or through
 * NODE_OPTIONS) that moves this process's wall clock by VI_DATE_OFFSET_MS.
 * scripts/test-dates.sh computes the offset once and passes it to every
 * process of a test run (vitest workers, the e2e server, Playwright), so they
 * all agree on "now" — and the app clock (app/utils/clock.server.ts), which
 * reads Date.now(), starts on the chosen date too.
 */
const offset = Number(process.env.VI_DATE_OFFSET_MS ?? 0)

if (offset && !globalThis.__viDateShifted) {
  const RealDate = Date
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offset)
      else super(...args)
    }
    static now() {
      return RealDate.now() + offset
    }
  }
  // `Date()` called without `new` returns the current time as a string.
  const ShiftedDateFunction = new Proxy(ShiftedDate, {
    apply: () => new ShiftedDate().toString(),
  })
  globalThis.Date = ShiftedDateFunction
  globalThis.__viDateShifted = true
}
