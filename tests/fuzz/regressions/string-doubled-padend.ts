import * as aws from "@pulumi/aws";
let s = "ab";
for (let i = 0; i < 64; i++) { s = s + s; }
const p = "x".padEnd(1e9);
new aws.s3.Bucket("b", { bucket: s + p });
