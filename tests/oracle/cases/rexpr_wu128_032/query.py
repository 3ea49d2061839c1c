from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, ts TIMESTAMP, s STRING, b BOOLEAN, t STRING, m DECIMAL(10,2), n DECIMAL(5,3), dt DATE, d DOUBLE").json(INPUT)
result = df.select("id", F.floor(F.round(col("m"), 0)).isin(lit(.001).cast("decimal(4,3)"), lit(100).cast("decimal(3,0)")).alias("c1"), expr("arrays_zip(split(CAST(id AS STRING), ' '), sequence(1, 3))").alias("c2")).filter((lit("2024-02-29").eqNullSafe(lit("x-y")) | col("c2").isNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id DESC"]
