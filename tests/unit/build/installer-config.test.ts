import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../../../electron/main/app-identity';
import { repoRoot } from '../../helpers/corpus';

interface BuilderConfig {
  appId: string;
  publish: unknown;
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  linux: { target: string[]; icon: string; desktop: { entry: Record<string, string> } };
  deb: { depends: string[] };
  win: { target: { target: string }[] };
  nsis: { oneClick: boolean; perMachine: boolean; allowElevation: boolean; deleteAppDataOnUninstall: boolean };
  mac: { target: { target: string }[] };
}

/** electron-builder.yml, read with the YAML parser the importer already uses. */
function builderConfig(): BuilderConfig {
  const yaml = readFileSync(join(repoRoot, 'electron-builder.yml'), 'utf8');
  return matter(`---\n${yaml}\n---\n`).data as BuilderConfig;
}

describe('the installer configuration', () => {
  const config = builderConfig();

  it('shares the app id the main process gives Windows', () => {
    expect(config.appId).toBe(APP_ID);
  });

  it('has no update endpoint and keeps the native module outside the asar', () => {
    expect(config.publish).toBeNull();
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**/*.node');
  });

  it('flips the fuses: no run-as-node, no NODE_OPTIONS or inspect flags, asar integrity, app only from asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds an AppImage and a deb with a desktop entry, a per-user NSIS installer and a dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.desktop.entry['Name']).toBe('StudyPath');
    expect(config.deb.depends.length).toBeGreaterThan(5);
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
    expect(config.mac.target.map((t) => t.target)).toEqual(['dmg']);
  });

  it('has every icon size, generated from the one drawing', () => {
    expect(existsSync(join(repoRoot, 'build', 'icon.svg'))).toBe(true);
    expect(existsSync(join(repoRoot, 'build', 'icon.png'))).toBe(true);
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
      expect(existsSync(join(repoRoot, config.linux.icon, `${size}x${size}.png`)), `${size}px`).toBe(true);
    }
  });
});
