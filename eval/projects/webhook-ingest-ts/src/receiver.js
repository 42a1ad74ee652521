const crypto = require("crypto");
const { SQSClient, SendMessageCommand } = require("@aws-sdk/client-sqs");

const sqs = new SQSClient({});

function verify(payload, header, secret) {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=")));
  const expected = crypto.createHmac("sha256", secret).update(`${parts.t}.${payload}`).digest("hex");
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(parts.v1 || ""));
}

exports.handler = async (event) => {
  const body = event.isBase64Encoded ? Buffer.from(event.body, "base64").toString() : event.body;
  const sig = event.headers["stripe-signature"] || "";
  if (!verify(body, sig, process.env.SIGNING_SECRET)) {
    return { statusCode: 400, body: "bad signature" };
  }
  await sqs.send(new SendMessageCommand({ QueueUrl: process.env.QUEUE_URL, MessageBody: body }));
  return { statusCode: 200, body: "ok" };
};
