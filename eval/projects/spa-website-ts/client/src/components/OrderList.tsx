import { useEffect, useState } from "react";
import { Link } from "react-router-dom";
import { listOrders, type Order } from "../api";

export function OrderList() {
    const [orders, setOrders] = useState<Order[] | null>(null);
    const [error, setError] = useState<string | null>(null);

    useEffect(() => {
        listOrders().then(setOrders).catch((e: Error) => setError(e.message));
    }, []);

    if (error) return <p role="alert">{error}</p>;
    if (!orders) return <p>Loading…</p>;
    return (
        <table>
            <thead>
                <tr><th>Order</th><th>Customer</th><th>Total</th><th>Status</th></tr>
            </thead>
            <tbody>
                {orders.map((o) => (
                    <tr key={o.id}>
                        <td><Link to={`/orders/${o.id}`}>{o.id.slice(0, 8)}</Link></td>
                        <td>{o.customerId}</td>
                        <td>{(o.totalCents / 100).toFixed(2)}</td>
                        <td>{o.status}</td>
                    </tr>
                ))}
            </tbody>
        </table>
    );
}
