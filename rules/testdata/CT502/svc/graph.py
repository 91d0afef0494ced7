# A class kept at module level elsewhere, but the run makes its own
# object and calls its method on that: nothing kept across loops.
from neo4j import AsyncGraphDatabase


class GraphConnector:
    def __init__(self):
        self.driver = AsyncGraphDatabase.driver("bolt://graph")

    async def query(self, cypher):
        return await self.driver.execute_query(cypher)  # the run's own object

    async def close(self):
        await self.driver.close()


shared_connector = GraphConnector()


async def sync_aliases(aliases):
    connector = GraphConnector()
    try:
        await connector.query("MATCH (n) SET n.aliases = $aliases")
    finally:
        await connector.close()
