from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(col("dt").alias("k1")).agg((F.max((-col("i"))) - F.min((-col("i")))).alias("a1"), F.datediff(F.max(F.when(F.when((col("d") > lit(0.001)), (col("s") == lit("o"))).when(col("b"), (col("i") != lit(2))).otherwise(col("b")), F.nullif(F.to_date(lit("2024-02-29")), F.to_date(lit("2023-12-31")))).otherwise(col("dt"))), F.min(F.when(F.when((col("d") > lit(0.001)), (col("s") == lit("o"))).when(col("b"), (col("i") != lit(2))).otherwise(col("b")), F.nullif(F.to_date(lit("2024-02-29")), F.to_date(lit("2023-12-31")))).otherwise(col("dt")))).alias("a2"), expr("max(date_add(dt, i)) AS a3"))
OUTPUT_MODE = "complete"
