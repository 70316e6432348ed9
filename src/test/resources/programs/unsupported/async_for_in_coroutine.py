# The first unsupported construct is the one reported: here the async def on line 5.
items = [1, 2]


async def consume(source):
    async for item in source:
        print(item)
