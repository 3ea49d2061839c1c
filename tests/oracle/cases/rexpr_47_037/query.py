from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, n DECIMAL(5,3), ts TIMESTAMP, j INT, b BOOLEAN, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, k BIGINT, dt DATE").load(INPUT)
result = df.where(col("b").isNotNull()).selectExpr("id", "(n * bround(least(m, m, m), 0)) AS c1", "date_trunc('WEEK', to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm')) AS c2", "substring(substring(s, 1, 10), 0, 3)", "add_months(CASE get(split(s, '  *'), 1) WHEN 'é' THEN dt WHEN 'o' THEN next_day(dt, 'SUN') ELSE dt END, i) AS c4").where(((~col("b")) | (col("ts") != F.to_timestamp(lit("2024-03-01 12:30:00.123456")))))
OUTPUT_MODE = "append"
