import { describe, expect, test } from 'vitest';
import { analyzeInput, prepare } from '../../../src/pipeline.js';
import { programOf } from '../../helpers/program.js';

// `"mysql://admin@" + db.address + ":3306/app"` is one mistake: the chain is reported once, not
// once for the inner `+` and again for the whole.
describe('pulumi/output-in-plain-string on a chain of +', () => {
  const programs = {
    'index.ts': "import * as aws from '@pulumi/aws';\nconst db = new aws.rds.Instance('db', { engine: 'mysql', instanceClass: 'db.t3.micro', allocatedStorage: 20, username: 'admin', manageMasterUserPassword: true });\nexport const url = 'mysql://admin@' + db.address + ':3306/app';\n",
    '__main__.py': 'import pulumi\nimport pulumi_aws as aws\ndb = aws.rds.Instance("db", engine="mysql", instance_class="db.t3.micro", allocated_storage=20, username="admin", manage_master_user_password=True)\npulumi.export("url", "mysql://admin@" + db.address + ":3306/app")\n',
  };
  for (const [name, text] of Object.entries(programs)) {
    test(name, async () => {
      await prepare();
      const found = analyzeInput(programOf({ [name]: text }, name)).findings.filter((f) => f.ruleId === 'pulumi/output-in-plain-string');
      expect(found).toHaveLength(1);
      // At the whole chain.
      expect(text.slice(found[0]!.location.start, found[0]!.location.end)).toMatch(/^'?"?mysql:\/\/admin@['"] \+ db\.address \+ ['"]:3306\/app['"]$/);
    });
  }
});
