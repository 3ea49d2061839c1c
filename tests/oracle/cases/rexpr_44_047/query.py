from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, i INT, n DECIMAL(5,3), m DECIMAL(7,0), dt DATE, d DOUBLE, s STRING").json(INPUT)
result = df.where("coalesce(((n <> 0.5) AND (id IS NOT NULL)), true)").select("id", col("s").eqNullSafe(lit(" ")).alias("c1"), F.sqrt((col("i") / lit(-4.0))).alias("c2"), expr("CASE WHEN (s <= 'o') THEN dt WHEN (i IS NOT NULL) THEN dt WHEN (i < 0) THEN to_date('2025-03-01') END AS c3"))
OUTPUT_MODE = "append"
