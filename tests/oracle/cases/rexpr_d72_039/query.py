from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, d DOUBLE, j INT, k BIGINT, m DECIMAL(12,4), s STRING, ts TIMESTAMP, t STRING, n DECIMAL(9,5), i INT").json(INPUT)
result = df.withColumn("c1", expr("CASE format_number(k, 3) WHEN '日本' THEN TRY_CAST(n AS BIGINT) ELSE id END")).withColumn("c2", F.make_date(lit(2023), F.month(F.nullif(F.trunc(col("dt"), "mon"), F.to_date(lit("2025-03-01")))), F.least(F.dayofmonth(F.nullif(F.trunc(col("dt"), "mon"), F.to_date(lit("2025-03-01")))), lit(28)))).withColumn("c3", expr("format_number(year(nullif(dt, DATE'2000-01-01')), 2)")).withColumn("c4", expr("CAST(date_trunc('WEEK', ts) AS BIGINT)")).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
