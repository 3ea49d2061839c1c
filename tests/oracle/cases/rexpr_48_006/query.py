from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "from_unixtime(i)", "CASE WHEN b THEN i WHEN (id >= 1000L) THEN 12 ELSE weekday(dt) END AS c2", "if(b, ts, ts)").where((col("c2") >= lit(5)))
OUTPUT_MODE = "append"
