from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((col("id") < lit(1).cast("bigint")) | (col("j") <= lit(5)))).selectExpr("id", "s", "bround((d - f), -1) AS c1", "CASE WHEN (s < '日本') THEN n WHEN b THEN m WHEN b THEN abs(m) ELSE nullifzero(m) END AS c2", "from_unixtime(id, 'HH:mm') AS c3")
OUTPUT_MODE = "append"
