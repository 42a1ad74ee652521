// Values past the evaluator's budgets are cut to unknown: one note per file, at the first cut.
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();

// --- clean
const prefix = ["app", "logs"].join("-");
const ports = [80, 443].concat([8080]);
const padded = "7".padStart(3, "0");
new aws.s3.BucketV2("clean", { bucket: `${prefix}-${padded}-${ports.length}` });

// --- unknown
// A string of unknown length is never cut: only values stacklint actually builds count.
const fromConfig = config.require("name");
new aws.s3.BucketV2("unknown", { bucket: fromConfig.repeat(3) });

// --- bad
let doubled = "ab";
for (let i = 0; i < 40; i++) {
  doubled = doubled + doubled; // error: [code/analysis-budget-reached]
}
const wide = "x".padEnd(1e9); // a second cut in the same file adds no second note
let tree: any = { leaf: 1 };
for (let i = 0; i < 40; i++) tree = { left: tree, right: tree };
new aws.s3.BucketV2("bad", { bucket: doubled + wide, tags: { tree: JSON.stringify(tree) } });
