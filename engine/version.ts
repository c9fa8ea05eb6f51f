import packageJson from '../package.json' with { type: 'json' };

/** The engine version, from package.json: part of every run's identity (a run is a pure function of scenario, seed and engine version). */
export const ENGINE_VERSION: string = packageJson.version;
