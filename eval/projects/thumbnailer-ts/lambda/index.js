const { S3Client, GetObjectCommand, PutObjectCommand } = require("@aws-sdk/client-s3");
const sharp = require("sharp");

const s3 = new S3Client({});
const WIDTH = parseInt(process.env.THUMB_WIDTH || "320", 10);

exports.handler = async (event) => {
  for (const record of event.Records) {
    const bucket = record.s3.bucket.name;
    const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, " "));
    const obj = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const input = Buffer.from(await obj.Body.transformToByteArray());
    const output = await sharp(input).resize({ width: WIDTH }).jpeg({ quality: 80 }).toBuffer();
    await s3.send(new PutObjectCommand({
      Bucket: process.env.OUTPUT_BUCKET,
      Key: key.replace(/^uploads\//, "thumbs/").replace(/\.\w+$/, ".jpg"),
      Body: output,
      ContentType: "image/jpeg",
    }));
  }
  return { ok: true };
};
