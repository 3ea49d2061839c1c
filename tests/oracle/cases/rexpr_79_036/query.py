from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("octet_length(CAST(id AS STRING))")).withColumn("c2", expr("nvl2(CASE WHEN (s <> 'x-y') THEN i WHEN (n IS NOT NULL) THEN i END, coalesce(ts, TIMESTAMP'2024-03-01 12:30:00.123456'), TIMESTAMP'1999-12-31 23:59:59.999')")).withColumn("c3", F.add_months(F.nvl(F.date_add(col("dt"), col("i")), F.to_date(lit("2023-12-31"))), col("i"))).withColumn("c4", expr("last_day(next_day(CASE WHEN b THEN dt WHEN b THEN dt ELSE to_date('2025-03-01') END, 'Mon'))")).withColumn("c5", expr("pmod((i - i), -4)"))
OUTPUT_MODE = "append"
