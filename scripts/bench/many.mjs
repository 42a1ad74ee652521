// Large inputs made of ordinary parts, for `npm run bench -- --only many` (peak memory per input):
// thousands of tiny program files in one answer, corpus code blocks as files of one answer, and
// corpus code in one code block, each up to about 5 MB.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const MB = 2 ** 20;
const FENCE = { py: 'python', ts: 'typescript' };
const EXT = { py: 'py', ts: 'ts' };

/** `unit(0)`, `unit(1)`, ... while the text stays within `bytes`. */
function fill(unit, bytes) {
  const parts = [];
  let len = 0;
  for (let i = 0; ; i++) {
    const u = unit(i);
    if (u === undefined || len + u.length > bytes) break;
    parts.push(u);
    len += u.length;
  }
  return parts.join('');
}

/** Every code block of the language in the corpus's model answers, in a stable order. */
function corpusBlocks(corpus, lang) {
  const dir = join(corpus, lang === 'py' ? 'pulumi-py' : 'pulumi-ts');
  const out = [];
  for (const task of readdirSync(dir).sort()) {
    const p = join(dir, task, 'lib', 'MODEL_RESPONSE.md');
    if (!existsSync(p)) continue;
    for (const m of readFileSync(p, 'utf8').matchAll(new RegExp('```' + FENCE[lang] + '\\n([\\s\\S]*?)```', 'g'))) out.push(m[1]);
  }
  return out;
}

const tiny = {
  py: (i) => `## File: lib/m${i}.py\n\`\`\`python\nimport pulumi_aws as aws\nb${i} = aws.s3.Bucket("b${i}")\n\`\`\`\n`,
  ts: (i) => `## File: lib/m${i}.ts\n\`\`\`typescript\nimport * as aws from '@pulumi/aws';\nexport const b${i} = new aws.s3.Bucket('b${i}');\n\`\`\`\n`,
};

/** The shapes: name, language, and a maker of the answer text within `bytes`. */
export const MANY_SHAPES = ['py', 'ts'].flatMap((lang) => [
  { name: 'one-line program files filling 5 MB', lang, make: () => fill(tiny[lang], 5 * MB - 1024) },
  {
    name: 'corpus code blocks as files, 4.5 MB',
    lang,
    make: (corpus) => {
      const blocks = corpusBlocks(corpus, lang);
      return fill((i) => (i < blocks.length ? `## File: lib/f${i}.${EXT[lang]}\n\`\`\`${FENCE[lang]}\n${blocks[i]}\`\`\`\n\n` : undefined), 4.5 * MB);
    },
  },
  {
    name: 'corpus code in one code block, 4 MB',
    lang,
    make: (corpus) => {
      const blocks = corpusBlocks(corpus, lang);
      return `\`\`\`${FENCE[lang]}\n${fill((i) => (i < blocks.length ? `${blocks[i]}\n` : undefined), 4 * MB)}\`\`\`\n`;
    },
  },
]);
