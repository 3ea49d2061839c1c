from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(trim(CASE WHEN (m >= 0.5) THEN t ELSE s END) RLIKE '^\\\\s')")).withColumn("c2", col("b")).withColumn("c3", expr("pmod(i, nullif(year(TIMESTAMP'2024-03-01 12:30:00.123456'), 0))")).withColumn("j", expr("CASE WHEN (s IS NOT NULL) THEN pmod(i, 10) ELSE j END")).where("(ts = TIMESTAMP'2024-03-01 12:30:00.123456')")
OUTPUT_MODE = "append"
