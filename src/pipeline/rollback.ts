/**
 * `mergeml registry rollback <model> --stage s`: reassigns the stage to the previous good version (the
 * latest earlier assignment of that stage that was not itself rolled away from and whose gates passed)
 * with a new `#<stage>#<n+1>` tag and a `rolled_back` audit entry.
 */
import { InputError } from '../core/errors.js';
import { explicitRollbackProblem, previousGoodVersion } from '../core/registry/registry-state.js';
import { assignStage, type StageRequest, type StageResult } from './promote.js';
import { gatesPassed, readVersionFiles } from './registry-read.js';
import type { RegistryPorts } from './registry-ports.js';

/** Rolls a stage back: to `version` when given (see explicitRollbackProblem), else to the previous good version. */
export async function rollback(ports: RegistryPorts, request: StageRequest & { readonly version?: string }): Promise<StageResult> {
  return assignStage(ports, request, 'rollback', async (ms) => {
    const current = ms.stages[request.stage];
    if (current === undefined) throw new InputError(`${request.model} has nothing at ${request.stage} to roll back`, [{ file: 'git tags', message: `no current ${request.model}#${request.stage}#… assignment`, expected: 'a stage with a current version' }]);
    const gates = (v: (typeof ms.versions)[number]): Promise<boolean> => readVersionFiles(ports.git, ms.model, v.version, v.commit).then(gatesPassed, () => false);
    if (request.version !== undefined) {
      // Only the named version's record is read.
      const named = ms.versions.find((v) => v.version === request.version);
      const passed = named !== undefined && (await gates(named));
      const problem = explicitRollbackProblem(ms, request.stage, request.version, () => passed);
      if (problem !== undefined) throw new InputError(`cannot roll ${request.model} ${request.stage} back to ${request.version}`, [{ file: current.tag, message: problem, expected: 'a version that was at this stage before, is not there now and whose gates passed (nothing was written)' }]);
      return request.version;
    }
    const passed = new Map<string, boolean>();
    for (const v of ms.versions) passed.set(v.version, await gates(v));
    const target = previousGoodVersion(ms, request.stage, (v) => passed.get(v) === true);
    if (target === undefined) throw new InputError(`no earlier good version of ${request.model} was ever at ${request.stage}`, [{ file: current.tag, message: `${current.version} is the only version with a clean record at ${request.stage}`, expected: 'an earlier assignment of a version whose gates passed (nothing was written)' }]);
    return target;
  });
}
