from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("coalesce(b, true)").select("id", expr("(abs(d) <> i) AS c1"), (F.when(col("t").eqNullSafe(lit("日本")), F.to_timestamp(lit("2024-02-29 00:00:00"))).when(col("b"), F.when((col("i") < lit(2)), col("ts")).when((~col("b")), col("ts")).otherwise(col("ts"))).when(col("b"), col("ts")).otherwise(col("ts")) - expr("INTERVAL '1-2' YEAR TO MONTH")).alias("c2"))
OUTPUT_MODE = "append"
