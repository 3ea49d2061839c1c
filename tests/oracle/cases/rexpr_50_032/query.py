from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy((col("j") > col("i")).alias("k1")).agg(F.min(col("id")).alias("a1"), F.max(F.date_add(F.to_date(lit("2023-12-31")), col("i"))).alias("a2"))
OUTPUT_MODE = "update"
