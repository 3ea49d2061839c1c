from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, d DOUBLE, j INT, s STRING, m DECIMAL(7,0), n DECIMAL(9,5), i INT, dt DATE, t STRING, ts TIMESTAMP").json(INPUT)
result = df.where("coalesce((m <> 100BD), true)").select("id", F.greatest(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999")), col("ts")).alias("c1"), (col("ts") + lit(1)).alias("c2"), expr("regexp_replace(lpad(CAST(CAST(j AS DOUBLE) AS STRING), 0, ' '), '^.', '') AS c3"), ((F.greatest(col("id"), col("id"), col("id")) + col("id")) - col("id")).alias("c4")).filter((col("n") == expr("100BD")))
OUTPUT_MODE = "append"
