from .service_base import TracedService

app = TracedService("records").start()


@app.get("/records")
async def records():  # entry: fastapi-route
    return []


@app.middleware("http")
async def timed(request, call_next):  # entry: fastapi-middleware
    return await call_next(request)
