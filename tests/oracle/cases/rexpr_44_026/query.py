from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("((NOT (d < 2.0D)) OR (m IS NOT NULL))").select("id", "d", F.concat(col("s"), col("s")).alias("c1"), F.greatest(col("ts"), col("ts")).alias("c2"), (col("ts") >= F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).alias("c3")).filter("(i < 1)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
