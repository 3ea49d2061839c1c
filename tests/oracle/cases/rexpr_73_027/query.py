from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(CASE WHEN b THEN i END + (-1 * 1))").alias("c1"), expr("to_timestamp(date_format(date_trunc('SECOND', (date_trunc('DAY', ts) + INTERVAL -3 DAYS)), 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm') AS c2"), (F.to_timestamp(lit("2024-03-01 12:30:00.123456")) + expr("INTERVAL 36 HOURS")).alias("c3"))
OUTPUT_MODE = "append"
