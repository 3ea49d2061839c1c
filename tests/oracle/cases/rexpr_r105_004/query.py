from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(((col("b") & col("b")) | (col("ts") == F.to_timestamp(lit("2024-02-29 00:00:00"))))).groupBy(F.arrays_overlap(F.array(lit(5), col("i")), F.array(lit(1), lit(2), lit(5))).alias("k1"), "dt").agg(F.count_if(F.is_valid_utf8(col("t"))).alias("a1"), expr("count(DISTINCT regexp_instr(s, '([a-z])([a-z])', 2)) > -1").alias("a2"), expr("count_if(((i + i) BETWEEN -1 AND 2)) AS a3")).orderBy("k1", "dt")
OUTPUT_MODE = "complete"
ORDERED = True
