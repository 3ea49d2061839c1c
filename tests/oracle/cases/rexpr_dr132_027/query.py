from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, m DECIMAL(12,4), k BIGINT, b BOOLEAN, t STRING, ts TIMESTAMP, s STRING, dt DATE, i INT").load(INPUT)
result = df.filter((F.array_contains(F.split(lit(""), ","), "") | col("id").isNotNull())).select("id", expr("slice(array(i, i, 3, 4), -1, 1)").alias("c1"), expr("array_sort(array(width_bucket(atan(d), -10.0D, 10.0D, 4), tinyint(abs(json_array_length(to_json(array(i, i)))) % 100), NULL, -1))").alias("c2")).where(((F.arrays_overlap(F.array(col("i"), col("i")), F.array(lit(1), lit(2), col("i"))) | col("b")) | col("b").isNull()))
OUTPUT_MODE = "append"
