from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((col("f") <= lit(2.0)) | col("ts").isNotNull())).groupBy("s", F.sqrt(col("f")).alias("k2")).agg(expr("round(avg(nvl(f, 0.5D)), 0) AS a1"), F.max(col("s")).alias("a2"), F.datediff(F.max(F.date_sub(F.nullif(col("dt"), F.to_date(lit("2023-12-31"))), col("i"))), F.min(F.date_sub(F.nullif(col("dt"), F.to_date(lit("2023-12-31"))), col("i")))).alias("a3"))
OUTPUT_MODE = "complete"
