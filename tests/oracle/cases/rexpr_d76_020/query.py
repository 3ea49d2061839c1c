from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("j") != lit(5))).withColumn("c1", col("s").try_cast("decimal(6,3)")).withColumn("c2", (col("ts") + lit(1))).withColumn("c3", F.rpad(F.concat(F.overlay(col("s"), lit("xx"), lit(4), lit(2)), col("s")), 0, " ")).select("id", "c1", "c2", "c3")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
