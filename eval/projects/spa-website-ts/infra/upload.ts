import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import * as fs from "fs";
import * as mime from "mime-types";
import * as path from "path";

export interface UploadOptions {
    cacheControl?: (key: string) => string;
    /** Keys managed elsewhere in the program. */
    exclude?: string[];
}

function walk(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        return entry.isDirectory() ? walk(full) : [full];
    });
}

/** One BucketObject per file under `root`, keyed by its path relative to `root`. */
export function uploadDirectory(root: string, bucket: aws.s3.BucketV2, opts: UploadOptions = {}): aws.s3.BucketObjectv2[] {
    if (!fs.existsSync(root)) {
        throw new Error(`${root} does not exist; run "npm run build:client" first`);
    }
    const excluded = new Set(opts.exclude ?? []);
    const keys = walk(root).map((file) => ({ file, key: path.relative(root, file).split(path.sep).join("/") }));
    return keys.filter(({ key }) => !excluded.has(key)).map(({ file, key }) => {
        return new aws.s3.BucketObjectv2(`site/${key}`, {
            bucket: bucket.id,
            key,
            source: new pulumi.asset.FileAsset(file),
            contentType: mime.lookup(file) || "application/octet-stream",
            cacheControl: opts.cacheControl?.(key),
        }, { parent: bucket });
    });
}
