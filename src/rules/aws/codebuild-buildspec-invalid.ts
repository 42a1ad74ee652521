import { inlineBuildspecs, PHASES, record } from '../_shared/buildspec.js';
import { inFragment } from '../_shared/whole-program.js';
import { defineRule } from '../define-rule.js';

const PROJECT = 'aws:codebuild/project:Project';

export default defineRule({
  id: 'aws/codebuild-buildspec-invalid',
  class: 'CICD-PIPELINE',
  severity: 'high',
  category: 'aws',
  resourceTypes: [PROJECT],
  messages: {
    yaml: 'The inline buildspec is not valid YAML ({{error}}): every build fails at once with YAML_FILE_ERROR. Fix the document (indentation, quoting), or build it from an object with `JSON.stringify` / `json.dumps`.',
    version: 'The inline buildspec {{problem}}: CodeBuild requires `version: 0.2` (or the legacy 0.1), so every build fails with YAML_FILE_ERROR. Start the document with `version: 0.2`.',
    phases: 'The inline buildspec {{problem}}: each phase must be a mapping with a `commands` list, so the build fails with YAML_FILE_ERROR. {{fix}}',
    unknownPhase: 'The inline buildspec has a phase `{{phase}}`, which CodeBuild does not know (it runs install, pre_build, build and post_build): it only logs "keys cannot be identified" and skips it, so those commands never run. Move them into one of the four phases (pipeline stages such as test or deploy are separate actions or projects).',
    commandMap: 'Command {{index}} of phase `{{phase}}` reads as a YAML mapping, not a string (`{{text}}`): a colon followed by a space makes YAML split it into a key and a value, and the build fails with "Expected Commands[{{index}}] to be of string type". Quote the whole command.',
  },
  title: {
    yaml: 'Inline buildspec of {{counted}} is not valid YAML',
    version: 'Inline buildspec of {{counted}} {{problem:full}}',
    phases: 'Inline buildspec of {{counted}} {{problem:full}}',
    unknownPhase: 'Unknown buildspec phase {{phase:code}} on {{counted}}',
    commandMap: 'Buildspec command {{index}} of phase {{phase:code}} parsed as a YAML mapping',
  },
  fixHint: 'version: 0.2, then phases: { install | pre_build | build | post_build: { commands: [ ... ] } }; quote commands that contain ": ".',
  docs: {
    summary: 'An inline CodeBuild buildspec that CodeBuild cannot read: invalid YAML, no or a wrong `version`, phases that are not mappings or not known phases (skipped with a warning), `commands` that is not a list, or a command that YAML reads as a mapping.',
    why: 'A buildspec written in the program is only parsed when a build starts: the project deploys, and every build then fails with YAML_FILE_ERROR. Typical generated mistakes are a missing `version: 0.2`, a `commands` string instead of a list, phases named after pipeline stages (`test`, `deploy`), and commands such as `- echo Build started: $(date)` where the unquoted `: ` turns the command into a YAML mapping.',
    bad: {
      ts: `import * as aws from '@pulumi/aws';\nconst project = new aws.codebuild.Project('app', {\n  serviceRole: 'arn:aws:iam::123456789012:role/codebuild',\n  artifacts: { type: 'CODEPIPELINE' },\n  environment: { type: 'LINUX_CONTAINER', computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0' },\n  source: { type: 'CODEPIPELINE', buildspec: 'version: 0.2\\nphases:\\n  build:\\n    commands:\\n      - echo Build started: now\\n      - npm test\\n' },\n});\nexport const projectName = project.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nproject = aws.codebuild.Project("app",\n    service_role="arn:aws:iam::123456789012:role/codebuild",\n    artifacts={"type": "CODEPIPELINE"},\n    environment={"type": "LINUX_CONTAINER", "compute_type": "BUILD_GENERAL1_SMALL", "image": "aws/codebuild/standard:7.0"},\n    source={"type": "CODEPIPELINE", "buildspec": """phases:\n  build:\n    commands:\n      - npm test\n"""})\npulumi.export("project", project.name)\n`,
    },
    good: {
      ts: `import * as aws from '@pulumi/aws';\nconst project = new aws.codebuild.Project('app', {\n  serviceRole: 'arn:aws:iam::123456789012:role/codebuild',\n  artifacts: { type: 'CODEPIPELINE' },\n  environment: { type: 'LINUX_CONTAINER', computeType: 'BUILD_GENERAL1_SMALL', image: 'aws/codebuild/standard:7.0' },\n  source: { type: 'CODEPIPELINE', buildspec: 'version: 0.2\\nphases:\\n  build:\\n    commands:\\n      - "echo Build started: now"\\n      - npm test\\n' },\n});\nexport const projectName = project.name;\n`,
      py: `import pulumi\nimport pulumi_aws as aws\nproject = aws.codebuild.Project("app",\n    service_role="arn:aws:iam::123456789012:role/codebuild",\n    artifacts={"type": "CODEPIPELINE"},\n    environment={"type": "LINUX_CONTAINER", "compute_type": "BUILD_GENERAL1_SMALL", "image": "aws/codebuild/standard:7.0"},\n    source={"type": "CODEPIPELINE", "buildspec": """version: 0.2\nphases:\n  build:\n    commands:\n      - npm test\n"""})\npulumi.export("project", project.name)\n`,
    },
    references: [
      'https://docs.aws.amazon.com/codebuild/latest/userguide/build-spec-ref.html',
      'https://docs.aws.amazon.com/codebuild/latest/userguide/troubleshooting.html',
    ],
    notes: 'Only inline buildspecs whose whole text is known are read (not files in the repository, not text with interpolated values). Keys outside the phases (env, reports, artifacts, cache, batch) are not checked.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      if (inFragment(ctx, r)) continue;
      for (const spec of inlineBuildspecs(r)) {
        const at = spec.at ?? r.at;
        if (spec.error) {
          ctx.report({ messageId: 'yaml', data: { error: spec.error.replace(/\s+/g, ' ').slice(0, 160) }, at, resource: r });
          continue;
        }
        const doc = record(spec.doc);
        if (!doc) {
          ctx.report({ messageId: 'version', data: { problem: 'is not a mapping' }, at, resource: r });
          continue;
        }
        const version = doc['version'];
        if (version === undefined) {
          ctx.report({ messageId: 'version', data: { problem: 'has no `version`' }, at, resource: r });
          continue;
        }
        if (String(version) !== '0.2' && String(version) !== '0.1') {
          ctx.report({ messageId: 'version', data: { problem: `has \`version: ${String(version)}\`` }, at, resource: r });
          continue;
        }
        const problem = phaseProblem(doc);
        if (problem) ctx.report({ messageId: problem.id, data: problem.data, at, resource: r, ...(problem.severity ? { severity: problem.severity } : {}) });
      }
    }
  },
});

type PhaseProblem = { id: 'phases' | 'commandMap' | 'unknownPhase'; data: Record<string, string>; severity?: 'medium' };

function phaseProblem(doc: Record<string, unknown>): PhaseProblem | undefined {
  if (!('phases' in doc)) return undefined;
  const phases = record(doc['phases']);
  if (!phases) return { id: 'phases', data: { problem: 'gives `phases` a value that is not a mapping', fix: 'Write `phases:` as a mapping of phase names.' } };
  for (const [name, phase] of Object.entries(phases)) {
    if (!(PHASES as readonly string[]).includes(name)) {
      return { id: 'unknownPhase', data: { phase: name }, severity: 'medium' };
    }
    if (phase === null) continue;
    const p = record(phase);
    if (!p) return { id: 'phases', data: { problem: `gives phase \`${name}\` a value that is not a mapping`, fix: `Write \`${name}:\` with a \`commands:\` list under it.` } };
    for (const key of ['commands', 'finally']) {
      const list = p[key];
      if (list === undefined || list === null) continue;
      if (!Array.isArray(list)) return { id: 'phases', data: { problem: `gives \`${name}.${key}\` a single value instead of a list`, fix: `Write each command as a list item (\`- ...\`).` } };
      const i = list.findIndex((c) => record(c) !== undefined);
      if (i >= 0) {
        const [k, v] = Object.entries(record(list[i])!)[0] ?? ['', ''];
        return { id: 'commandMap', data: { index: String(i), phase: name, text: `${k}: ${String(v)}`.slice(0, 80) } };
      }
    }
  }
  return undefined;
}
