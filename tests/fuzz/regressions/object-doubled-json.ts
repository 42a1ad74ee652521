import * as aws from "@pulumi/aws";
let o: any = { a: 1 };
for (let i = 0; i < 40; i++) { o = { l: o, r: o }; }
new aws.s3.Bucket("b", { tags: { x: JSON.stringify(o) } });
