import { useEffect, useState } from "react";
import { useParams } from "react-router-dom";
import { getOrder, type Order } from "../api";

export function OrderDetail() {
    const { id = "" } = useParams();
    const [order, setOrder] = useState<Order | null>(null);

    useEffect(() => {
        getOrder(id).then(setOrder).catch(() => window.location.assign("/"));
    }, [id]);

    if (!order) return <p>Loading…</p>;
    return (
        <section>
            <h2>Order {order.id}</h2>
            <dl>
                <dt>Customer</dt><dd>{order.customerId}</dd>
                <dt>Total</dt><dd>{(order.totalCents / 100).toFixed(2)}</dd>
                <dt>Status</dt><dd>{order.status}</dd>
            </dl>
        </section>
    );
}
