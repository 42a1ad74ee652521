const express = require("express");
const pino = require("pino");
const { Pool } = require("pg");

const log = pino({ level: process.env.LOG_LEVEL || "info" });
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = express();
app.use(express.json({ limit: "100kb" }));

app.get("/healthz", (_req, res) => res.status(200).send("ok"));

app.get("/orders/:id", async (req, res, next) => {
    try {
        const { rows } = await pool.query("SELECT id, customer_id, total_cents, status FROM orders WHERE id = $1", [req.params.id]);
        if (rows.length === 0) return res.status(404).json({ message: "not found" });
        res.json(rows[0]);
    } catch (err) {
        next(err);
    }
});

app.post("/orders", async (req, res, next) => {
    const { customerId, totalCents } = req.body ?? {};
    if (!customerId || !Number.isInteger(totalCents)) {
        return res.status(400).json({ message: "customerId and integer totalCents are required" });
    }
    try {
        const { rows } = await pool.query(
            "INSERT INTO orders (customer_id, total_cents, status) VALUES ($1, $2, 'pending') RETURNING id",
            [customerId, totalCents],
        );
        res.status(201).json({ id: rows[0].id });
    } catch (err) {
        next(err);
    }
});

app.use((err, _req, res, _next) => {
    log.error({ err }, "request failed");
    res.status(500).json({ message: "internal error" });
});

const port = Number(process.env.PORT || 8080);
const server = app.listen(port, () => log.info({ port }, "listening"));

process.on("SIGTERM", () => {
    server.close(() => pool.end().then(() => process.exit(0)));
});
