from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.where((F.when(col("b"), col("b")).when(col("b"), col("m").isNotNull()).when(col("b"), col("b")).otherwise(col("i").isNotNull()) | (col("ts") != F.to_timestamp(lit("2024-03-01 12:30:00.123456"))))).createOrReplaceTempView("src")
result = spark.sql("SELECT try_multiply(i, size(array_distinct(split(t, '  *')))) AS k1, sort_array(collect_set(regexp_replace(s, '(a|b)', '<>'))) AS a1, max(substring_index(s, ' ', -1)) AS a2 FROM src GROUP BY try_multiply(i, size(array_distinct(split(t, '  *'))))")
OUTPUT_MODE = "update"
