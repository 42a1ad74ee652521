// Items API handler (API Gateway HTTP API, payload format 2.0).
const { DynamoDBClient } = require("@aws-sdk/client-dynamodb");
const { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } = require("@aws-sdk/lib-dynamodb");
const { randomUUID } = require("crypto");

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const TABLE = process.env.TABLE_NAME;

const json = (statusCode, body) => ({
    statusCode,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
});

exports.handler = async (event) => {
    const route = event.routeKey;
    if (route === "GET /items/{id}") {
        const res = await client.send(new GetCommand({ TableName: TABLE, Key: { pk: event.pathParameters.id } }));
        return res.Item ? json(200, res.Item) : json(404, { message: "not found" });
    }
    if (route === "GET /owners/{owner}/items") {
        const res = await client.send(new QueryCommand({
            TableName: TABLE,
            IndexName: "byOwner",
            KeyConditionExpression: "ownerId = :o",
            ExpressionAttributeValues: { ":o": event.pathParameters.owner },
        }));
        return json(200, res.Items ?? []);
    }
    if (route === "POST /items") {
        const input = JSON.parse(event.body ?? "{}");
        if (!input.ownerId || !input.name) {
            return json(400, { message: "ownerId and name are required" });
        }
        const item = { pk: randomUUID(), ownerId: input.ownerId, name: input.name, createdAt: new Date().toISOString() };
        await client.send(new PutCommand({ TableName: TABLE, Item: item, ConditionExpression: "attribute_not_exists(pk)" }));
        return json(201, item);
    }
    return json(404, { message: "no route" });
};
