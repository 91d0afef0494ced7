# A Neo4j driver holds a connection pool, as an Elasticsearch client
# does; elasticsearch-dsl's create_connection builds a client and puts it
# in the process's registry.
from elasticsearch_dsl import connections
from fastapi import APIRouter
from neo4j import GraphDatabase

router = APIRouter()


@router.get("/export")
def export():
    driver = GraphDatabase.driver("bolt://db:7687")  # want: CT301
    return driver.execute_query("MATCH (n) RETURN n")


@router.get("/health")
def health():
    es = connections.create_connection(hosts=["es"], timeout=5)  # want-strict: CT301 (a health probe: at the orchestrator's pace)
    return es.ping()
