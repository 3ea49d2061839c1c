from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, t STRING, s STRING, dt DATE, b BOOLEAN, m DECIMAL(38,10), ts TIMESTAMP, i INT, n DECIMAL(4,1)").load(INPUT)
result = df.where(col("t").isNotNull()).selectExpr("id", "(n + (n - i)) AS c1", "(i * 5) AS c2", "nullif(i, 10)", "nullif((i / nullif(unix_date(dt), 0)), 0.001D) AS c4", "to_date(to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss')) AS c5")
OUTPUT_MODE = "append"
