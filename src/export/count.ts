/**
 * Counting the records of an export while its decompressed bytes stream past.
 * Both counters see the bytes in arbitrary chunks and keep their state between chunks.
 */

export interface RecordCounter {
  write(chunk: Buffer): void
  /** Ends the input and returns the number of records. */
  end(): number
}

const LF = 0x0a
const CR = 0x0d
const SPACE = 0x20
const TAB = 0x09
const QUOTE = 0x22

/** NDJSON: one record per line that holds something other than whitespace. */
export function ndjsonCounter(): RecordCounter {
  let records = 0
  let lineHasContent = false
  return {
    write(chunk) {
      let start = 0
      while (start < chunk.length) {
        const newline = chunk.indexOf(LF, start)
        const stop = newline === -1 ? chunk.length : newline
        // A line of JSON starts with `{`, so this scan usually stops at its first byte.
        for (let i = start; !lineHasContent && i < stop; i++) {
          const byte = chunk[i]
          if (byte !== SPACE && byte !== TAB && byte !== CR) lineHasContent = true
        }
        if (newline === -1) return
        if (lineHasContent) records++
        lineHasContent = false
        start = newline + 1
      }
    },
    end() {
      if (lineHasContent) records++
      lineHasContent = false
      return records
    },
  }
}

/**
 * CSV: the rows after the header row. A double-quoted field may hold newlines and doubled quotes
 * (`""`), which need no special case: each quote toggles the state, so `""` leaves it unchanged.
 * Blank lines are not rows.
 */
export function csvCounter(): RecordCounter {
  let rows = 0
  let inQuotes = false
  let rowHasContent = false
  return {
    write(chunk) {
      let i = 0
      while (i < chunk.length) {
        if (inQuotes) {
          const quote = chunk.indexOf(QUOTE, i)
          if (quote === -1) return
          inQuotes = false
          i = quote + 1
          continue
        }
        const byte = chunk[i]
        if (byte === QUOTE) {
          inQuotes = true
          rowHasContent = true
        } else if (byte === LF) {
          if (rowHasContent) rows++
          rowHasContent = false
        } else if (byte !== CR) {
          rowHasContent = true
        }
        i++
      }
    },
    end() {
      if (rowHasContent) rows++
      rowHasContent = false
      return Math.max(0, rows - 1)
    },
  }
}
