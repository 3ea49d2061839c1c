spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, f FLOAT, m DECIMAL(10,2), d DOUBLE, ts TIMESTAMP, j INT, k BIGINT, i INT, s STRING, dt DATE").load(INPUT)
result = df.select("id", expr("CASE WHEN (d < 3.75D) THEN id WHEN (m <= -3.10) THEN id ELSE 0L END AS c1"), expr("((ts - ts) <= INTERVAL '-36' HOUR)").alias("c2"), expr("((id - id) / nullif(weekofyear(dt), 0))").alias("c3"))
OUTPUT_MODE = "append"
