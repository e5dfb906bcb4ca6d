# asyncio.shield protects an inner task from cancellation coming from
# outside: when wait_for times out, the caller gets TimeoutError but the
# shielded payment keeps going and can still be awaited later.

import asyncio


async def charge_card(order_id):
    print(f"  charging card for order {order_id}")
    await asyncio.sleep(2.0)
    print(f"  payment for order {order_id} committed")
    return f"receipt-{order_id}"


async def checkout(order_id, payment):
    await asyncio.shield(payment)
    return "confirmation page"


async def main():
    loop = asyncio.get_running_loop()
    payment = asyncio.create_task(charge_card(41))
    try:
        await asyncio.wait_for(asyncio.shield(payment), timeout=0.5)
    except TimeoutError:
        print(f"t={loop.time():.1f} page timed out; payment cancelled? {payment.cancelled()}")
    receipt = await payment
    print(f"t={loop.time():.1f} the payment still finished:", receipt)

    payment = asyncio.create_task(charge_card(42))
    request = asyncio.create_task(checkout(42, payment))
    await asyncio.sleep(0.5)
    request.cancel()  # the user closed the browser tab
    try:
        await request
    except asyncio.CancelledError:
        print(f"t={loop.time():.1f} request cancelled; payment done? {payment.done()}")
    receipt = await payment
    print(f"t={loop.time():.1f} background payment finished with", receipt)


asyncio.run(main())
