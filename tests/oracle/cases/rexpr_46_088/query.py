from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((n <> TRY_CAST(id AS INT)) OR (j <= 3))").select("id", F.date_trunc("SECOND", F.try_to_timestamp(lit("abc"))).alias("c1"), ((col("id") + col("i")) == F.locate(" ", F.concat(col("dt").cast("string"), col("s"), col("dt").cast("string")))).alias("c2"), ((col("i").cast("bigint") / F.nullif((col("i") / F.nullif(col("j"), lit(0))), lit(0))) + (col("i") % F.nullif(col("i"), lit(0)))).alias("c3"), ((F.coalesce(col("m"), lit(-3.10).cast("decimal(3,2)")) - col("i")) + col("i")).alias("c4"))
OUTPUT_MODE = "append"
