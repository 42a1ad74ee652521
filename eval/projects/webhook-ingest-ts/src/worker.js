const { DynamoDBClient, PutItemCommand } = require("@aws-sdk/client-dynamodb");
const ddb = new DynamoDBClient({});

exports.handler = async (event) => {
  for (const rec of event.Records) {
    const evt = JSON.parse(rec.body);
    await ddb.send(new PutItemCommand({
      TableName: process.env.TABLE_NAME,
      Item: {
        pk: { S: `evt#${evt.id}` },
        type: { S: evt.type },
        created: { N: String(evt.created) },
        payload: { S: rec.body },
      },
      ConditionExpression: "attribute_not_exists(pk)",
    })).catch((e) => { if (e.name !== "ConditionalCheckFailedException") throw e; });
  }
};
