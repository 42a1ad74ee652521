const fastify = require("fastify")({ logger: true });
const { Pool } = require("pg");

const secret = JSON.parse(process.env.DB_SECRET || "{}");
const pool = new Pool({
  host: process.env.DB_HOST,
  database: "orders",
  user: secret.username,
  password: secret.password,
  ssl: { rejectUnauthorized: false },
});

fastify.get("/health", async () => ({ ok: true }));
fastify.get("/orders/:id", async (req, reply) => {
  const { rows } = await pool.query("select * from orders where id = $1", [req.params.id]);
  if (!rows.length) return reply.code(404).send();
  return rows[0];
});

fastify.listen({ host: "0.0.0.0", port: 3000 });
