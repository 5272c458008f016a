import { RolePresetId } from '../lib/model/screening';

export interface ScreenArgs {
  json: boolean;
  /** Print the rule ids and the evidence behind the verdict, the production level and each checklist item. */
  explain: boolean;
  role: RolePresetId;
  url?: string;
  mustHave: string[];
  files: string[];
}

export class UsageError extends Error {}

/** Parses `screen [--json] [--explain] [--role ROLE] [--url URL] [--must-have a,b] <files...>`. */
export function parseScreenArgs(argv: string[]): ScreenArgs {
  const args: ScreenArgs = { json: false, explain: false, role: 'ml-engineer', mustHave: [], files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') args.json = true;
    else if (arg === '--explain') args.explain = true;
    else if (arg === '--role') {
      const role = RolePresetId.safeParse(value());
      if (!role.success) throw new UsageError(`--role must be one of: ${RolePresetId.options.join(', ')}`);
      args.role = role.data;
    } else if (arg === '--url') args.url = value();
    else if (arg === '--must-have')
      args.mustHave.push(
        ...value()
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else args.files.push(arg);
  }
  if (args.files.length === 0) throw new UsageError('no files given');
  return args;
}
