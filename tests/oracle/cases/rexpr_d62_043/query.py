from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, m DECIMAL(18,6), ts TIMESTAMP, f FLOAT, s STRING, i INT, dt DATE, d DOUBLE, t STRING").json(INPUT)
result = df.filter(((col("i") <= lit(2)) | (col("i") != lit(2)))).select("id", expr("CAST(TRY_CAST(m AS BIGINT) AS BOOLEAN)").alias("c1"), expr("nvl2(dt, soundex(regexp_replace(date_format(ts, 'Q'), ' +', '_')), string((f > -1.5D))) AS c2"), expr("date_trunc('MONTH', CASE WHEN (weekofyear(DATE'2024-02-29') NOT IN (0, 3, 3)) THEN ts WHEN (dt IS NOT NULL) THEN ((TIMESTAMP'2024-02-29 00:00:00' - INTERVAL '1-2' YEAR TO MONTH) + INTERVAL 1 DAY) WHEN array_contains(split(t, ','), 'a') THEN (ts + INTERVAL -3 DAYS) END) AS c3"), ((col("d") + lit(100.0)) * F.try_divide(col("d"), col("d"))).alias("c4")).where("coalesce(('é' <=> s), true)")
OUTPUT_MODE = "append"
