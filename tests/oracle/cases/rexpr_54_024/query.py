from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(false OR (dt = to_date('2024-02-29')))").select("id", "ts", F.least(col("m"), col("m")).alias("c1"), expr("ifnull(i, CAST(NULL AS INT)) AS c2")).where("(NOT coalesce((greatest(s, t, t) LIKE '%'), false))")
OUTPUT_MODE = "append"
