/** App-wide preferences, one row per setting; an absent or unreadable row means the default. */
import { z } from 'zod';
import type { AppSettings } from '../../../shared/domain';
import type { Database } from '../db';

export const DEFAULT_SETTINGS: Readonly<AppSettings> = {
  renewalReminderDays: 90,
  keepRunningInTray: false,
  startAtLogin: false,
};

const settingSchemas: { [K in keyof AppSettings]: z.ZodType<AppSettings[K]> } = {
  renewalReminderDays: z.number().int().min(1).max(365),
  keepRunningInTray: z.boolean(),
  startAtLogin: z.boolean(),
};

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as (keyof AppSettings)[];

function parseStored<K extends keyof AppSettings>(key: K, json: string | undefined): AppSettings[K] {
  if (json === undefined) return DEFAULT_SETTINGS[key];
  try {
    const parsed = settingSchemas[key].safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : DEFAULT_SETTINGS[key];
  } catch {
    return DEFAULT_SETTINGS[key];
  }
}

export function readSettings(db: Database): AppSettings {
  const stored = new Map(
    db
      .prepare<[], { key: string; value_json: string }>('SELECT key, value_json FROM settings')
      .all()
      .map((row) => [row.key, row.value_json]),
  );
  return {
    renewalReminderDays: parseStored('renewalReminderDays', stored.get('renewalReminderDays')),
    keepRunningInTray: parseStored('keepRunningInTray', stored.get('keepRunningInTray')),
    startAtLogin: parseStored('startAtLogin', stored.get('startAtLogin')),
  };
}

/** Saves the settings given; the others keep their stored values. */
export function writeSettings(db: Database, changes: Partial<AppSettings>): void {
  const upsert = db.prepare<[string, string]>(
    `INSERT INTO settings (key, value_json) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json`,
  );
  for (const key of SETTING_KEYS) {
    const value = changes[key];
    if (value !== undefined) upsert.run(key, JSON.stringify(value));
  }
}
