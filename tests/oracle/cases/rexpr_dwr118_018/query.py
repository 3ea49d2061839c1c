from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(s IS NOT NULL)").groupBy(F.greatest(col("i"), col("i"), col("i")).alias("k1")).agg(expr("round(regr_avgy(vector_cosine_similarity(array(CAST(d AS FLOAT), 1.0F), array(1.0F, 1.0F)), i), 6)").alias("a1"), F.round(F.stddev(col("d")), 6).alias("a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
