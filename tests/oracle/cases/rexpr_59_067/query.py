from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("i").agg(expr("datediff(max(dateadd(dt, i)), min(dateadd(dt, i))) AS a1"), F.min(F.date_format(F.coalesce(col("dt"), F.to_date(lit("2023-12-31"))), "a h:mm")).alias("a2"), expr("round(avg((CASE WHEN b THEN m WHEN (i >= 0) THEN m ELSE m END - m)), 2) AS a3"), F.min(col("s")).alias("a4"))
OUTPUT_MODE = "update"
