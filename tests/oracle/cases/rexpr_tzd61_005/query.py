spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, f FLOAT, m DECIMAL(18,6), s STRING, j INT, ts TIMESTAMP, d DOUBLE, n DECIMAL(4,1), k BIGINT, i INT, dt DATE").load(INPUT)
result = df.filter(((col("ts") != F.to_timestamp(lit("2024-03-01 12:30:00.123456"))) | col("f").isNotNull())).withColumn("c1", expr("to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm')")).withColumn("c2", (col("i") + lit(2))).withColumn("c3", expr("(m / nullif((i + i), 0))"))
OUTPUT_MODE = "append"
