from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((F.is_valid_utf8(col("s")) | (col("m") >= expr("0.001")))).groupBy(expr("greatest(i, i, CAST(NULL AS INT)) AS k1")).agg(expr("round(vector_sum(array(CAST(i AS FLOAT), 1.0F))[0], 3)").alias("a1"), expr("round(regr_r2(character_length(s), i), 6)").alias("a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
