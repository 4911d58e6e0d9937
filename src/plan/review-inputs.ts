/**
 * The inputs of "review before, verify after" (plan, skip_existing, verify, import_ready), parsed
 * with the rest in src/inputs/, and the combinations that cannot work, refused before any request.
 */

import type { ExportSettings, ImportSettings } from '../inputs/settings.js'
import { InputError } from '../runtime/errors.js'

type BooleanInput = 'plan' | 'skip_existing' | 'verify'

export function parseReviewInputs(read: (name: BooleanInput) => boolean): {
  plan: boolean
  skipExisting: boolean
  verify: boolean
} {
  const skipExisting = read('skip_existing')
  // skip_existing needs the plan's classification (action.yml: skip_existing implies plan).
  return { plan: read('plan') || skipExisting, skipExisting, verify: read('verify') }
}

export function checkReviewSettings(settings: ImportSettings | ExportSettings): void {
  if (settings.operation === 'import-users') {
    if (settings.skipExisting && settings.progressFile !== undefined) {
      throw new InputError(
        'skip_existing',
        "Input 'skip_existing': true cannot be combined with progress_file: skipping already makes a second run leave out what the first one imported, while a progress record must describe the same upload each time. Use one or the other.",
      )
    }
    if (settings.verify && !settings.wait && !settings.dryRun) {
      throw new InputError(
        'verify',
        "Input 'verify': true needs wait: true (the check runs after the jobs end); got wait: false.",
      )
    }
    return
  }
  if (!settings.importReady) return
  if (settings.format !== 'json') {
    throw new InputError(
      'import_ready',
      `Input 'import_ready': true needs format: json (an import file is a JSON array); got format: ${settings.format}.`,
    )
  }
  if (settings.exportPath !== undefined && /\.gz$/i.test(settings.exportPath)) {
    throw new InputError(
      'import_ready',
      `Input 'import_ready': true writes a decompressed JSON array, so export_path cannot end in .gz (got ${settings.exportPath}).`,
    )
  }
}
