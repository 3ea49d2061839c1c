from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(F.aggregate(F.split(F.trim(col("s")), " "), lit(0), lambda acc, x: acc + F.length(x)).alias("k1")).agg(F.avg(F.bit_length(F.nullif(F.when(col("b"), col("s")).when((col("j") == lit(3)), col("s")).otherwise(col("s")), lit("Hello")))).alias("a1"), expr("round(avg(d), 3) AS a2"))
OUTPUT_MODE = "complete"
