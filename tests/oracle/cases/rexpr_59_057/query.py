from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where(F.coalesce(F.nvl2(col("ts"), col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).isNotNull(), lit(True))).createOrReplaceTempView("src")
result = spark.sql("SELECT i, max(CASE WHEN b THEN id WHEN b THEN 1L END) AS a1, datediff(max(to_date(date_format(dt, 'yyyyMMdd'), 'yyyyMMdd')), min(to_date(date_format(dt, 'yyyyMMdd'), 'yyyyMMdd'))) AS a2, datediff(max(dt), min(dt)) AS a3, bool_and(isnull(10)) AS a4 FROM src GROUP BY i HAVING count(*) >= 1")
OUTPUT_MODE = "update"
