import * as aws from "@pulumi/aws";
let s = "x";
const parts = [];
for (let i = 0; i < 30; i++) { s = `${s}${s}`; parts.push(s); }
new aws.s3.Bucket("b", { bucket: parts.join(s) });
