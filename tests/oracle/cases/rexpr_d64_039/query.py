from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.date_trunc("HOUR", (lit(None).cast("timestamp") + expr("INTERVAL -3 DAYS"))).alias("c1"), F.overlay(F.substr(F.ifnull(lit("abc"), lit("abc")), lit(5), lit(1)), lit("xx"), lit(1), lit(0)).alias("c2"))
OUTPUT_MODE = "append"
