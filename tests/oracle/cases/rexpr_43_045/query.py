from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(false OR (id IS NOT NULL))").select("id", "dt", F.greatest(lit(-1.5), col("d"), col("d")).alias("c1"), expr("length(s)"), expr("TRY_CAST(k AS INT)")).where("coalesce(((id > 1L) OR endswith('日本', '')), true)")
OUTPUT_MODE = "append"
